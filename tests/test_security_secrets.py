"""Secrets never reach a log line (issue 9): the Slack bot token, signing secret and app token
and the database password are redacted by one filter on the product's log handler, in the
message, its arguments and its traceback; secret-shaped strings are redacted even when unknown.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body

from bot import redaction
from bot.logconfig import configure_logging
from bot.redaction import REDACTED, RedactingFilter, redact
from bot.services import build_services
from bot.settings import Settings
from bot.slack.redacting import clean

BOT_TOKEN = "xoxb-1111-2222-secretbottoken"
SIGNING_SECRET = "8f14e45fceea167a5a36dedd4bea2543"
APP_TOKEN = "xapp-1-A0APP-3333-secretapptoken"
DB_PASSWORD = "hunter2-database-pw"
SETTINGS = Settings(
    slack_bot_token=BOT_TOKEN,
    slack_signing_secret=SIGNING_SECRET,
    slack_app_token=APP_TOKEN,
    database_url=f"postgresql+psycopg://bot:{DB_PASSWORD}@db.internal:5432/datarequest",
)


@pytest.fixture
def remembered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This deployment's secrets registered, as build_services does (restored afterwards)."""
    monkeypatch.setattr(redaction, "_known", ())
    redaction.remember(SETTINGS.secrets)
    yield


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """A handler on a fresh logger with the filter, as `configure_logging` installs it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("datarequest.test_secrets")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield stream
    finally:
        logger.removeHandler(handler)


def test_every_configured_secret_is_known() -> None:
    assert set(SETTINGS.secrets) == {BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, DB_PASSWORD}


def test_messages_arguments_and_tracebacks_are_redacted(
    remembered: None, captured: io.StringIO
) -> None:
    log = logging.getLogger("datarequest.test_secrets")
    log.info("token %s signing %s", BOT_TOKEN, SIGNING_SECRET)
    log.warning(f"app token {APP_TOKEN} in an f-string")
    log.error("connect to %r", SETTINGS.database_url)
    try:
        raise RuntimeError(f"auth failed for password {DB_PASSWORD}")
    except RuntimeError:
        log.exception("database down")
    out = captured.getvalue()
    for secret in (BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, DB_PASSWORD):
        assert secret not in out, secret
    assert out.count(REDACTED) >= 5
    assert "database down" in out and "RuntimeError: auth failed for password" in out


def test_secret_shapes_are_redacted_even_when_not_configured(captured: io.StringIO) -> None:
    log = logging.getLogger("datarequest.test_secrets")
    log.warning("someone pasted xoxb-9999-8888-notourstoken and AKIAABCDEFGHIJKLMNOP")
    log.warning("url postgresql://u:topsecret@h/db")
    out = captured.getvalue()
    assert "xoxb-9999" not in out and "AKIAABCDEFGHIJKLMNOP" not in out and "topsecret" not in out


def test_a_record_with_a_bad_format_string_is_still_logged(captured: io.StringIO) -> None:
    log = logging.getLogger("datarequest.test_secrets")
    record = log.makeRecord(log.name, logging.INFO, __file__, 1, "%s %s", ("one",), None)
    assert RedactingFilter().filter(record) is True


def test_configure_logging_installs_the_filter_once() -> None:
    configure_logging("DEBUG")
    configure_logging("WARNING")
    ours = [h for h in logging.getLogger().handlers if h.get_name() == "datarequest"]
    assert len(ours) == 1
    assert sum(isinstance(f, RedactingFilter) for f in ours[0].filters) == 1


def test_build_services_remembers_the_deployment_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(redaction, "_known", ())
    settings = app_settings(tmp_path, "http://127.0.0.1:9/api/", slack_app_token=APP_TOKEN)
    services = build_services(settings)
    try:
        text = f"{settings.slack_bot_token} {settings.slack_signing_secret} {APP_TOKEN}"
        assert redact(text) == f"{REDACTED} {REDACTED} {REDACTED}"
    finally:
        services.close()


def test_short_values_are_not_treated_as_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redaction, "_known", ())
    redaction.remember(["abc", ""])
    assert redact("abc def") == "abc def"


# ---- messages: nothing the bot sends to Slack holds a secret --------------------------------------


def test_no_message_sent_to_slack_holds_a_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person pastes the signing secret and a token into a request: the triage post, the
    ticket's thread note and the reply to the person carry `[redacted]` instead."""
    monkeypatch.setattr(redaction, "_known", ())
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        with AppServer(settings) as app:
            text = f"dashboard for {settings.slack_signing_secret} and {settings.slack_bot_token}"
            assert app.post(command_body(text))[0] == 200
            fake.wait_for("chat.postMessage", lambda a: a.get("channel") == "C0TRIAGE01")
            app.drain()
        sent = [c for c in fake.calls if c.method != "auth.test"]
    assert sent
    bodies = json.dumps([c.args for c in sent])
    assert settings.slack_signing_secret not in bodies
    assert settings.slack_bot_token not in bodies
    assert REDACTED in bodies
    auth = {c.headers.get("Authorization") or c.headers.get("authorization") for c in sent}
    assert f"Bearer {settings.slack_bot_token}" in auth  # the call itself still authenticates


