"""Errors that carry meaning.

`UserFacingError` is a known refusal whose message is shown to the person as it is (short, no
traceback). A `ConfigError` is the operator's: the CLI prints it, a Slack user sees only that the
bot is not set up (no paths, variables or engine internals). Anything else is a bug or an
outage: it is logged with its traceback and the person sees a short generic message with a way
out (turning the request into a ticket). `words_for_person` is the one place that decides.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

log = logging.getLogger("datarequest.errors")

# Characters of a value a refusal echoes back ("There is no query named 'xx…'"): enough to
# recognise what was typed, and a 100 KB paste stays a one-line refusal.
ECHO_CHARS = 40


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis when it had to be cut."""
    text = str(text)
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + "…"


def echoed(value: object, limit: int = ECHO_CHARS) -> str:
    """`value` as a refusal shows what a person typed: quoted, cut to `limit` characters, and on
    one line (repr shows newlines, control and bidirectional characters as escapes)."""
    return repr(clip(str(value), limit))


def echoed_person(user_id: str) -> str:
    """A person named in a refusal: a Slack user id as a mention (`<@U…>`), anything else typed
    in its place (a CLI argument) as `echoed` shows it."""
    return f"<@{user_id}>" if re.fullmatch(r"[UW][A-Z0-9]{2,20}", user_id) else echoed(user_id)


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


def read_text_file(path: Path | str, what: str) -> str:
    """The UTF-8 text of the operator's file `path`, or a ConfigError naming `what` and the file:
    missing, a folder, unreadable, or saved in another encoding."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"Cannot read {what} {path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at "
            f"offset {exc.start}); save it as UTF-8"
        ) from None
    except OSError as exc:
        raise ConfigError(f"Cannot read {what} {path}: {exc.strerror or exc}") from None


GENERIC_FAILURE = (
    "Sorry, something went wrong on our side. The data team has been told; "
    "you can turn this request into a ticket so it is not lost."
)
NOT_SET_UP = (
    "Sorry, the bot is not set up to do this right now. The data team has been told; "
    "you can turn this request into a ticket so it is not lost."
)


def words_for_person(exc: BaseException) -> str:
    """What a person in Slack is told about `exc`; the operator's detail goes to the log."""
    if isinstance(exc, ConfigError):
        log.error("configuration problem: %s", exc.reason)
        return NOT_SET_UP
    if isinstance(exc, UserFacingError):
        return exc.reason
    log.error("unexpected error", exc_info=exc)
    return GENERIC_FAILURE
