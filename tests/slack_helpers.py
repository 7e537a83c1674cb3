"""Signing and Slack payload builders for tests that drive the app the way Slack does.

Payload shapes follow what Slack sends: slash commands are form-encoded fields, interactions
(`block_actions`, `view_submission`) are a form field `payload=` holding JSON, and events are a
JSON `event_callback` envelope. Requests are signed with Slack's scheme: `v0=` + HMAC-SHA256 of
`v0:{timestamp}:{body}` keyed by the signing secret.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-0000-token"
TEAM_ID = "T0TEAM0001"
BOT_USER_ID = "U0BOT00001"
_counter = itertools.count(1)


def next_id(prefix: str) -> str:
    return f"{prefix}{next(_counter):08d}"


def sign(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack would send with `body`: timestamp and v0 signature."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = f"v0:{ts}:{body}".encode()
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def command_body(
    text: str,
    *,
    user_id: str = "U0REQ00001",
    user_name: str = "rita",
    channel_id: str = "C0GENERAL1",
    command: str = "/datarequest",
    response_url: str = "",
    trigger_id: str | None = None,
) -> str:
    """A form-encoded slash command body, fields as Slack sends them."""
    fields = {
        "token": "deprecated-verification-token",
        "team_id": TEAM_ID,
        "team_domain": "acme",
        "channel_id": channel_id,
        "channel_name": "general",
        "user_id": user_id,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": "A0APP00001",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or next_id("1337.42."),
    }
    return urlencode(fields)


def _user(user_id: str) -> dict[str, str]:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": TEAM_ID}


def block_actions_body(
    action: dict[str, Any],
    *,
    user_id: str = "U0REQ00001",
    channel_id: str | None = "C0GENERAL1",
    message: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    response_url: str = "",
    trigger_id: str | None = None,
    is_ephemeral: bool = False,
) -> str:
    """A `block_actions` interaction for one clicked element (button, select...)."""
    action = {"action_ts": f"{time.time():.6f}", "block_id": action.get("block_id", "b"), **action}
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id),
        "api_app_id": "A0APP00001",
        "token": "deprecated-verification-token",
        "trigger_id": trigger_id or next_id("2337.42."),
        "team": {"id": TEAM_ID, "domain": "acme"},
        "enterprise": None,
        "is_enterprise_install": False,
        "actions": [action],
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view.get("id", "V0VIEW0001")}
        payload["view"] = view
    else:
        msg = message or {"ts": "1700000000.000100", "text": "", "blocks": []}
        payload["container"] = {
            "type": "message",
            "message_ts": msg["ts"],
            "channel_id": channel_id,
            "is_ephemeral": is_ephemeral,
        }
        payload["channel"] = {"id": channel_id, "name": "general"}
        payload["message"] = msg
        payload["response_url"] = response_url
        payload["state"] = {"values": {}}
    return urlencode({"payload": json.dumps(payload)})


def action_from_message(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    """The action element (with its block_id) of `action_id` in a posted message's blocks."""
    for block in message.get("blocks") or []:
        for element in block.get("elements", []) + [block.get("accessory") or {}]:
            if isinstance(element, dict) and element.get("action_id") == action_id:
                action = {
                    "type": element.get("type", "button"),
                    "action_id": action_id,
                    "block_id": block.get("block_id", "b"),
                }
                if "value" in element:
                    action["value"] = element["value"]
                action["text"] = element.get("text")
                return action
    raise AssertionError(f"no action {action_id!r} in message {message.get('ts')}")


def view_submission_body(
    view: dict[str, Any],
    values: dict[str, dict[str, dict[str, Any]]],
    *,
    user_id: str = "U0REQ00001",
    view_id: str = "V0VIEW0001",
) -> str:
    """A `view_submission` for a modal `view` as the app opened it, with typed `values`."""
    submitted = {
        "id": view_id,
        "team_id": TEAM_ID,
        "type": "modal",
        "blocks": view.get("blocks", []),
        "private_metadata": view.get("private_metadata", ""),
        "callback_id": view.get("callback_id", ""),
        "state": {"values": values},
        "hash": "1700000000.abcdef",
        "title": view.get("title"),
        "app_id": "A0APP00001",
        "bot_id": "B0BOT00001",
    }
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "acme"},
        "user": _user(user_id),
        "api_app_id": "A0APP00001",
        "token": "deprecated-verification-token",
        "trigger_id": next_id("3337.42."),
        "view": submitted,
        "response_urls": [],
        "is_enterprise_install": False,
    }
    return urlencode({"payload": json.dumps(payload)})


def event_body(event: dict[str, Any], *, event_id: str | None = None) -> str:
    """An Events API `event_callback` envelope (JSON) around `event`."""
    return json.dumps(
        {
            "token": "deprecated-verification-token",
            "team_id": TEAM_ID,
            "api_app_id": "A0APP00001",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or next_id("Ev"),
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True, "enterprise_id": None}
            ],
        }
    )


