"""One log line per Slack request: who, what, the decision, the ack time and the total time.

Filled by the dispatch (`bot.slack.dispatch`) and the listener, written once. Never holds secrets:
a command logs its first word only.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest

access_log = logging.getLogger("datarequest.requests")


@dataclass
class RequestLog:
    """One request's log line."""

    who: str
    what: str
    started: float = field(default_factory=time.perf_counter)
    ack_ms: float | None = None
    decision: str = ""
    note: str = ""  # said after the decision in the line, e.g. the team a refusal is about
    deferred: bool = False
    written: bool = False
    forward: bool = False  # the work goes to the jobs process once the ack is sent
    local: bool = False  # run the work here even with a jobs process (its fallback)

    def finish(self, decision: str | None = None) -> None:
        if self.written:
            return
        self.written = True
        if decision:
            self.decision = decision
        total = (time.perf_counter() - self.started) * 1000
        ack = f"{self.ack_ms:.1f}" if self.ack_ms is not None else "-"
        decision = self.decision or "acked"
        if self.note:
            decision = f"{decision} ({log_field(self.note)})"
        access_log.info(
            "who=%s what=%s decision=%s ack_ms=%s total_ms=%.1f",
            log_field(self.who) or "-",
            log_field(self.what),
            decision,
            ack,
            total,
        )


class QuietLog:
    """At most one line per `interval` seconds; the lines in between are counted, not written."""

    def __init__(self, logger: logging.Logger, interval: float = 1.0) -> None:
        self.logger = logger
        self.interval = interval
        self._next = 0.0
        self._held = 0

    def warning(self, message: str) -> None:
        now = time.monotonic()
        if now < self._next:
            self._held += 1
            return
        held, self._held, self._next = self._held, 0, now + self.interval
        suffix = f" (+{held} more since the last line)" if held else ""
        self.logger.warning("%s%s", message, suffix)


# Refused requests (unsigned, malformed): one short line at most every second, whatever comes.
REFUSALS = QuietLog(access_log)
LOG_FIELD = 80  # who/what come from the payload: a 5,000-character action_id stays short


def log_field(value: str) -> str:
    """`value` (from a payload) cut to LOG_FIELD, newlines and control characters shown as "?",
    so a crafted action_id can neither flood the log nor forge a line of its own."""
    return "".join(c if c.isprintable() else "?" for c in value[:LOG_FIELD])


class WithoutUnhandledWarning(logging.Filter):
    """Drops Bolt's "Unhandled request" warning: ten lines with the payload and a code hint, for
    every request no listener wants. The dispatch writes one rate-limited line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Unhandled request")


def quiet_bolt(logger_name: str = "slack_bolt.AsyncApp") -> None:
    """Install `WithoutUnhandledWarning` on Bolt's framework logger (once)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, WithoutUnhandledWarning) for f in logger.filters):
        logger.addFilter(WithoutUnhandledWarning())


def describe(body: dict[str, Any]) -> tuple[str, str]:
    """(who, what) of a Slack payload for the request log; never includes secrets."""
    if "command" in body:
        text = str(body.get("text", "")).strip().split(" ", 1)[0]
        return str(body.get("user_id", "")), f"command:{body['command']} {text}".strip()
    kind = str(body.get("type", ""))
    user = body.get("user")
    who = str(user.get("id", "")) if isinstance(user, dict) else ""
    if kind == "block_actions":
        actions = body.get("actions")
        first = actions[0] if isinstance(actions, list) and actions else {}
        action = first.get("action_id", "") if isinstance(first, dict) else ""
        return who, f"action:{action}"
    if kind in ("view_submission", "view_closed"):
        view = body.get("view")
        callback = view.get("callback_id", "") if isinstance(view, dict) else ""
        return who, f"{kind}:{callback}"
    if kind == "event_callback":
        event = body.get("event")
        event = event if isinstance(event, dict) else {}
        return str(event.get("user", "")), f"event:{event.get('type', '')}"
    return who, kind or "request"


def entry_for(req: AsyncBoltRequest) -> RequestLog:
    """The request's RequestLog, created on first use and kept in its context."""
    entry = req.context.get("request_log")
    if entry is None:
        who, what = describe(req.body)
        retry = (req.headers.get("x-slack-retry-num") or [None])[0]
        if retry:
            what += f" retry={retry}"
        entry = RequestLog(who, what)
        req.context["request_log"] = entry
    return entry
