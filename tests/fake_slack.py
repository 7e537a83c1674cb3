"""A fake Slack Web API on loopback: records every call the app makes, rejects what Slack rejects.

A real HTTP server (stdlib `ThreadingHTTPServer` in a thread) answers at `http://127.0.0.1:PORT/api/`
the methods the app uses, with Slack's JSON shapes. Checks mirror Slack's documented refusals:
a missing or wrong token is `invalid_auth`; an unknown channel is `channel_not_found`; a message
with neither text nor blocks is `no_text`; Block Kit over its limits (more than 50 blocks in a
message or 100 in a view, section text over 3,000 characters, repeated block_id or action_id,
a table over 100 rows or 20 cells a row, more than one table) is `invalid_blocks`. Posted
messages keep their metadata, and conversations.history / conversations.replies return them
(with `include_all_metadata`), as Slack does: a message's ts is the time it was stored (the real
clock, unique and increasing); conversations.history holds the channel's top-level messages only
(a thread's replies are in conversations.replies, the parent first), newest first, and both honour
`oldest` and `latest`, exclusive unless `inclusive` is true. Tests can script the next N calls to answer HTTP 429
(with Retry-After) or 500, or to do the call and then answer 500 (`after_storing=True`: Slack
stored the message and failed), and wait, with a bounded timeout, for the calls they expect.
A shaky Web API (`shaky_api_url`: the same methods under `/shaky/<how>/api/`) carries out every
call that sends a message and then answers 500 or drops the connection, as a Slack that stored
it and failed before answering (`shaky_response_url`: a response_url that does the same); the
ephemeral messages it stored are in `ephemerals`. `stall_next` answers a method's next calls
late (a client's timeout), the upload of a file's bytes included.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_VALUE = 2000
MAX_ID = 255
MAX_TABLE_ROWS = 100
MAX_TABLE_CELLS = 20
MAX_ACTIONS_ELEMENTS = 25
MAX_CONTEXT_ELEMENTS = 10
MAX_MESSAGE_TEXT = 40000
MAX_OPTIONS = 100
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
# What a shaky Web API stores and then fails: the calls that send a message.
SHAKY_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral"})


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))


def _text_of(obj: Any) -> str:
    if isinstance(obj, dict):
        return str(obj.get("text", ""))
    return ""


def _options_problem(el: dict[str, Any]) -> str | None:
    """Slack's rules for a select's options: 1 to 100, text 1-75 and value 1-150 characters,
    and an initial option that is one of them."""
    options = el.get("options")
    if not isinstance(options, list) or not 0 < len(options) <= MAX_OPTIONS:
        return f"a select needs 1..{MAX_OPTIONS} options"
    for opt in options:
        if not 0 < len(_text_of(opt.get("text"))) <= MAX_OPTION_TEXT:
            return f"option text empty or over {MAX_OPTION_TEXT} characters"
        if not 0 < len(str(opt.get("value", ""))) <= MAX_OPTION_VALUE:
            return f"option value empty or over {MAX_OPTION_VALUE} characters"
    initial = el.get("initial_option")
    if initial is not None and initial not in options:
        return "initial_option is not one of the options"
    return None


def validate_blocks(blocks: Any, *, max_blocks: int) -> str | None:
    """The reason Slack would refuse these blocks, or None when they are acceptable."""
    if not isinstance(blocks, list):
        return "blocks must be a list"
    if len(blocks) > max_blocks:
        return f"more than {max_blocks} blocks ({len(blocks)})"
    block_ids: set[str] = set()
    action_ids: set[str] = set()
    tables = 0
    for i, block in enumerate(blocks):
        if not isinstance(block, dict) or "type" not in block:
            return f"block {i} has no type"
        kind = block["type"]
        bid = block.get("block_id")
        if bid is not None:
            if len(bid) > MAX_ID:
                return f"block_id too long at {i}"
            if bid in block_ids:
                return f"duplicate block_id {bid!r}"
            block_ids.add(bid)
        elements: list[dict[str, Any]] = []
        if kind == "section":
            text = block.get("text")
            if text is None and not block.get("fields"):
                return f"section {i} has neither text nor fields"
            if len(_text_of(text)) > MAX_SECTION_TEXT:
                return f"section {i} text over {MAX_SECTION_TEXT} characters"
            if text is not None and not _text_of(text):
                return f"section {i} text is empty"
            fields = block.get("fields") or []
            if len(fields) > 10:
                return f"section {i} has more than 10 fields"
            for f in fields:
                if len(_text_of(f)) > MAX_FIELD_TEXT:
                    return f"section {i} field over {MAX_FIELD_TEXT} characters"
            if block.get("accessory"):
                elements.append(block["accessory"])
        elif kind == "header":
            if not 0 < len(_text_of(block.get("text"))) <= MAX_HEADER_TEXT:
                return f"header {i} text empty or over {MAX_HEADER_TEXT} characters"
        elif kind == "context":
            if not 0 < len(block.get("elements") or []) <= MAX_CONTEXT_ELEMENTS:
                return f"context {i} needs 1..{MAX_CONTEXT_ELEMENTS} elements"
        elif kind == "actions":
            elements = block.get("elements") or []
            if not 0 < len(elements) <= MAX_ACTIONS_ELEMENTS:
                return f"actions {i} needs 1..{MAX_ACTIONS_ELEMENTS} elements"
        elif kind == "input":
            if "label" not in block or "element" not in block:
                return f"input {i} needs label and element"
            elements.append(block["element"])
        elif kind == "table":
            tables += 1
            rows = block.get("rows")
            if not isinstance(rows, list) or not rows:
                return f"table {i} has no rows"
            if len(rows) > MAX_TABLE_ROWS:
                return f"table {i} has {len(rows)} rows (max {MAX_TABLE_ROWS})"
            for row in rows:
                if not isinstance(row, list) or not 0 < len(row) <= MAX_TABLE_CELLS:
                    return f"table {i} row with 0 or more than {MAX_TABLE_CELLS} cells"
                for cell in row:
                    if not isinstance(cell, dict) or cell.get("type") not in (
                        "raw_text",
                        "rich_text",
                    ):
                        return f"table {i} cell of unknown type"
                    if cell["type"] == "raw_text" and not isinstance(cell.get("text"), str):
                        return f"table {i} raw_text cell without text"
        elif kind == "image":
            if not (block.get("image_url") or block.get("slack_file")) or not block.get("alt_text"):
                return f"image {i} needs image_url/slack_file and alt_text"
        elif kind not in ("divider", "rich_text", "file", "video"):
            return f"unknown block type {kind!r}"
        for el in elements:
            aid = el.get("action_id")
            if aid is not None:
                if len(aid) > MAX_ID:
                    return f"action_id too long at block {i}"
                if aid in action_ids:
                    return f"duplicate action_id {aid!r}"
                action_ids.add(aid)
            if el.get("type") in ("static_select", "radio_buttons", "checkboxes"):
                reason = _options_problem(el)
                if reason:
                    return f"{reason} at block {i}"
            if el.get("type") == "button":
                if not 0 < len(_text_of(el.get("text"))) <= MAX_BUTTON_TEXT:
                    return f"button text empty or over {MAX_BUTTON_TEXT} characters"
                if len(el.get("value", "")) > MAX_VALUE:
                    return f"button value over {MAX_VALUE} characters"
    if tables > 1:
        return "only one table block is allowed per message"
    return None


class FakeSlack:
    """The fake Web API server. Use as a context manager; `api_url` goes in SLACK_API_URL."""

    def __init__(
        self,
        token: str = "xoxb-test-0000-token",
        *,
        bot_user_id: str = "U0BOT00001",
        app_token: str = "xapp-1-test-0000",
    ):
        self.token = token
        self.app_token = app_token
        self.socket_url = ""  # what apps.connections.open hands out (a test's WebSocket server)
        self.bot_user_id = bot_user_id
        self.calls: list[Call] = []
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.views: dict[str, dict[str, Any]] = {}
        self.home_views: dict[str, dict[str, Any]] = {}
        self.uploads: dict[str, dict[str, Any]] = {}
        self.ephemerals: list[dict[str, Any]] = []  # what people were shown, each once
        self.used_triggers: set[str] = set()  # a trigger_id opens one view, as in Slack
        self._cond = threading.Condition()
        self._failures: list[tuple[Any, ...]] = []
        self._stalls: list[tuple[str, float]] = []  # (method, seconds): see `stall_next`
        # What a message's ts is taken from: the real clock, or a test's own clock when the
        # app under test runs on one (Slack and the app share one time).
        self.clock: Callable[[], float] = time.time
        self._last_ts = 0.0
        self._ids = itertools.count(1)  # view and file ids
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: dict[socket.socket, threading.Thread] = {}  # open, each its thread
        # False: every answer closes its connection (no idle keep-alive connections, and their
        # handler threads, left in the client's pool between two calls).
        self.keep_alive = True

    # ---- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with fake._cond:
                    fake._connections[self.connection] = threading.current_thread()

            def finish(self) -> None:
                with fake._cond:
                    fake._connections.pop(self.connection, None)
                super().finish()

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, body, extra = fake._handle(self.path, dict(self.headers), raw)
                if status == 0:  # a scripted reset: no answer at all
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                # A scripted `raw` answer is sent as it is (a proxy's page, a JSON cut short).
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                ctype = extra.pop("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                if not fake.keep_alive:
                    self.send_header("Connection", "close")  # and close it once answered
                for k, v in extra.items():
                    self.send_header(k, v)
                try:
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out (a stall)
                    self.close_connection = True

            do_GET = do_POST  # noqa: N815

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, and end the threads of the connections a client keeps open between
        calls (they would wait for its next request after the test that started them)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._cond:
            connections = list(self._connections.items())
        for connection, thread in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            thread.join(5)

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/api/"

    def shaky_api_url(self, how: str = "500") -> str:
        """A Web API that stores each message sent and then answers HTTP 500 (`how` "500") or
        drops the connection without an answer (`how` "drop")."""
        assert how in ("500", "drop")
        return f"{self.base_url}/shaky/{how}/api/"

    def shaky_response_url(self, how: str = "500", name: str = "r1") -> str:
        """A response_url that shows the message (a `response_url` call) and then fails as
        `shaky_api_url` does."""
        assert how in ("500", "drop")
        return f"{self.base_url}/shaky/{how}/response/{name}"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.base_url}/response/{name}"

    # ---- scripting and inspection ---------------------------------------------------------
    def fail_next(
        self,
        count: int,
        status: int = 429,
        *,
        method: str | None = None,
        retry_after: int = 1,
        after_storing: bool = False,
        error: str | None = None,
        where: Any = None,
        raw: tuple[bytes, str] | None = None,
    ) -> None:
        """Answer the next `count` calls (of `method`, if given) with HTTP `status`.

        `after_storing`: the call is carried out first (a message is stored), then answered
        with `status`, as when Slack fails after it took the message. `error`: Slack's refusal
        code (`channel_not_found`, `msg_too_long`...) in the body (use it with status 200).
        Status 0: the connection is closed without an answer (a reset). `where`: only calls
        whose arguments it accepts (`lambda args: args["channel"].startswith("U")`). `raw`:
        (body, content type) answered as they are instead of Slack's JSON (an HTML error page
        of a proxy, a JSON body cut short).
        """
        with self._cond:
            for _ in range(count):
                self._failures.append(
                    (status, method, retry_after, after_storing, error, where, raw)
                )

    def stall_next(self, count: int, method: str, seconds: float) -> None:
        """Answer the next `count` calls of `method` only after `seconds` (a client with a
        shorter timeout gives up: a timeout). `method` "upload" is the POST of a file's bytes
        to its upload URL. The call is carried out as usual once the wait is over."""
        with self._cond:
            self._stalls.extend([(method, seconds)] * count)

    def recover(self) -> None:
        """Drop the failures still scripted: Slack works again."""
        with self._cond:
            self._failures.clear()
            self._stalls.clear()

    def calls_to(self, method: str, *, ok_only: bool = True) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method and (c.ok or not ok_only)]

    def wait_for(
        self,
        method: str,
        predicate: Any = None,
        *,
        count: int = 1,
        timeout: float = 10.0,
    ) -> list[Call]:
        """Wait (bounded) until `count` successful calls of `method` matching `predicate` exist."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [
                    c
                    for c in self.calls
                    if c.method == method and c.ok and (predicate is None or predicate(c.args))
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(c.method, c.status, c.response.get("error")) for c in self.calls]
                    raise AssertionError(
                        f"timed out waiting for {count} x {method}; calls so far: {seen}"
                    )
                self._cond.wait(remaining)

    def errors(self) -> list[Call]:
        """Calls Slack would have refused for a reason other than scripted failures."""
        with self._cond:
            return [c for c in self.calls if c.status == 200 and not c.response.get("ok")]

    # ---- request handling -----------------------------------------------------------------
    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict, dict]:
        parsed = urlparse(path)
        if parsed.path == "/stats":  # for benchmarks: how many calls so far
            with self._cond:
                return 200, {"ok": True, "calls": len(self.calls)}, {}
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        self._stall(
            "upload" if parsed.path.startswith("/upload/") else parsed.path.rsplit("/", 1)[-1]
        )
        if parsed.path.startswith("/upload/"):
            file_id = parsed.path.rsplit("/", 1)[-1]
            with self._cond:
                if file_id in self.uploads:
                    self.uploads[file_id]["content"] = raw
            return self._record(
                "upload", {"file_id": file_id, "bytes": len(raw)}, headers, 200, {"ok": True}
            )
        args: dict[str, Any] = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        if raw:
            if "json" in ctype:
                args.update(json.loads(raw))
            else:
                args.update({k: v[-1] for k, v in parse_qs(raw.decode()).items()})
        for key in ("blocks", "view", "files", "attachments"):
            if isinstance(args.get(key), str):
                with contextlib.suppress(ValueError):
                    args[key] = json.loads(args[key])
        shaky = None
        if parsed.path.startswith("/shaky/"):
            shaky, _, rest = parsed.path.removeprefix("/shaky/").partition("/")
            parsed = parsed._replace(path="/" + rest)
        method = parsed.path.removeprefix("/api/")
        if shaky is not None and (method in SHAKY_METHODS or parsed.path.startswith("/response/")):
            self._handle_api(parsed.path, headers, args)  # carried out (and stored), then failed
            status = 0 if shaky == "drop" else 500
            with self._cond:
                call = next(c for c in reversed(self.calls) if c.args is args)
                call.status = status  # what the app saw
            return status, {"ok": False, "error": "fatal_error"}, {}
        return self._handle_api(parsed.path, headers, args)

    def _stall(self, method: str) -> None:
        with self._cond:
            found = next((i for i, (m, _) in enumerate(self._stalls) if m == method), None)
            seconds = self._stalls.pop(found)[1] if found is not None else 0.0
        if seconds:
            self._record("stalled:" + method, {}, {}, 0, {"ok": False, "error": "stalled"})
            time.sleep(seconds)

    def _handle_api(self, path: str, headers: dict[str, str], args: dict) -> tuple[int, dict, dict]:
        if path.startswith("/gone/"):  # a response_url Slack no longer knows
            return self._record("response_url", {}, headers, 404, {"ok": False})
        if path.startswith("/response/"):
            args["response_name"] = path.rsplit("/", 1)[-1]
            return self._record("response_url", args, headers, 200, {"ok": True})
        method = path.removeprefix("/api/")
        with self._cond:
            for i, failure in enumerate(self._failures):
                status, only, retry_after, after_storing, error, where, raw = failure
                if (only is None or only == method) and (where is None or where(args)):
                    del self._failures[i]
                    handler = getattr(self, "_m_" + method.replace(".", "_"), None)
                    if after_storing and handler is not None:
                        handler(args)
                    extra = {"Retry-After": str(retry_after)} if status == 429 else {}
                    default = "ratelimited" if status == 429 else "fatal_error"
                    body = {"ok": False, "error": error or default}
                    call = Call(method, args, headers, status, body)
                    self.calls.append(call)
                    self._cond.notify_all()
                    if raw is not None:
                        return status, raw[0], {**extra, "Content-Type": raw[1]}  # type: ignore[return-value]
                    return status, body, extra
        auth = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
        token = auth.removeprefix("Bearer ").strip() or args.get("token", "")
        if method == "apps.connections.open":
            if token != self.app_token or not self.socket_url:
                return self._record(
                    method, args, headers, 200, {"ok": False, "error": "invalid_auth"}
                )
            return self._record(method, args, headers, 200, {"ok": True, "url": self.socket_url})
        if token != self.token:
            return self._record(method, args, headers, 200, {"ok": False, "error": "invalid_auth"})
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return self._record(
                method, args, headers, 200, {"ok": False, "error": "unknown_method"}
            )
        with self._cond:
            body = handler(args)
        return self._record(method, args, headers, 200, body)

    def _record(
        self, method: str, args: dict, headers: dict, status: int, body: dict
    ) -> tuple[int, dict, dict]:
        with self._cond:
            self.calls.append(Call(method, args, headers, status, body))
            self._cond.notify_all()
        return status, body, {}

    def _next_ts(self) -> str:
        """Slack's ts: the time the message was stored, in microseconds, unique per workspace
        here (two messages in the same microsecond get the next one)."""
        with self._cond:
            self._last_ts = max(round(self.clock(), 6), round(self._last_ts + 1e-6, 6))
            return f"{self._last_ts:.6f}"

    @staticmethod
    def _channel_ok(channel: Any) -> bool:
        return isinstance(channel, str) and channel[:1] in ("C", "D", "G", "U") and len(channel) > 3

    def _check_message(self, args: dict) -> str | None:
        if not self._channel_ok(args.get("channel")):
            return "channel_not_found"
        blocks = args.get("blocks")
        text = args.get("text") or ""
        if not text and not blocks:
            return "no_text"
        if len(text) > MAX_MESSAGE_TEXT:
            return "msg_too_long"
        if blocks is not None and validate_blocks(blocks, max_blocks=MAX_MESSAGE_BLOCKS):
            return "invalid_blocks"
        return None

    # ---- methods ---------------------------------------------------------------------------
    def _m_auth_test(self, args: dict) -> dict:
        return {
            "ok": True,
            "url": "https://acme.slack.com/",
            "team": "Acme",
            "user": "datarequest",
            "team_id": "T0TEAM0001",
            "user_id": self.bot_user_id,
            "bot_id": "B0BOT00001",
            "is_enterprise_install": False,
        }

    def _m_chat_postMessage(self, args: dict) -> dict:  # noqa: N802
        error = self._check_message(args)
        if error:
            return {"ok": False, "error": error}
        channel = args["channel"]
        if channel.startswith("U"):
            channel = "D" + channel[1:]
        if args.get("thread_ts") and (channel, args["thread_ts"]) not in self.messages:
            return {"ok": False, "error": "thread_not_found"}
        ts = self._next_ts()
        metadata = args.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        message = {
            "ts": ts,
            "text": args.get("text", ""),
            "blocks": args.get("blocks") or [],
            "thread_ts": args.get("thread_ts"),
            "user": self.bot_user_id,
            "bot_id": "B0BOT00001",
            "type": "message",
            "metadata": metadata,
        }
        if args.get("thread_ts") and str(args.get("reply_broadcast")).lower() in ("1", "true"):
            message["reply_broadcast"] = True  # also shown in the channel's history
        self.messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def posted(self, predicate: Any = None) -> list[dict[str, Any]]:
        """Messages Slack stored (whatever it answered), oldest first."""
        with self._cond:
            return [m for m in self.messages.values() if predicate is None or predicate(m)]

    def _history(self, channel: str, thread_ts: str | None, args: dict) -> list[dict[str, Any]]:
        """As Slack: without `thread_ts` the channel's top-level messages (a reply is not one
        unless also sent to the channel), newest first; with it the thread, the parent first and
        then its replies, oldest first. `oldest` and `latest` bound the messages (the parent
        of a thread is always given), exclusive unless `inclusive` is true."""

        def bound(name: str, default: float) -> float:
            raw = args.get(name)
            return float(raw) if raw not in (None, "") else default

        oldest, latest = bound("oldest", 0.0), bound("latest", float("inf"))
        inclusive = str(args.get("inclusive", "")).lower() in ("1", "true")

        def within(ts: str) -> bool:
            at = float(ts)
            return oldest <= at <= latest if inclusive else oldest < at < latest

        if thread_ts is None:
            found = [
                msg
                for (ch, ts), msg in self.messages.items()
                if ch == channel
                and (msg.get("thread_ts") in (None, ts) or msg.get("reply_broadcast"))
                and within(ts)
            ]
            return sorted(found, key=lambda m: float(m["ts"]), reverse=True)
        replies = [
            msg
            for (ch, ts), msg in self.messages.items()
            if ch == channel
            and msg.get("thread_ts") == thread_ts
            and ts != thread_ts
            and within(ts)
        ]
        parent = self.messages[(channel, thread_ts)]
        return [parent, *sorted(replies, key=lambda m: float(m["ts"]))]

    @staticmethod
    def _page(messages: list[dict[str, Any]], args: dict) -> dict:
        """One page of `messages` as Slack answers a history: at most `limit` (100 unless
        given), `has_more` and a `next_cursor` when more follow."""
        try:
            limit = max(1, min(int(args.get("limit") or 100), 999))
            start = int(str(args.get("cursor") or "0").removeprefix("page:"))
        except ValueError:
            return {"ok": False, "error": "invalid_cursor"}
        page = messages[start : start + limit]
        more = start + limit < len(messages)
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": f"page:{start + limit}" if more else ""},
        }

    def _m_conversations_history(self, args: dict) -> dict:
        if not self._channel_ok(args.get("channel")):
            return {"ok": False, "error": "channel_not_found"}
        return self._page(self._history(args["channel"], None, args), args)

    def _m_conversations_replies(self, args: dict) -> dict:
        if (args.get("channel"), args.get("ts")) not in self.messages:
            return {"ok": False, "error": "thread_not_found"}
        return self._page(self._history(args["channel"], args["ts"], args), args)

    def _m_chat_postEphemeral(self, args: dict) -> dict:  # noqa: N802
        error = self._check_message(args)
        if error:
            return {"ok": False, "error": error}
        if not args.get("user"):
            return {"ok": False, "error": "user_not_in_channel"}
        self.ephemerals.append(args)
        return {"ok": True, "message_ts": self._next_ts()}

    def _m_chat_update(self, args: dict) -> dict:  # noqa: N802
        error = self._check_message(args)
        if error:
            return {"ok": False, "error": error}
        key = (args["channel"], args.get("ts", ""))
        if key not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        self.messages[key].update(
            {"text": args.get("text", ""), "blocks": args.get("blocks") or []}
        )
        return {"ok": True, "channel": key[0], "ts": key[1], "text": args.get("text", "")}

    def _m_chat_getPermalink(self, args: dict) -> dict:  # noqa: N802
        if not self._channel_ok(args.get("channel")):
            return {"ok": False, "error": "channel_not_found"}
        ts = str(args.get("message_ts", "")).replace(".", "")
        return {
            "ok": True,
            "channel": args["channel"],
            "permalink": f"https://acme.slack.com/archives/{args['channel']}/p{ts}",
        }

    def _m_conversations_open(self, args: dict) -> dict:
        users = args.get("users") or ""
        if isinstance(users, list):
            users = ",".join(users)
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "channel": {"id": "D" + users.split(",")[0][1:]}}

    def _m_users_info(self, args: dict) -> dict:
        user = args.get("user", "")
        if not user.startswith("U"):
            return {"ok": False, "error": "user_not_found"}
        return {
            "ok": True,
            "user": {
                "id": user,
                "name": user.lower(),
                "tz": "UTC",
                "profile": {"display_name": user.lower()},
            },
        }

    def _check_view(self, view: Any, *, home: bool = False) -> str | None:
        if not isinstance(view, dict):
            return "invalid_arguments"
        if view.get("type") != ("home" if home else "modal"):
            return "invalid_arguments"
        if not home and not 0 < len(_text_of(view.get("title"))) <= 24:
            return "invalid_arguments"
        if len(view.get("private_metadata", "")) > 3000:
            return "invalid_arguments"
        if validate_blocks(view.get("blocks", []), max_blocks=MAX_VIEW_BLOCKS):
            return "invalid_arguments"
        return None

    def _m_views_open(self, args: dict) -> dict:
        trigger = args.get("trigger_id")
        if not trigger:
            return {"ok": False, "error": "invalid_trigger_id"}
        if trigger in self.used_triggers:  # Slack: "already exchanged in a previous call"
            return {"ok": False, "error": "exchanged_trigger_id"}
        error = self._check_view(args.get("view"))
        if error:
            return {"ok": False, "error": error}
        self.used_triggers.add(trigger)
        view_id = f"V{next(self._ids):08d}"
        view = {**args["view"], "id": view_id}
        self.views[view_id] = view
        return {"ok": True, "view": view}

    def _m_views_update(self, args: dict) -> dict:
        error = self._check_view(args.get("view"))
        if error:
            return {"ok": False, "error": error}
        view_id = args.get("view_id") or ""
        if view_id not in self.views:
            return {"ok": False, "error": "not_found"}
        self.views[view_id] = {**args["view"], "id": view_id}
        return {"ok": True, "view": self.views[view_id]}

    def _m_views_publish(self, args: dict) -> dict:
        if not str(args.get("user_id", "")).startswith("U"):
            return {"ok": False, "error": "user_not_found"}
        error = self._check_view(args.get("view"), home=True)
        if error:
            return {"ok": False, "error": error}
        self.home_views[args["user_id"]] = args["view"]
        return {"ok": True, "view": {**args["view"], "id": f"V{next(self._ids):08d}"}}

    def _m_files_getUploadURLExternal(self, args: dict) -> dict:  # noqa: N802
        if not args.get("filename") or not str(args.get("length", "")).isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{next(self._ids):08d}"
        self.uploads[file_id] = {
            "filename": args["filename"],
            "length": int(args["length"]),
            "content": None,
        }
        return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, args: dict) -> dict:  # noqa: N802
        files = args.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        if not files:
            return {"ok": False, "error": "invalid_arguments"}
        channel = args.get("channel_id")
        if channel is not None and not self._channel_ok(channel):
            return {"ok": False, "error": "channel_not_found"}
        out = []
        for f in files:
            up = self.uploads.get(f.get("id"))
            if up is None or up["content"] is None:
                return {"ok": False, "error": "file_not_found"}
            up.update(title=f.get("title"), channel=channel, thread_ts=args.get("thread_ts"))
            out.append({"id": f["id"], "name": up["filename"], "title": f.get("title")})
        return {"ok": True, "files": out}