def app_home_opened(user_id: str) -> str:
    return event_body(
        {
            "type": "app_home_opened",
            "user": user_id,
            "channel": "D0HOME0001",
            "tab": "home",
            "event_ts": f"{time.time():.6f}",
        }
    )


def thread_reply(user_id: str, channel: str, thread_ts: str, text: str) -> str:
    return event_body(
        {
            "type": "message",
            "user": user_id,
            "channel": channel,
            "text": text,
            "ts": f"{time.time():.6f}",
            "thread_ts": thread_ts,
            "channel_type": "channel",
            "event_ts": f"{time.time():.6f}",
        }
    )


def post_signed(
    base_url: str,
    body: str,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    extra_headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, str, float]:
    """POST `body` signed to the app's /slack/events; returns (status, body, seconds)."""
    content_type = (
        "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
    )
    headers = {"Content-Type": content_type, **sign(body, secret, timestamp)}
    headers.update(extra_headers or {})
    req = urllib.request.Request(
        base_url.rstrip("/") + "/slack/events", data=body.encode(), headers=headers, method="POST"
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback)
            return resp.status, resp.read().decode(), time.perf_counter() - started
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(), time.perf_counter() - started


def post_raw(
    base_url: str, body: bytes, headers: dict[str, str], *, timeout: float = 10.0
) -> tuple[int, str]:
    """POST exactly `body` with exactly `headers` (hostile requests); returns (status, body)."""
    req = urllib.request.Request(
        base_url.rstrip("/") + "/slack/events", data=body, headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback)
            return resp.status, resp.read().decode(errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(errors="replace")


# ---- the app under test, served over HTTP on loopback --------------------------------------------


# The production retry budget with short waits (SLACK_RETRY_BACKOFF_S): a Slack that keeps
# failing is given up on in about 0.3 s, not about 9.5 s.
TEST_BACKOFF_S = 0.01

WAREHOUSE_SQL = """
CREATE TABLE orders AS
SELECT i AS order_id,
       DATE '2026-10-01' + CAST(i % 31 AS INTEGER) AS order_date,
       ['NA', 'EMEA', 'APAC', 'LATAM'][1 + i % 4] AS region,
       CAST(10 + (i * 37) % 490 AS DOUBLE) AS amount
FROM range(1, 10001) t(i);
"""

QUERY_FILES = {
    "revenue_by_region.sql": """/*---
title: Revenue by region
description: Net revenue per region over a period.
examples:
  - revenue by region last month
  - how much did each region make
keywords: [revenue, region]
params:
  period: {type: date_range, default: last month}
  region: {type: choice, choices: [NA, EMEA, APAC, LATAM], optional: true,
           synonyms: {europe: EMEA}}
---*/
SELECT region, SUM(amount) AS revenue
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
{% if region %}AND region = :region{% endif %}
GROUP BY region
ORDER BY revenue DESC
""",
    "daily_revenue.sql": """/*---
title: Daily revenue trend
examples:
  - daily revenue trend
keywords: [trend, daily]
params:
  period: {type: date_range, default: last month}
---*/
SELECT order_date AS day, SUM(amount) AS revenue
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
GROUP BY order_date
ORDER BY order_date
""",
    "order_lookup.sql": """/*---
title: Order lookup
examples:
  - look up an order
  - order details
keywords: [lookup]
params:
  order_id: {type: int, min: 1}
---*/
SELECT order_id, order_date, region, amount FROM orders WHERE order_id = :order_id
""",
    "every_order.sql": """/*---
title: Every order listed
examples:
  - list every single order line
keywords: [every, listed]
---*/
SELECT order_id, order_date, region, amount FROM orders ORDER BY order_id
""",
    "slow_report.sql": """/*---
title: Slow crunch report
examples:
  - the slow crunch report
keywords: [crunch]
---*/
SELECT count(*) AS n FROM range(200000000) a, range(1000) b WHERE a.range + b.range < 0
""",
}


def make_test_library(root: Any) -> Any:
    from pathlib import Path

    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    for name, text in QUERY_FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def make_test_warehouse(path: Any) -> Any:
    import duckdb

    con = duckdb.connect(str(path))
    con.execute(WAREHOUSE_SQL)
    con.close()
    return path


def app_settings(tmp_path: Any, api_url: str, **overrides: Any) -> Any:
    from bot.settings import Settings

    warehouse = tmp_path / "warehouse.duckdb"
    if not warehouse.exists():
        make_test_warehouse(warehouse)
    values: dict[str, Any] = {
        "slack_bot_token": BOT_TOKEN,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": api_url,
        "data_dir": tmp_path,
        "database_url": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "warehouse_path": warehouse,
        "query_library": make_test_library(tmp_path / "queries"),
        "triage_channel": "C0TRIAGE01",
        "max_rows": 20000,
        # Roomy: a full CI run on a loaded machine once took over 1 s for a 6-row query. A test
        # about the timeout itself sets its own.
        "query_timeout_s": 10.0,
        # Past any query here: on a loaded machine a 3 s default posted an extra "Still running"
        # note that tests counting posts did not expect. Tests about that note set their own.
        "progress_after_s": 30.0,
        "slack_retry_backoff_s": TEST_BACKOFF_S,
    }
    values.update(overrides)
    return Settings(**values)


class AppServer:
    """The real app (create_app + the ASGI wrapper) behind uvicorn in a thread on 127.0.0.1."""

    def __init__(self, settings: Any, *, clock: Any = None) -> None:
        self.settings = settings
        self.clock = clock
        self.base_url = ""
        self._server: Any = None
        self._thread: Any = None
        self.app: Any = None

    def __enter__(self) -> AppServer:
        import socket
        import threading

        import uvicorn

        from bot.services import build_services
        from bot.slack.app import create_app
        from bot.slack.http import asgi_app

        services = build_services(self.settings, clock=self.clock)
        self.services = services
        self.app = create_app(self.settings, services=services)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            asgi_app(self.app),
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=5,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        self.base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the app did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)
        self.services.close()

    def post(self, body: str, **kwargs: Any) -> tuple[int, str, float]:
        return post_signed(self.base_url, body, **kwargs)

    def drain(self, timeout: float = 20.0) -> None:
        """Wait until every job the app has accepted so far is finished."""
        from bot.slack.app import runtime_of

        assert runtime_of(self.app).worker.wait_idle(timeout), "jobs still running"


