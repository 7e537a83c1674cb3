"""`datarequest serve` as deployed: start-up checks, and the two-process app over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from fake_slack import FakeSlack
from slack_helpers import (
    action_from_message,
    app_settings,
    block_actions_body,
    command_body,
    post_signed,
)

from bot.slack.process import settings_env

CLI = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]


def _env(settings, **extra: str) -> dict[str, str]:  # noqa: ANN001
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(settings_env(settings))
    env.update(extra)
    return env


def test_missing_or_wrong_token_stops_start_up(tmp_path: Path) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        env = _env(settings)
        env.pop("SLACK_BOT_TOKEN")
        out = subprocess.run(
            [*CLI, "serve"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
        )
        assert out.returncode == 1 and "SLACK_BOT_TOKEN is not set" in out.stderr
        env = _env(settings)
        env.pop("SLACK_SIGNING_SECRET")
        out = subprocess.run(
            [*CLI, "serve"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
        )
        assert out.returncode == 1 and "SLACK_SIGNING_SECRET is not set" in out.stderr
        env = _env(settings, SLACK_BOT_TOKEN="xoxb-wrong")
        out = subprocess.run(
            [*CLI, "serve"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
        )
        assert out.returncode == 1 and "refused by Slack (invalid_auth)" in out.stderr
        assert "xoxb-wrong" not in out.stderr


def test_serve_acks_and_its_jobs_process_answers(tmp_path: Path, short_tmp: Path) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        tmpdir = short_tmp  # where the jobs process's socket folder is made
        proc = subprocess.Popen(
            [*CLI, "serve", "--port", str(port), "--host", "127.0.0.1"],
            env=_env(settings, TMPDIR=str(tmpdir)),
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                try:
                    with urllib.request.urlopen(base + "/healthz", timeout=2) as r:  # noqa: S310
                        assert r.read().startswith(b"ok")
                        break
                except OSError:
                    assert proc.poll() is None, proc.stderr.read()
                    assert time.monotonic() < deadline, "serve did not come up"
                    time.sleep(0.2)
            status, body, _ = post_signed(base, command_body("revenue by region in October 2026"))
            assert status == 200 and "Working on it" in body
            status, _, _ = post_signed(base, command_body("please build a churn dashboard"))
            assert status == 200
            call = fake.wait_for(
                "chat.postMessage", lambda a: a["text"].startswith("Revenue by region"), timeout=30
            )
            assert any(b["type"] == "table" for b in call[0].args["blocks"])
            fake.wait_for("chat.postMessage", lambda a: a["channel"] == "C0TRIAGE01", timeout=30)
            assert post_signed(base, command_body("help"), secret="wrong")[0] == 401
            # A modal opens from the front process (within Slack's 3 s for the trigger).
            message = fake.messages[("C0GENERAL1", call[0].response["ts"])]
            click = block_actions_body(
                action_from_message(message, "change_params"), message=message
            )
            assert post_signed(base, click)[0] == 200
            view = fake.wait_for("views.open", timeout=30)[0].args["view"]
            assert view["callback_id"] == "params_modal"
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                _, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                _, err = proc.communicate(timeout=10)
        # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit status shows it.
        assert proc.returncode in (0, -signal.SIGTERM), err
        assert "jobs process stops" not in err  # it was stopped by the front, not orphaned
        assert (
            "who=U0REQ00001 what=command:/datarequest revenue decision=answered:revenue_by_region"
            in err
        )
        assert "decision=refused:401" in err
        assert settings.slack_signing_secret not in err and "xoxb-" not in err
        assert list(tmpdir.iterdir()) == []  # no /tmp/datarequest-jobs-* left behind


def test_manifest_declares_what_the_app_listens_to() -> None:
    import yaml

    from bot.settings import REPO_ROOT

    manifest = yaml.safe_load((REPO_ROOT / "slack_manifest.yaml").read_text())
    features, settings_ = manifest["features"], manifest["settings"]
    assert [c["command"] for c in features["slash_commands"]] == ["/datarequest"]
    assert features["app_home"]["home_tab_enabled"] and settings_["interactivity"]["is_enabled"]
    events = set(settings_["event_subscriptions"]["bot_events"])
    assert {"app_home_opened", "message.channels"} <= events
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "im:write", "files:write", "channels:history"} <= scopes


def test_jobs_process_stops_and_cleans_up_when_the_front_is_killed(
    tmp_path: Path, short_tmp: Path
) -> None:
    import re
    import threading

    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        tmpdir = short_tmp
        proc = subprocess.Popen(
            [*CLI, "serve", "--port", str(port), "--host", "127.0.0.1"],
            env=_env(settings, TMPDIR=str(tmpdir)),
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            text=True,
        )
        found = threading.Event()
        child: list[int] = []

        def read() -> None:
            assert proc.stderr is not None
            for line in proc.stderr:
                m = re.search(r"jobs process (\d+) listening", line)
                if m:
                    child.append(int(m.group(1)))
                    found.set()

        threading.Thread(target=read, daemon=True).start()
        try:
            assert found.wait(90), "the jobs process did not start"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            deadline = time.monotonic() + 30
            while list(tmpdir.iterdir()):  # the jobs process notices, stops and cleans up
                assert time.monotonic() < deadline, list(tmpdir.rglob("*"))
                time.sleep(0.1)
            with_pid = Path(f"/proc/{child[0]}")
            while with_pid.exists() and "Z" not in _state(with_pid):
                assert time.monotonic() < deadline, "the jobs process outlived the front"
                time.sleep(0.1)
        finally:
            if proc.poll() is None:
                proc.kill()


def _state(proc_dir: Path) -> str:
    try:
        return (proc_dir / "stat").read_text().split(") ", 1)[1][:1]
    except (OSError, IndexError):
        return "Z"
