"""uvicorn's HTTP/1.1 protocol with a deadline for receiving each request (slow clients).

uvicorn closes a connection idle between two requests (its keep-alive timeout) but waits
forever for a request that has started: a client that connects and sends nothing, or sends
half its headers, or a Content-Length and a few bytes of body, holds a connection (a file
descriptor) for as long as it likes. Enough of them (a slowloris) and the process has no
descriptor left to accept Slack's requests with. Slack sends a whole request at once, so a
request not fully received within `READ_DEADLINE_S` of its first byte (or of the connection
opening) is dropped: the connection is closed, with one rate-limited log line.

uvicorn also logs a warning of its own for every connection that sends garbage instead of HTTP
("Invalid HTTP request received.") or asks for a WebSocket upgrade: 300 such connections wrote
300 lines. `QuietProtocolErrors` sends them through the same rate-limited refusal line.
"""

from __future__ import annotations

import asyncio
import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.slack.request_log import REFUSALS

# Slack gives up on an answer after 3 s; a request that takes longer than this to arrive is
# not Slack's.
READ_DEADLINE_S = 10.0
_RECEIVING = (h11.IDLE, h11.SEND_BODY)
_PROTOCOL_ERRORS = (
    "Invalid HTTP request received",
    "Unsupported upgrade request",
    "No supported WebSocket library",
)


class QuietProtocolErrors(logging.Filter):
    """For uvicorn's error logger: its per-connection protocol warnings become one rate-limited
    refusal line (`REFUSALS`); everything else passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith(_PROTOCOL_ERRORS):
            return True
        if str(record.msg).startswith(_PROTOCOL_ERRORS[0]):
            REFUSALS.warning("who=- what=request decision=refused:400 (not HTTP)")
        return False


QUIET_PROTOCOL_ERRORS = QuietProtocolErrors()


class DeadlineH11Protocol(H11Protocol):
    """H11Protocol that closes a connection whose request is not received in time."""

    read_deadline_s = READ_DEADLINE_S
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        waiting_for_client = self.conn.their_state in _RECEIVING
        # Between two requests uvicorn's keep-alive timer is armed: that one closes idle
        # connections. Once bytes of the next request arrive it is cancelled, and ours runs.
        if waiting_for_client and self.timeout_keep_alive_task is None:
            self._arm()
        elif not waiting_for_client:
            self._disarm()

    def _arm(self) -> None:
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.read_deadline_s, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or self.conn.their_state not in _RECEIVING:
            return
        REFUSALS.warning("who=- what=request decision=dropped (request not received in time)")
        self.transport.close()
