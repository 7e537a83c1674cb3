"""The Slack app: `create_app(settings)` builds the Bolt AsyncApp with every listener registered.

Ack first, then work. The app runs with `process_before_response=True`: each listener parses the
payload, calls `ack()` (Slack gets its HTTP 200 at once, without Bolt's 10 ms ack polling) and
declares the rest as a job (`Runtime.job`). Bolt's lazy listeners would also work, but they
deep-copy the request per listener and poll for the ack; an explicit job is cheaper.

Where jobs run: `datarequest serve` starts two processes. The front process verifies the
signature (`bot.slack.http`), stores the request durably before its ack (`bot.slack.intake`,
`bot.slack.forwarder`) and wakes the jobs process (`bot.slack.jobs_server`), which takes it from
the store, runs the same listener again (its ack goes nowhere) and the job: the matcher, DuckDB,
SQLAlchemy and Web API calls; a restarted jobs process resumes what was unfinished. The
jobs process runs at the lowest CPU priority, so acks stay fast while slow queries run. In one
process (`--single-process`, and in tests) jobs run on the worker's event loop in a background
thread (`bot.slack.worker`). Opening a modal stays in the front (`here=True`): a trigger_id is
good for 3 seconds only.

Retries and double clicks: every job first records its delivery key (a command's trigger_id, an
event's event_id, a click on a given message) in the database; a key seen before is dropped, so
a retried request never makes a second ticket or a second result. Web API calls follow one
retry policy (`bot.slack.client`), and a post that may have reached Slack is checked before it is
sent again (`bot.slack.posting`).

Modules of this package: client (factory, policy, token check), posting (keyed posts), worker,
runtime, request_log, dispatch, fast_path (commands and clicks without Bolt's generic dispatch),
forwarder, jobs_server, process (the jobs child), http (ASGI and uvicorn), socket_mode,
rendering (Block Kit).
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import ConfigError
from bot.services import build_services
from bot.settings import Settings
from bot.slack.client import (
    DEFAULT_POLICY,
    RetryPolicy,
    SlackAway,
    authorize_call,
    make_client,
    policy_for,
)
from bot.slack.fast_path import CachedAuthorize, FastPath, Routes, install
from bot.slack.forwarder import JobForwarder
from bot.slack.request_log import QuietLog, describe, log_field, quiet_bolt
from bot.slack.runtime import DATABASE_AWAY as DATABASE_GONE
from bot.slack.runtime import SLACK_UNAVAILABLE, Runtime
from bot.slack.worker import Worker
from bot.slack.workspace import only_home_members
from handlers import register_listeners

log = logging.getLogger("datarequest.slack")

# Global middleware, in order: Bolt's path and the fast path run the same ones.
GLOBAL_MIDDLEWARE = (only_home_members,)  # people of another organization (Slack Connect)
# A listener that met the bot's database away before its ack (a form stored by the front):
# one line at most every 5 s, and 503, as for a request the intake could not store.
DATABASE_AWAY = QuietLog(log, interval=5.0)
# Slack away at a process's first auth.test: one line at most every 5 s, and 503 (not acked in
# the front: Slack retries; in the jobs process the stored request runs again later).
SLACK_AWAY = QuietLog(log, interval=5.0)
UNAVAILABLE = '{"error":"unavailable"}'

_RUNTIMES: weakref.WeakKeyDictionary[AsyncApp, Runtime] = weakref.WeakKeyDictionary()


def runtime_of(app: AsyncApp) -> Runtime:
    """The Runtime `create_app` made for `app`."""
    return _RUNTIMES[app]


def require_signing_secret(settings: Settings) -> None:
    """HTTP mode verifies every request with the signing secret; Socket Mode needs none."""
    if not settings.slack_signing_secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET is not set (Basic Information → Signing Secret); "
            "HTTP mode needs it, Socket Mode (SLACK_APP_TOKEN) does not."
        )


def create_app(
    settings: Settings,
    *,
    client: AsyncWebClient | None = None,
    services: Any = None,
    worker: Worker | None = None,
    forward_to: str | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> AsyncApp:
    """Build the AsyncApp with every listener registered (no network until a request).

    No signing secret is needed here: HTTP mode checks it (`require_signing_secret`) before
    serving. `forward_to`: the Unix socket of a jobs process; this app then only acks and hands each
    request's work over. `policy`: the Web API retry budget (its waits from the settings).
    """
    if services is None:
        services = build_services(settings)
    policy = policy_for(settings, policy)
    client = client or make_client(settings, policy=policy)
    rt = Runtime(settings, services, client, worker or Worker(), policy)
    if forward_to:
        rt.forwarder = JobForwarder(forward_to, rt)

    async def check() -> AuthorizeResult:
        # auth.test once per process (Bolt would call it before the first ack otherwise); a
        # failure is not cached: the next request asks again.
        data = await authorize_call(client)
        rt.bot_user_id = data.get("user_id", "")
        return AuthorizeResult(
            enterprise_id=data.get("enterprise_id"),
            team_id=data.get("team_id"),
            bot_user_id=data.get("user_id"),
            bot_id=data.get("bot_id"),
            bot_token=client.token,
        )

    authorize = CachedAuthorize(check)

    # Bolt's own client carries no token: `authorize` supplies it per request.
    bolt_client = make_client(settings, token="", policy=policy)
    bolt_client.token = None
    app = AsyncApp(
        client=bolt_client,
        signing_secret=settings.slack_signing_secret,
        authorize=authorize.for_bolt(),
        process_before_response=True,
        # Signatures are checked in bot.slack.http before the body is parsed; Socket Mode
        # needs none, and the jobs process receives requests the front already checked.
        request_verification_enabled=False,
        # Raised, not logged: Bolt's "unhandled request" warning reads the payload unchecked (a
        # number for an event's `function` was a 500); the dispatch writes one line instead.
        raise_error_for_unhandled_request=True,
        url_verification_enabled=True,
    )
    rt.app = app
    _RUNTIMES[app] = rt
    quiet_bolt()

    @app.error
    async def on_error(error: Exception, body: dict[str, Any], context: Any) -> BoltResponse | None:
        if isinstance(error, BoltUnhandledRequestError):
            return None  # no listener: answered and logged by bot.slack.dispatch
        if isinstance(error, SlackAway):  # nothing was done: authorization comes first
            context["unavailable"] = SLACK_UNAVAILABLE  # read by bot.slack.intake_runner
            SLACK_AWAY.warning(
                f"request {log_field(describe(body)[1])} not run: Slack is unavailable "
                f"({error}); answered 503"
            )
            return BoltResponse(status=503, body=UNAVAILABLE)
        if isinstance(error, DATABASE_GONE):  # down, or no pooled connection in time
            # Nothing was taken: 503 (Slack shows the person it failed; an event is retried),
            # never a 500 with a traceback carrying the driver's words.
            first = str(getattr(error, "orig", None) or error).strip().splitlines()
            DATABASE_AWAY.warning(
                f"request {log_field(describe(body)[1])} refused: the database is unavailable "
                f"({(first[0] if first else type(error).__name__)[:160]}); answered 503"
            )
            return BoltResponse(status=503, body=UNAVAILABLE)
        log.error("unhandled error for %s", log_field(describe(body)[1]), exc_info=error)
        return None

    for middleware in GLOBAL_MIDDLEWARE:
        app.middleware(middleware)
    routes = Routes(app)
    register_listeners(routes)
    install(FastPath(app, routes, authorize, GLOBAL_MIDDLEWARE))
    return app
