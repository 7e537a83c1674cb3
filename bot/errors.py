"""Errors that carry meaning.

`UserFacingError` is a known refusal whose message is shown to the person as it is (short, no
traceback). Anything else is a bug or an outage: it is logged with its traceback and the person
sees a short generic message with a way out (turning the request into a ticket).
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A known business reason; `str(err)` is safe and useful to show to a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ConfigError(UserFacingError):
    """A configuration file or setting is wrong; the message names the file:line or key."""


class NotFound(UserFacingError):
    """The thing asked for does not exist (a ticket, a query, a schedule)."""


class Forbidden(UserFacingError):
    """The person may not do this (claim without being on the team, cancel another's ticket)."""


class InvalidTransition(UserFacingError):
    """A ticket cannot move from its current state by this action."""


class QueryFailed(UserFacingError):
    """A query failed or timed out; the message is short, the detail is in the log."""


GENERIC_FAILURE = (
    "Sorry, something went wrong on our side. The data team has been told; "
    "you can turn this request into a ticket so it is not lost."
)
