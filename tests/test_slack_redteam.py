"""Red-team probes at the running app's Slack edge (issue 9), kept as cheap regression tests.

Each test drives the real app over signed HTTP on loopback with the fake Slack Web API and
asserts what a hostile or faulty Slack would get: a 4xx or a one-line reply, never a 5xx, a
traceback, a flood of log, or a second post.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    app_settings,
    block_actions_body,
    command_body,
    next_id,
    post_raw,
    sign,
)

from bot.slack.rendering.results import MAX_REQUEST_CHARS


@pytest.fixture
def fake() -> Any:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Any:
    with AppServer(app_settings(tmp_path, fake.api_url)) as server:
        yield server


def _json_post(app: AppServer, payload: dict[str, Any]) -> int:
    body = json.dumps(payload)
    return post_raw(
        app.base_url, body.encode(), {"Content-Type": "application/json", **sign(body)}
    )[0]


def test_a_command_with_a_field_that_is_not_text_is_refused_400(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """Slack form-encodes commands; a JSON command with a number for its channel or a list for
    its trigger_id used to reach the answering code and end in a traceback."""
    caplog.set_level(logging.WARNING)
    fields = {k: v[0] for k, v in parse_qs(command_body("revenue by region last month")).items()}
    for name, value in (("channel_id", 5), ("trigger_id", [1]), ("response_url", True)):
        assert _json_post(app, {**fields, "trigger_id": next_id("9."), name: value}) == 400, name
    app.drain()
    assert not [r for r in caplog.records if r.exc_info], caplog.text
    assert not fake.calls_to("chat.postMessage")


def test_a_body_over_a_megabyte_gets_413_and_a_long_request_one_line(
    app: AppServer, fake: FakeSlack
) -> None:
    huge = command_body("revenue by region " + "x " * 600_000)
    assert app.post(huge)[0] == 413
    status, body, _ = app.post(command_body("revenue by region " + "x" * MAX_REQUEST_CHARS))
    assert status == 200 and "too long" in json.loads(body)["text"]
    app.drain()
    assert not fake.calls_to("chat.postMessage")  # refused at the ack, never matched


def test_requests_no_listener_wants_are_one_short_log_line(
    app: AppServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Bolt's own warning is ten lines with the payload; an action_id can forge log lines."""
    caplog.set_level(logging.INFO)
    forged = "zzz\nwho=U0ADMIN decision=acked " + "y" * 5000
    bodies = [
        block_actions_body({"action_id": forged, "type": "button"}),
        urlencode({"payload": json.dumps({"type": "shortcut", "callback_id": "x", "user": {"id": "U1"}})}),
        command_body("help", command="/other"),
    ]  # fmt: skip
    for body in bodies * 20:
        assert app.post(body)[0] == 404
    text = caplog.text
    assert "Unhandled request" not in text and "\nwho=U0ADMIN" not in text
    assert all(len(r.getMessage()) < 300 for r in caplog.records)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) <= 3
