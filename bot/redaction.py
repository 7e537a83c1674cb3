"""Secrets out of every text the bot writes: log lines, the audit trail, messages.

Two kinds of secret are replaced by `[redacted]`: the exact values this deployment knows to be
secret (its Slack bot token, signing secret and app token, its database password, registered
with `remember` when the services are built; the passwords of its warehouse engines' URLs,
registered by the engine registry; and the process environment's secret-named variables such as
AWS_SECRET_ACCESS_KEY, read at the first `remember`) and anything shaped like one (a Slack token,
an AWS access key id, a private key block, a password inside a URL). A known value is also
found as Slack's message escaping (`&amp;`, `&lt;`, `&gt;`) and JSON's string escaping write it. `RedactingFilter` applies
it to every log record, message, arguments and traceback, in one place: the handler that
`bot.logconfig` installs.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Mapping
from urllib.parse import unquote

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
# Environment variables whose value is a credential (AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
# PGPASSWORD, SLACK_CLIENT_SECRET, …); one that names a file or folder holding it is not one.
_SECRET_VARIABLE = re.compile(
    r"(?:SECRET|PASSWORD|PASSWD|TOKEN|ACCESS_KEY|API_KEY|PRIVATE_KEY)(?:_|$)", re.I
)
_NOT_A_VALUE = re.compile(r"_(?:FILE|PATH|DIR|TTL|EXPIRATION|ENABLED)$", re.I)
_URL_CREDENTIALS = re.compile(r"[a-z][a-z0-9+.-]*://[^\s/@:]*:(?P<password>[^\s/]*)@", re.I)
MIN_VARIABLE_SECRET_LENGTH = 8
_FLAG_WORDS = frozenset({"disabled", "required", "optional", "internal", "external"})

_known: tuple[str, ...] = ()
_environment_read = False
_lock = threading.Lock()


def url_passwords(urls: Iterable[str]) -> set[str]:
    """The passwords inside database or service URLs, as written and percent-decoded."""
    found: set[str] = set()
    for url in urls:
        for m in _URL_CREDENTIALS.finditer(url or ""):
            found |= {m.group("password"), unquote(m.group("password"))}
    return {p for p in found if p}


def environment_secrets(env: Mapping[str, str]) -> set[str]:
    """Credentials in environment variables: secret-named values and passwords inside URLs."""
    found = url_passwords(env.values())
    for name, value in env.items():
        if (
            _SECRET_VARIABLE.search(name)
            and not _NOT_A_VALUE.search(name)
            and len(value) >= MIN_VARIABLE_SECRET_LENGTH  # a flag ("true", "1") is no credential
            and value.lower() not in _FLAG_WORDS
        ):
            found.add(value)
    return found


def _written_forms(secret: str) -> set[str]:
    """`secret` and how it reads once escaped for a Slack message or inside a JSON string."""
    slack = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return {
        form
        for text in (secret, slack)
        for form in (text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1])
    }


def remember(secrets: Iterable[str]) -> None:
    """Add this deployment's secret values to those every text is cleaned of.

    The first call also takes the process environment's credentials (`environment_secrets`).
    """
    global _known, _environment_read
    with _lock:
        given = set(secrets)
        if not _environment_read:
            given |= environment_secrets(os.environ)
            _environment_read = True
        forms = {f for s in given if s and len(s) >= MIN_SECRET_LENGTH for f in _written_forms(s)}
        found = {*_known, *forms}
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
