"""Socket Mode start-up: no signing secret needed, and a refused app token stops in one line."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, stop_runtime

from bot.errors import ConfigError
from bot.slack.app import create_app, runtime_of
from bot.slack.http import asgi_app
from bot.slack.process import settings_env
from bot.slack.socket_mode import serve_socket_mode

CLI = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]


def test_socket_mode_app_needs_no_signing_secret_and_a_refused_token_stops_once(
    tmp_path: Path,
) -> None:
    with FakeSlack() as fake:  # no socket_url: apps.connections.open answers invalid_auth
        app = create_app(app_settings(tmp_path, fake.api_url, slack_signing_secret=""))
        try:
            with pytest.raises(ConfigError) as refused:
                asyncio.run(serve_socket_mode(app, "xapp-1-refused"))
            message = str(refused.value)
            assert "Slack refused SLACK_APP_TOKEN (invalid_auth)" in message
            assert "\n" not in message and "xapp-1-refused" not in message
            assert len(fake.calls_to("apps.connections.open", ok_only=False)) == 1  # not retried
        finally:
            stop_runtime(runtime_of(app))


def test_http_mode_still_refuses_to_serve_without_a_signing_secret(tmp_path: Path) -> None:
    with FakeSlack() as fake:
        app = create_app(app_settings(tmp_path, fake.api_url, slack_signing_secret=""))
        try:
            with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET is not set"):
                asgi_app(app)
        finally:
            stop_runtime(runtime_of(app))


def test_serve_in_socket_mode_with_a_refused_app_token_prints_one_line(tmp_path: Path) -> None:
    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path, fake.api_url, slack_signing_secret="", slack_app_token="xapp-1-refused"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(settings_env(settings))
        env.pop("SLACK_SIGNING_SECRET", None)
        how = {"env": env, "capture_output": True, "text": True, "timeout": 90, "cwd": tmp_path}
        out = subprocess.run([*CLI, "serve", "--single-process"], **how)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    assert "SLACK_SIGNING_SECRET" not in out.stderr
    errors = [line for line in out.stderr.splitlines() if "SLACK_APP_TOKEN" in line]
    assert len(errors) == 1 and "Slack refused SLACK_APP_TOKEN (invalid_auth)" in errors[0]
