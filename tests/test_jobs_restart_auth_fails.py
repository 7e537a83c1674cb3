"""A restarted jobs process whose first auth.test fails keeps the stored requests (§32).

A real `serve` (front and jobs process) and a fake Slack. The jobs process is killed with
SIGKILL (after a first request, so the front has its auth.test); the front restarts it. Its first auth.test (made for the first stored request it runs)
meets Slack failing: HTTP 500 on every try of the client's retry budget, or no answer within
SLACK_TIMEOUT_S. The request was acked by the front long before, so it must not end
`refused:401` (nobody would answer it): it runs once Slack is back, and is answered once.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from chaos import key_of
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import Serve

ANSWERABLE = "revenue by region in October 2026"
TRIES = 5  # the client's budget: one try and four retries (bot.slack.client.RetryPolicy)


@pytest.mark.timeout(240)
def test_a_failed_first_auth_test_after_a_restart_refuses_nothing(
    tmp_path: Path, short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    database = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    keys = []
    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path,
            fake.api_url,
            database_url=database,
            slack_timeout_s=1.0,
            job_retry_after_s=1.0,
        )
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            # The front and the first jobs process make their auth.test with a first request.
            warm = next_id("7400.")
            assert post_signed(serve.base, command_body(ANSWERABLE, trigger_id=warm))[0] == 200
            _wait_answered(fake, f"cmd:{warm}:1", serve)
            for fault in ("500", "timeout"):  # one serve, its jobs process killed twice
                jobs = int(serve.wait_for_line(r"jobs process (\d+) (listening|started)")[1])
                os.kill(jobs, signal.SIGKILL)
                serve.wait_for_line(rf"jobs process {jobs} died")
                serve.wait_for_line(rf"jobs process (?!{jobs} )\d+ started")  # another one
                if fault == "500":
                    fake.fail_next(TRIES, 500, method="auth.test")
                else:
                    fake.stall_next(TRIES, "auth.test", 1.5)  # past SLACK_TIMEOUT_S of 1 s
                trigger = next_id("7401.")
                body = command_body(ANSWERABLE, trigger_id=trigger)
                assert post_signed(serve.base, body)[0] == 200  # the front acks: it is stored
                keys.append(f"cmd:{trigger}:1")
                _wait_answered(fake, keys[-1], serve)
            time.sleep(1)  # a second answer would come with the same run
        finally:
            serve.stop()
    answers = Counter(key_of(m) for m in fake.posted())
    assert [answers[key] for key in keys] == [1, 1], answers
    assert len(fake.calls_to("auth.test", ok_only=False)) >= 2 * TRIES  # each fault was met
    engine = sa.create_engine(database)
    with engine.connect() as conn:
        decisions = conn.scalars(sa.text("SELECT decision FROM slack_intake")).all()
    engine.dispose()
    assert not [d for d in decisions if str(d).startswith("refused")], decisions


def _wait_answered(fake: FakeSlack, key: str, serve: Serve) -> None:
    deadline = time.monotonic() + 120
    while not Counter(key_of(m) for m in fake.posted())[key]:
        assert time.monotonic() < deadline, "".join(serve.lines)
        time.sleep(0.2)