# ---- offline: handlers called directly, a recording stand-in for the Web API client ---------------


class FakeAck:
    """Records what a listener acked with."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    async def __call__(self, text: str | None = None, **kwargs: Any) -> None:
        if text is not None:
            kwargs["text"] = text
        self.calls.append(kwargs)


class _Response(dict):
    @property
    def data(self) -> dict[str, Any]:
        return dict(self)


class RecordingClient:
    """Stands in for AsyncWebClient without any network: records calls, answers like Slack."""

    token = BOT_TOKEN
    retry_handlers: list[Any] = []

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._ts = itertools.count(1)

    def named(self, method: str) -> list[dict[str, Any]]:
        return [kwargs for name, kwargs in self.calls if name == method]

    def __getattr__(self, method: str) -> Any:
        if method.startswith("_"):
            raise AttributeError(method)

        async def call(**kwargs: Any) -> _Response:
            self.calls.append((method, kwargs))
            ts = f"1700000000.{next(self._ts):06d}"
            if method == "conversations_open":
                return _Response(ok=True, channel={"id": "D" + kwargs["users"][1:]})
            if method == "chat_getPermalink":
                return _Response(ok=True, permalink=f"https://acme.slack.com/p{ts}")
            if method == "auth_test":
                return _Response(ok=True, user_id=BOT_USER_ID, team_id=TEAM_ID, bot_id="B0BOT")
            return _Response(ok=True, channel=kwargs.get("channel"), ts=ts)

        return call


_STOP_AFTER_TEST: list[Any] = []  # what offline_runtime made during the running test


def offline_runtime(tmp_path: Any, **overrides: Any) -> Any:
    """A Runtime over real services (SQLite + DuckDB in tmp_path) and a RecordingClient,
    stopped when the test that made it ends (`stop_offline_runtimes`, from conftest)."""
    rt = build_offline_runtime(tmp_path, **overrides)
    _STOP_AFTER_TEST.append(rt)
    return rt


def build_offline_runtime(tmp_path: Any, **overrides: Any) -> Any:
    """`offline_runtime` that its caller stops (`stop_runtime`), e.g. one shared by a module."""
    from datetime import UTC, datetime

    from bot.services import build_services
    from bot.slack.client import policy_for
    from bot.slack.runtime import Runtime
    from bot.slack.worker import Worker

    settings = app_settings(tmp_path, "http://127.0.0.1:9/api/", **overrides)
    services = build_services(settings, clock=lambda: datetime(2026, 11, 22, 12, tzinfo=UTC))
    worker = Worker(max_threads=4)
    return Runtime(settings, services, RecordingClient(), worker, policy_for(settings))  # type: ignore[arg-type]


def stop_runtime(rt: Any) -> None:
    """Finish a runtime's jobs, end its jobs thread and pool, close its engines and database:
    its threads ran on after their test, and a job of one logged into a later test's (closed)
    log stream ("--- Logging error ---")."""
    rt.worker.shutdown(wait_s=10)
    rt.services.close()


def stop_offline_runtimes() -> None:
    """Stop every runtime `offline_runtime` made during the test that just ended."""
    while _STOP_AFTER_TEST:
        stop_runtime(_STOP_AFTER_TEST.pop())


def listener_context(rt: Any) -> dict[str, Any]:
    from bot.slack.request_log import RequestLog

    return {"rt": rt, "request_log": RequestLog("U", "test")}


def form(body: str) -> dict[str, Any]:
    """A signed-body string back to the dict Bolt hands listeners."""
    from urllib.parse import parse_qs

    if body.startswith("{"):
        return json.loads(body)
    fields = {k: v[-1] for k, v in parse_qs(body).items()}
    return json.loads(fields["payload"]) if "payload" in fields else fields
