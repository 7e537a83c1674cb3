"""`LocalSlack`: the Slack Web API answered in-process, on loopback, for the shell and `doctor`.

A stdlib HTTP server in a thread answers at `http://127.0.0.1:PORT/api/` the methods the bot
calls, with Slack's JSON shapes, so the app's real `AsyncWebClient`, the scheduler's `WebClient`
and `response_url` webhooks work unchanged. Messages, modals and files are kept; every message
the bot shows to someone is handed to `on_event` (the shell prints it). Nothing leaves the
machine.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

TEAM_ID = "T0SHELL001"
BOT_USER_ID = "U0DATAREQ1"
BOT_ID = "B0DATAREQ1"
TRIGGER_TTL_S = 3.0  # Slack: a trigger_id opens one view, within 3 s of the click
_triggers = itertools.count(1)


def new_trigger_id(clock: Callable[[], float] = time.time) -> str:
    """A click's trigger_id, as the shell makes them: when it was made, and a number."""
    return f"{clock():.3f}:{next(_triggers)}.shell"


def trigger_made_at(trigger: str) -> float | None:
    """When `new_trigger_id` made `trigger`, or None when it did not make it."""
    made, sep, rest = trigger.partition(":")
    if not sep or not rest.endswith(".shell"):
        return None
    try:
        return float(made)
    except ValueError:
        return None


@dataclass
class Shown:
    """Something the bot showed: a message (posted, updated, ephemeral) or a modal."""

    kind: str  # message | update | ephemeral | modal | home | file
    channel: str = ""
    ts: str = ""
    thread_ts: str | None = None
    user: str = ""  # who sees it (ephemeral, modal, home)
    payload: dict[str, Any] = field(default_factory=dict)


