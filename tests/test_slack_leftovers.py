"""Issue 9's leftovers at the running app: what an unauthenticated client learns from
`/healthz`, and a form Slack refuses to open. Driven over HTTP on loopback with the fake Slack
Web API, as Slack drives the app."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body


@pytest.fixture
def fake() -> Any:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Any:
    with AppServer(app_settings(tmp_path, fake.api_url)) as server:
        yield server


def _healthz(app: AppServer) -> bytes:
    with urllib.request.urlopen(app.base_url + "/healthz", timeout=5) as response:  # noqa: S310
        assert response.status == 200
        return bytes(response.read())


def test_healthz_tells_anyone_only_that_the_process_is_alive(app: AppServer) -> None:
    """It answered `ok pending=N` to anyone: how busy the bot is, unauthenticated."""
    assert _healthz(app) == b"ok"
    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    assert _healthz(app) == b"ok"
    app.drain()
    assert _healthz(app) == b"ok"
