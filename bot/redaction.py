"""Secrets out of every text the bot writes: log lines, the audit trail, messages.

Two kinds of secret are replaced by `[redacted]`: the exact values this deployment knows to be
secret (its Slack bot token, signing secret and app token, its database password; registered
once with `remember` when the services are built) and anything shaped like one (a Slack token,
an AWS access key id, a private key block, a password inside a URL). `RedactingFilter` applies
it to every log record, message, arguments and traceback, in one place: the handler that
`bot.logconfig` installs.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

REDACTED = "[redacted]"
MIN_SECRET_LENGTH = 6  # shorter "secrets" would redact ordinary words

_SECRET_SHAPES = (
    re.compile(r"\bxox[abposre]-[A-Za-z0-9-]{6,}"),  # Slack bot / user / legacy tokens
    re.compile(r"\bxapp-[A-Za-z0-9-]{6,}"),  # Slack app-level tokens (Socket Mode)
    re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),  # AWS access key ids
    re.compile(
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.S
    ),
)
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@\s]+@", re.I)

_known: tuple[str, ...] = ()
_lock = threading.Lock()


def remember(secrets: Iterable[str]) -> None:
    """Add this deployment's secret values to those every text is cleaned of."""
    global _known
    with _lock:
        found = {*_known, *(s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH)}
        _known = tuple(sorted(found, key=len, reverse=True))  # longest first: no partial leftovers


def known_secrets() -> tuple[str, ...]:
    return _known


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret value (remembered or given) and secret shape replaced."""
    for secret in (*secrets, *_known):
        if secret and len(secret) >= MIN_SECRET_LENGTH and secret in text:
            text = text.replace(secret, REDACTED)
    for shape in _SECRET_SHAPES:
        text = shape.sub(REDACTED, text)
    return _URL_PASSWORD.sub(lambda m: m.group("head") + REDACTED + "@", text)


class RedactingFilter(logging.Filter):
    """Cleans a log record of secrets before any handler formats it (never drops a record)."""

    _traceback_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let logging report it as usual
            return True
        clean = redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._traceback_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