class LocalSlack:
    """The Web API on 127.0.0.1; `start()` / `stop()`, `api_url` for the clients."""

    def __init__(
        self,
        token: str,
        *,
        names: Callable[[str], str] | None = None,
        channels: dict[str, str] | None = None,
        scopes: tuple[str, ...] = (),
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token = token
        self.clock = clock  # real time: a trigger's age, whatever the shell's clock says
        self.used_triggers: set[str] = set()
        self.names = names or (lambda user_id: user_id.lower())
        self.channels: dict[str, str] = dict(channels or {})  # id -> name
        self.scopes = scopes
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.views: dict[str, dict[str, Any]] = {}
        self.uploads: dict[str, dict[str, Any]] = {}
        self.on_event: Callable[[Shown], None] = lambda shown: None
        self._lock = threading.RLock()
        self._seq = itertools.count(1)
        # Timestamps stay unique across runs: tickets in the database keep them.
        self._epoch = int(time.time())
        self._server: ThreadingHTTPServer | None = None

    # ---- lifecycle ---------------------------------------------------------------------------

    def start(self) -> LocalSlack:
        local = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.dumps(local.handle(self.path, dict(self.headers), raw)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST  # noqa: N815

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "LocalSlack is not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/api/"

    def response_url(self, user: str, channel: str) -> str:
        return f"{self.base_url}/response/{user}/{channel}"

    def find_message(self, number: int) -> tuple[str, str] | None:
        """(channel, ts) of the message the shell shows as `number`."""
        suffix = f".{number:06d}"
        with self._lock:
            return next((key for key in self.messages if key[1].endswith(suffix)), None)

    # ---- requests ----------------------------------------------------------------------------

    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> dict[str, Any]:
        parsed = urlparse(path)
        if parsed.path.startswith("/upload/"):
            with self._lock:
                upload = self.uploads.get(parsed.path.rsplit("/", 1)[-1])
                if upload is not None:
                    upload["content"] = raw
            return {"ok": True}
        args = _arguments(parsed.query, headers, raw)
        if parsed.path.startswith("/response/"):
            _, _, user, channel = parsed.path.split("/", 3)
            self._show(Shown("ephemeral", channel=channel, user=user, payload=args))
            return {"ok": True}
        auth = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
        token = auth.removeprefix("Bearer ").strip() or args.get("token", "")
        if token != self.token:
            return {"ok": False, "error": "invalid_auth"}
        method = parsed.path.removeprefix("/api/")
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        with self._lock:
            return handler(args)  # type: ignore[no-any-return]

    def _show(self, shown: Shown) -> None:
        self.on_event(shown)

    def _ts(self) -> str:
        return f"{self._epoch}.{next(self._seq):06d}"

    @staticmethod
    def _im(user_id: str) -> str:
        return "D" + user_id[1:]

    # ---- methods (names as in the Web API, dots as underscores) ------------------------------

    def _m_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://local.invalid/",
            "team": "Local shell",
            "user": "datarequest",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
            "response_metadata": {"scopes": list(self.scopes)},
        }

    def _m_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        channel = str(args.get("channel") or "")
        if channel.startswith("U"):
            channel = self._im(channel)
        if not channel or not (args.get("text") or args.get("blocks")):
            return {"ok": False, "error": "channel_not_found" if not channel else "no_text"}
        ts = self._ts()
        message = {
            "type": "message",
            "ts": ts,
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "text": args.get("text", ""),
            "blocks": args.get("blocks") or [],
            "thread_ts": args.get("thread_ts"),
            "metadata": args.get("metadata"),
        }
        self.messages[(channel, ts)] = message
        self._show(Shown("message", channel, ts, args.get("thread_ts"), payload=message))
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _m_chat_postEphemeral(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        shown = Shown("ephemeral", str(args.get("channel")), user=str(args.get("user")))
        shown.payload = {"text": args.get("text", ""), "blocks": args.get("blocks") or []}
        self._show(shown)
        return {"ok": True, "message_ts": self._ts()}

    def _m_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        key = (str(args.get("channel")), str(args.get("ts")))
        # A message from an earlier shell run is still "in Slack": take it as it is now.
        message = self.messages.setdefault(
            key, {"type": "message", "ts": key[1], "user": BOT_USER_ID}
        )
        message.update(text=args.get("text", ""), blocks=args.get("blocks") or [])
        self._show(Shown("update", key[0], key[1], message.get("thread_ts"), payload=message))
        return {"ok": True, "channel": key[0], "ts": key[1], "text": message["text"]}

    def _m_chat_getPermalink(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        channel, ts = args.get("channel"), str(args.get("message_ts", ""))
        return {"ok": True, "channel": channel, "permalink": f"local:{channel}/{ts}"}

    def _m_conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        users = args.get("users") or ""
        first = (users if isinstance(users, str) else ",".join(users)).split(",")[0]
        if not first:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "channel": {"id": self._im(first)}}

    def _m_conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        if channel not in self.channels:
            return {"ok": False, "error": "channel_not_found"}
        name = self.channels[channel]
        return {"ok": True, "channel": {"id": channel, "name": name, "is_member": True}}

    def _m_conversations_members(self, args: dict[str, Any]) -> dict[str, Any]:
        if str(args.get("channel") or "") not in self.channels:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "members": [BOT_USER_ID], "response_metadata": {"next_cursor": ""}}

    def _history(self, channel: str, thread_ts: str | None) -> dict[str, Any]:
        found = [
            m
            for (c, _ts), m in self.messages.items()
            if c == channel and (thread_ts is None or m.get("thread_ts") == thread_ts)
        ]
        found.sort(key=lambda m: m["ts"], reverse=True)
        return {"ok": True, "messages": found, "has_more": False}

    def _m_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._history(str(args.get("channel")), None)

    def _m_conversations_replies(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._history(str(args.get("channel")), str(args.get("ts")))

    def _m_users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = str(args.get("user") or "")
        name = self.names(user)
        profile = {"display_name": name, "real_name": name}
        return {"ok": True, "user": {"id": user, "name": name, "tz": "UTC", "profile": profile}}

    def _open_view(self, args: dict[str, Any], view_id: str | None = None) -> dict[str, Any]:
        view = args.get("view")
        if not isinstance(view, dict):
            return {"ok": False, "error": "invalid_arguments"}
        view_id = view_id or f"V{next(self._seq):08d}"
        stored = {**view, "id": view_id, "team_id": TEAM_ID, "app_id": "A0SHELL001"}
        self.views[view_id] = stored
        self._show(Shown("modal", payload=stored))
        return {"ok": True, "view": stored}

    def _m_views_open(self, args: dict[str, Any]) -> dict[str, Any]:
        """As Slack: a trigger_id opens one view (`exchanged_trigger_id` the second time),
        within TRIGGER_TTL_S of its click (`expired_trigger_id`); one it never made is
        `invalid_trigger_id`."""
        trigger = str(args.get("trigger_id") or "")
        made = trigger_made_at(trigger)
        if made is None:
            return {"ok": False, "error": "invalid_trigger_id"}
        if trigger in self.used_triggers:
            return {"ok": False, "error": "exchanged_trigger_id"}
        if self.clock() - made > TRIGGER_TTL_S:
            return {"ok": False, "error": "expired_trigger_id"}
        opened = self._open_view(args)
        if opened.get("ok"):
            self.used_triggers.add(trigger)
        return opened

    def _m_views_push(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._m_views_open(args)

    def _m_views_update(self, args: dict[str, Any]) -> dict[str, Any]:
        view_id = str(args.get("view_id") or "")
        if view_id not in self.views:
            return {"ok": False, "error": "not_found"}
        return self._open_view(args, view_id)

    def _m_views_publish(self, args: dict[str, Any]) -> dict[str, Any]:
        view = args.get("view") or {}
        self._show(Shown("home", user=str(args.get("user_id")), payload=view))
        return {"ok": True, "view": {**view, "id": f"V{next(self._seq):08d}"}}

    def _m_files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        file_id = f"F{next(self._seq):08d}"
        self.uploads[file_id] = {"filename": args.get("filename"), "content": None}
        return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        files = args.get("files") or []
        out = []
        for f in files:
            upload = self.uploads.get(f.get("id"), {})
            out.append({"id": f.get("id"), "name": upload.get("filename"), "title": f.get("title")})
            shown = Shown(
                "file", str(args.get("channel_id") or ""), thread_ts=args.get("thread_ts")
            )
            shown.payload = {"title": f.get("title"), "name": upload.get("filename")}
            self._show(shown)
        return {"ok": True, "files": out}


def _arguments(query: str, headers: dict[str, str], raw: bytes) -> dict[str, Any]:
    """The call's arguments from the query string and a form or JSON body, JSON fields decoded."""
    args: dict[str, Any] = {k: v[-1] for k, v in parse_qs(query).items()}
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if raw:
        if "json" in ctype:
            args.update(json.loads(raw))
        else:
            args.update({k: v[-1] for k, v in parse_qs(raw.decode()).items()})
    for key in ("blocks", "view", "files", "metadata", "attachments"):
        if isinstance(args.get(key), str):
            with contextlib.suppress(ValueError):
                args[key] = json.loads(args[key])
    return args
