"""HTTP: the ASGI application behind uvicorn (Slack at /slack/events, /healthz) and `serve_http`.

A request is checked in this order, before anything that can fail on a hostile body: size,
Slack's signature (HMAC of the raw bytes and a fresh timestamp), then parsing. An unsigned or
stale request gets 401, a signed one that is not a Slack payload gets 400, one naming another
app than SLACK_APP_ID gets 403 (`bot.slack.app_id`); none writes more
than one short log line, and those lines are rate limited (`request_log.REFUSALS`), so
garbage cannot fill the log. Signed, well-formed requests go to `bot.slack.dispatch`.
`/healthz` answers `ok` and nothing else (no queue length, no version): it is unauthenticated.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier

from bot.slack import app_id
from bot.slack.app import require_signing_secret, runtime_of
from bot.slack.dispatch import dispatch
from bot.slack.http_body import http_request
from bot.slack.http_guard import QUIET_PROTOCOL_ERRORS, DeadlineH11Protocol
from bot.slack.request_log import REFUSALS
from bot.slack.worker import prefer_acks

EVENTS_PATH = "/slack/events"
# Slack's largest payloads (a modal's whole state, a 40,000-character message event) are far
# below; a larger body is not read further (413).
MAX_BODY = 1024 * 1024

Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


class ClientGone(Exception):
    """The client went away (or was dropped for being too slow) before its body was read."""


async def _read_body(receive: Receive) -> bytes | None:
    """The request body, or None when it is larger than MAX_BODY."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message.get("type") == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _signed(verifier: SignatureVerifier, body: bytes, headers: dict[str, str]) -> bool:
    try:
        return verifier.is_valid(
            body,
            headers.get("x-slack-request-timestamp", ""),
            headers.get("x-slack-signature", ""),
        )
    except (ValueError, TypeError, OverflowError):  # a timestamp that is not a time
        return False


def _is_ssl_check(body: bytes) -> bool:
    """`ssl_check=1&token=…`: a short form with no other field (checked without parsing)."""
    if len(body) > 256 or not body.startswith(b"ssl_check=1"):
        return False
    rest = body[len(b"ssl_check=1") :]
    return rest == b"" or (rest.startswith(b"&token=") and b"&" not in rest[1:])


def parse_request(body: bytes, headers: dict[str, str], query: str) -> AsyncBoltRequest | None:
    """A Bolt request for a signed body, or None when it is not a Slack payload."""
    try:
        req = http_request(body.decode("utf-8"), query=query, headers=headers)
    except Exception:  # Bolt parses JSON and form bodies as it builds the request
        return None
    return req if isinstance(req.body, dict) and req.body else None


async def _respond(
    send: Send, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
) -> None:
    headers = [
        (b"content-type", content_type.encode()),
        (b"content-length", str(len(body)).encode()),
        *((k.encode(), v.encode()) for k, v in (extra or {}).items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_bolt(send: Send, response: BoltResponse) -> None:
    headers = [
        (name.encode(), value.encode())
        for name, values in response.headers.items()
        for value in values
        if name.lower() != "content-length"
    ]
    body = response.body.encode() if isinstance(response.body, str) else response.body
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def asgi_app(app: AsyncApp) -> Callable[..., Awaitable[None]]:
    """The ASGI application (see the module docstring); shutdown drains the jobs."""
    rt = runtime_of(app)
    require_signing_secret(rt.settings)  # an empty key would accept forged signatures
    verifier = SignatureVerifier(rt.settings.slack_signing_secret)

    async def slack_events(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        try:
            body = await _read_body(receive)
        except ClientGone:  # nobody to answer; a slow client's drop was logged when it happened
            return
        if body is None:
            REFUSALS.warning("decision=refused:413 (body too large)")
            await _respond(send, 413, b"", "text/plain")
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if _is_ssl_check(body):  # Slack's certificate check; it may come unsigned, touches nothing
            await _respond(send, 200, b"", "text/plain")
            return
        if not _signed(verifier, body, headers):
            REFUSALS.warning("who=- what=request decision=refused:401 (bad or missing signature)")
            await _respond(send, 401, b'{"error":"invalid request"}', "application/json")
            return
        req = parse_request(body, headers, scope.get("query_string", b"").decode("latin-1"))
        if req is None:
            REFUSALS.warning("who=- what=request decision=refused:400 (not a Slack payload)")
            await _respond(send, 400, b'{"error":"malformed payload"}', "application/json")
            return
        if (named := app_id.other_app(req.body, rt.settings.slack_app_id)) is not None:
            app_id.refuse(named)
            await _respond(send, app_id.STATUS, app_id.BODY, "application/json", app_id.HEADERS)
            return
        await _send_bolt(send, await dispatch(rt, req))

    async def application(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await rt.shutdown()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["path"] == "/healthz":
            # Liveness only, to anyone: it is unauthenticated, and behind a TLS proxy on the
            # same host every client is loopback, so no detail is shown to anyone here.
            await _respond(send, 200, b"ok", "text/plain")
        elif scope["path"] == EVENTS_PATH and scope["method"] == "POST":
            await slack_events(scope, receive, send)
        else:
            await _respond(send, 404, b"Not Found", "text/plain")

    return application


UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")


def uvicorn_server(application: Any, *, port: int, host: str) -> uvicorn.Server:
    """A uvicorn server whose log records go through the process's own (redacting) handlers.

    uvicorn's default logging config gives its loggers handlers of their own that do not
    propagate: an exception it logged ("Exception in ASGI application", its traceback, a path)
    reached stderr without `RedactingFilter`. `log_config=None` keeps uvicorn from configuring
    logging; its loggers are reset in case anything in this process configured them before.
    """
    for name in UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = True
    logging.getLogger("uvicorn.error").addFilter(QUIET_PROTOCOL_ERRORS)
    config = uvicorn.Config(
        application,
        host=host,
        port=port,
        log_config=None,
        log_level="warning",
        http=DeadlineH11Protocol,  # a request that never finishes arriving is dropped
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=25,
    )
    return uvicorn.Server(config)


def serve_http(app: AsyncApp, *, port: int, host: str = "0.0.0.0") -> None:  # noqa: S104
    """Serve over HTTP with uvicorn (a production ASGI server) until interrupted."""
    prefer_acks()
    uvicorn_server(asgi_app(app), port=port, host=host).run()
