"""The one way into the app: every request (HTTP, Socket Mode, the jobs process) comes here.

`dispatch(rt, req)` puts the runtime in the request's context, runs the listener (a command or a
click through `bot.slack.fast_path`, anything else through Bolt's dispatch: middleware, the
matching listener and its ack), then writes the request's log line, or, when the listener
declared work and a jobs process exists, stores the request for it (durably, before the ack is
returned; see `bot.slack.forwarder`); a request the database did not take gets 503 instead of
its ack, so Slack retries it rather than believing it taken.
Bolt's global middleware run one after the other and cannot see the response, so this wraps
`AsyncApp.async_dispatch` from the outside instead of patching it.

A payload no Slack client sends (`bot.slack.payloads.problem`) gets 400 before any listener; a
request no listener wants (an event, a shortcut, a form or a command this app never registered)
gets 200 and is ignored, with one rate-limited log line.
Strings in the payload lose their NUL characters here, whatever the transport: PostgreSQL
refuses NUL in text, and a request must not be lost for it. Lone UTF-16 surrogates (a JSON
payload may escape one, `"\\udc00"`, and Python decodes it into a string no database or encoder
takes) become U+FFFD: one in a Close form's resolution was a traceback and a ticket left open.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.slack.fast_path import fast_path_of
from bot.slack.http_body import http_request
from bot.slack.payloads import problem
from bot.slack.rendering.blocks import escape
from bot.slack.request_log import REFUSALS, entry_for, log_field
from bot.slack.runtime import Runtime

log = logging.getLogger("datarequest.slack")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_nul(value: Any) -> Any:
    """`value` (a parsed payload) with NUL characters removed from every string and lone
    surrogates replaced by U+FFFD, in place."""
    if isinstance(value, str):
        if "\x00" in value:
            value = value.replace("\x00", "")
        return _LONE_SURROGATE.sub("\ufffd", value) if _LONE_SURROGATE.search(value) else value
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = without_nul(item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = without_nul(item)
    return value


DELIVERED_EVENTS = frozenset({"event_callback", "app_rate_limited"})


def describe_limit(req: AsyncBoltRequest) -> str:
    minute = req.body.get("minute_rate_limited")
    return f"minute {minute}" if isinstance(minute, int) else "no minute given"


def unhandled_response(body: dict[str, Any]) -> BoltResponse:
    """200 for a request no listener wants: a command is told so in one line, a menu gets no
    options, anything else an empty body."""
    headers = {"content-type": "application/json"}
    if "command" in body:
        command = escape(log_field(str(body.get("command")))[:40])
        said = f"This app does not answer {command}."
        text = json.dumps({"response_type": "ephemeral", "text": said})
        return BoltResponse(status=200, body=text, headers=headers)
    if body.get("type") == "block_suggestion":
        return BoltResponse(status=200, body='{"options":[]}', headers=headers)
    return BoltResponse(status=200, body="")


async def dispatch(rt: Runtime, req: AsyncBoltRequest) -> BoltResponse:
    """Run the request through the app; log it or forward its work (see the module docstring)."""
    reason = problem(req.body)
    if reason is not None:
        REFUSALS.warning(f"who=- what=request decision=refused:400 ({reason})")
        return BoltResponse(status=400, body='{"error":"malformed payload"}')
    without_nul(req.body)
    req.context["rt"] = rt
    entry = entry_for(req)
    entry.local = bool(req.context.get("no_forward"))
    seed = req.context.get("job_seed")
    if seed:  # in the jobs process: time the request from its arrival in the front
        entry.started = time.perf_counter() - (time.time() - seed["received_at"])
    fast = fast_path_of(rt.app)
    try:
        response = await fast.dispatch(req) if fast is not None else None
        if response is None:
            response = await rt.app.async_dispatch(req)
    except Exception as exc:  # inside Bolt, before any listener: a payload it cannot read
        REFUSALS.warning(f"who=- what=request decision=refused:400 ({type(exc).__name__} in Bolt)")
        entry.finish("refused:400")
        return BoltResponse(status=400, body='{"error":"malformed payload"}')
    if seed:
        entry.ack_ms = seed.get("ack_ms")
    else:
        entry.ack_ms = (time.perf_counter() - entry.started) * 1000
    if response.status == 404 and str(req.body.get("type")) in DELIVERED_EVENTS:
        # An event no listener wants (or Slack's notice that events were dropped) is answered
        # 200: Slack turns off the event subscriptions of an app whose endpoint keeps failing.
        if req.body.get("type") == "app_rate_limited":
            log.warning("Slack dropped events: the app was rate-limited (%s)", describe_limit(req))
        entry.finish("ignored")
        return BoltResponse(status=200, body="")
    if response.status == 404:
        # No listener: a shortcut, a form or a command this app never registered. Answered 200
        # and ignored (a 404 shows the person an error for what they did not ask of this app).
        REFUSALS.warning(f"who=- what={log_field(entry.what)} decision=ignored (no listener)")
        entry.finish("ignored")
        return unhandled_response(req.body)
    if response.status >= 400:
        entry.finish(f"refused:{response.status}")
    elif entry.forward and rt.forwarder is not None:
        received = time.time() - (time.perf_counter() - entry.started)
        # Stored before the ack leaves: a crash after this loses nothing (bot.slack.intake).
        # Not stored (the database is away): 503, never a 200 for work nobody will do.
        if not await rt.forwarder.send(
            req, received_at=received, ack_ms=entry.ack_ms, fallback=entry
        ):
            return BoltResponse(status=503, body='{"error":"unavailable"}')
    elif not entry.deferred:
        entry.finish()
    return response


async def dispatch_here(rt: Runtime, req: AsyncBoltRequest, *, ack_ms: float | None) -> None:
    """Run a request's work in this process (the jobs process is unreachable): nothing is lost.

    The listener runs again with forwarding off for this request: it acks (ignored) and runs
    its job.
    """
    copy = request_copy(req)
    copy.context["job_seed"] = {"received_at": time.time(), "ack_ms": ack_ms}
    copy.context["no_forward"] = True
    await dispatch(rt, copy)


def request_copy(req: AsyncBoltRequest) -> AsyncBoltRequest:
    """A fresh request with the same body and headers (HTTP raw body, or Socket Mode payload)."""
    if req.raw_body:
        return http_request(req.raw_body, headers=req.headers)
    return AsyncBoltRequest(body=req.body, headers=req.headers, mode="socket_mode")
