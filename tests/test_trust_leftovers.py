"""Issue 9's leftovers of RELIABILITY.md sections 15-16, at the running app: a request naming
another app, a store that cannot be written. Driven over HTTP on loopback with the fake Slack
Web API, as Slack drives the app."""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    app_home_opened,
    app_settings,
    block_actions_body,
    command_body,
    sign,
)

from bot.slack.rendering import results as rr

OWN_APP = "A0APP00001"  # what slack_helpers' payloads name
OTHER_APP = "A0OTHER0001"


@pytest.fixture
def fake() -> Any:
    with FakeSlack() as server:
        yield server


def _for_other_app(body: str) -> str:
    assert OWN_APP in body
    return body.replace(OWN_APP, OTHER_APP)


def _post(app: AppServer, body: str) -> tuple[int, dict[str, str]]:
    """(status, response headers) of `body` signed with the app's secret."""
    kind = "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
    req = urllib.request.Request(
        app.base_url + "/slack/events",
        data=body.encode(),
        headers={"Content-Type": kind, **sign(body)},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 (loopback)
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}


# ---- 1. a payload naming another api_app_id ----------------------------------------------------


def test_a_request_for_another_app_is_refused_when_slack_app_id_is_set(
    tmp_path: Path, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """On main a command, a click and an event of another app, signed with this app's secret,
    were handled as this app's (answered, a result posted)."""
    from bot.slack import app_id

    app_id.OTHER_APP._next = 0.0  # a line of an earlier test must not hold this one's
    settings = app_settings(tmp_path, fake.api_url, slack_app_id=OWN_APP)
    with AppServer(settings) as app, caplog.at_level(logging.WARNING):
        assert _post(app, command_body("revenue by region last month"))[0] == 200
        app.drain()
        (result,) = [m for m in fake.posted() if str(m.get("text", "")).startswith("Revenue")]
        calls_before = len(fake.calls)
        click = block_actions_body(
            action_from_message(result, rr.DOWNLOAD_CSV),
            message=result,
            response_url=fake.response_url(),
        )
        others = [
            _for_other_app(command_body("revenue by region last month")),
            _for_other_app(click),
            _for_other_app(app_home_opened("U0REQ00001")),
        ]
        answers = [_post(app, body) for body in others]
        app.drain()
    assert [status for status, _ in answers] == [403, 403, 403]
    assert all(headers.get("x-slack-no-retry") == "1" for _, headers in answers)
    assert len(fake.calls) == calls_before, [c.method for c in fake.calls[calls_before:]]
    lines = [r.getMessage() for r in caplog.records if OTHER_APP in r.getMessage()]
    assert len(lines) == 1, lines  # rate limited: one line for the three
    assert "refused:403" in lines[0]


def test_without_slack_app_id_a_request_for_another_app_is_taken_as_before(
    tmp_path: Path, fake: FakeSlack
) -> None:
    with AppServer(app_settings(tmp_path, fake.api_url)) as app:
        assert _post(app, _for_other_app(command_body("revenue by region last month")))[0] == 200
        app.drain()
    assert [m for m in fake.posted() if str(m.get("text", "")).startswith("Revenue")]


def test_url_verification_names_no_app_and_is_answered(tmp_path: Path, fake: FakeSlack) -> None:
    import json

    settings = app_settings(tmp_path, fake.api_url, slack_app_id=OWN_APP)
    body = json.dumps({"token": "t", "challenge": "c-123", "type": "url_verification"})
    with AppServer(settings) as app:
        status, text, _ = app.post(body)
    assert status == 200
    assert "c-123" in text


def test_a_slack_app_id_that_is_not_one_is_refused_in_one_line() -> None:
    from bot.errors import ConfigError
    from bot.settings import load_settings

    with pytest.raises(ConfigError, match="SLACK_APP_ID"):
        load_settings(env={"SLACK_APP_ID": "xoxb-not-an-id"}, dotenv_path=Path("/nonexistent"))
    assert (
        load_settings(env={"SLACK_APP_ID": OWN_APP}, dotenv_path=Path("/nonexistent")).slack_app_id
        == OWN_APP
    )