def test_the_clients_redact_what_they_send_but_not_their_own_token() -> None:
    payload = {"token": BOT_TOKEN, "text": f"x {BOT_TOKEN}", "blocks": [{"text": APP_TOKEN}]}
    assert clean(payload) == {
        "token": BOT_TOKEN,
        "text": f"x {REDACTED}",
        "blocks": [{"text": REDACTED}],
    }


# ---- credentials the settings do not hold (red team, issue 9) -------------------------------

AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_SESSION = "FwoGZXIvYXdzEXAMPLE//////////wEaDSESSION"


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Nothing remembered yet, the environment not read yet (restored afterwards)."""
    monkeypatch.setattr(redaction, "_known", ())
    monkeypatch.setattr(redaction, "_environment_read", False, raising=False)
    yield monkeypatch


def test_credentials_in_the_environment_are_redacted(fresh: pytest.MonkeyPatch) -> None:
    fresh.setenv("AWS_SECRET_ACCESS_KEY", AWS_SECRET)
    fresh.setenv("AWS_SESSION_TOKEN", AWS_SESSION)
    fresh.setenv("PGPASSWORD", "pg-Pass-9876")
    fresh.setenv("WAREHOUSE_DSN", "postgresql://reader:Dsn%2FSecret1@db/wh")
    fresh.setenv("SLACK_TOKEN_ROTATION", "disabled")  # a flag, not a credential
    fresh.setenv("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/secrets/token")  # names a file
    redaction.remember(SETTINGS.secrets)
    text = (
        f"boto said: key {AWS_SECRET} session {AWS_SESSION} pg pg-Pass-9876 dsn Dsn/Secret1; "
        "rotation disabled, token in /var/run/secrets/token"
    )
    clean_text = redact(text)
    for secret in (AWS_SECRET, AWS_SESSION, "pg-Pass-9876", "Dsn/Secret1", "Dsn%2FSecret1"):
        assert secret not in clean_text
    assert "rotation disabled" in clean_text and "/var/run/secrets/token" in clean_text


def test_a_known_secret_is_found_once_escaped_for_slack_or_json(fresh: pytest.MonkeyPatch) -> None:
    password = 'p&ss<w>rd"42'
    settings = Settings(database_url=f"postgresql://bot:{password}@db/x", slack_bot_token=BOT_TOKEN)
    redaction.remember(settings.secrets)
    slack_escaped = 'p&amp;ss&lt;w&gt;rd"42'
    for text in (slack_escaped, json.dumps({"error": password}), json.dumps([slack_escaped])):
        cleaned = clean({"text": f"failed: {text}", "blocks": [{"text": text}]})
        assert "ss&lt;w&gt;rd" not in json.dumps(cleaned) and "ss<w>rd" not in json.dumps(cleaned)
        assert REDACTED in cleaned["text"]


def test_the_warehouse_engines_passwords_are_secrets_too(fresh: pytest.MonkeyPatch) -> None:
    from bot.engines.registry import EngineRegistry

    fresh.delenv("ENGINE_WH_URL", raising=False)
    registry = EngineRegistry(
        Settings(engine_urls=("wh=postgresql+psycopg://reader:Wh%40reh0use@db.internal/wh",))
    )
    try:
        said = redact("psycopg: password Wh@reh0use for reader rejected (Wh%40reh0use)")
    finally:
        registry.close()
    assert "reh0use" not in said
