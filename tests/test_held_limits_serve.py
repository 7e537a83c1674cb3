"""Issue 9's last limits of a held answer, through a real `serve` (SQLite and PostgreSQL, the
fake Slack on loopback): what a held row keeps of its files is capped (HELD_FILES_MAX_MB), and a held answer
Slack refuses until the outbox gives it up ends with its requester told once and its audit row
`undelivered`.

Settings as the seventh red team's storm test: runs of a request 0.1, 0.4, 1.6 s apart
(JOB_RETRY_AFTER_S=0.1); the outbox's lease 10 Web API timeouts (SLACK_TIMEOUT_S).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from sqlalchemy import create_engine, text
from test_slack_durable import ANSWERABLE, Serve, _key

STORM = 6  # 429s per post: one call with all of the client's retries (1 + 5)
EVERY_ORDER = "list every single order line"  # 10,000 rows: a CSV of about 290 KB


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


def _rows(url: str, sql: str, **binds: Any) -> list[Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as db:
            return list(db.execute(text(sql), binds))
    finally:
        engine.dispose()


def test_a_held_answer_keeps_no_file_past_the_cap_and_says_so_when_posted(
    tmp_path: Path, database: str
) -> None:
    """On main a held answer kept its CSV on its row whatever its size (base64, in the
    database). With HELD_FILES_MAX_MB=0.05 the 290 KB CSV is not kept; the answer, posted by
    the outbox once the storm is over, says in one line that it was too big and how to get it,
    and no file is uploaded."""
    from bot.slack.replay import MAX_ATTEMPTS

    runs = MAX_ATTEMPTS * STORM  # every try of every run of the request
    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path,
            fake.api_url,
            job_retry_after_s=0.1,
            slack_timeout_s=0.5,
            held_files_max_mb=0.05,
            database_url=database,
        )
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            fake.fail_next(runs, 429, method="chat.postMessage", retry_after=0)
            trigger = next_id("9811.")
            body = command_body(EVERY_ORDER, trigger_id=trigger, response_url=fake.response_url())
            assert post_signed(serve.base, body)[0] == 200
            wanted = f"cmd:{trigger}:1"
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                if any(_key(m) == wanted for m in fake.posted()):
                    break
                time.sleep(0.3)
            time.sleep(2)  # nothing more may follow
            lines = list(serve.lines)
        finally:
            serve.stop()
    keys = Counter(k for m in fake.posted() if (k := _key(m)))
    assert keys[wanted] == 1, keys
    (answer,) = [m for m in fake.posted() if _key(m) == wanted]
    said = json.dumps(answer["blocks"])
    assert "`every_order.csv` (" in answer["text"] and "too big to keep" in answer["text"]
    assert "datarequest ask every_order --format csv" in said
    assert not [u for u in fake.uploads.values() if u.get("channel")], "a file was uploaded"
    assert not [line for line in lines if line.startswith("Traceback")]
    ((kept,),) = _rows(database, "SELECT body FROM outbound_messages WHERE key = :k", k=wanted)
    assert "files" not in json.loads(kept)
    assert len(kept) < 50_000, f"the held row is {len(kept)} characters"


def test_the_cap_keeps_files_in_order_while_they_fit_and_names_the_others() -> None:
    from bot.settings import Settings
    from handlers.held_answer import too_big_line, with_line, within_cap

    csv, png = ("q.csv", b"x" * 6_000_000, "all rows"), ("q.png", b"p" * 40_000, "chart")
    cap = int(Settings().held_files_max_mb * 1_000_000)
    assert cap == 5_000_000
    assert within_cap([csv, png], cap) == ([png], [csv])
    assert within_cap([csv, png], 0) == ([], [csv, png])
    assert within_cap([png], cap) == ([png], [])
    line = too_big_line([csv, png], "q")
    assert line.startswith("`q.csv` (6.0 MB) and `q.png` (40 KB) were too big to keep")
    msg = with_line({"text": "Q: 3 rows", "blocks": [{"type": "section"}]}, line)
    assert msg["text"] == f"Q: 3 rows\n{line}"
    assert msg["blocks"][-1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": line}]}


def test_a_held_answer_slack_refuses_until_it_is_given_up_is_told_once_and_undelivered(
    tmp_path: Path, database: str
) -> None:
    """End to end: every post meets 429 (the four runs of the request, then every attempt of
    the outbox, with backoff) until the outbox gives the held answer up. The requester is told
    twice in all, each once: that the answer is kept, then that it could not be posted; the
    audit row is `undelivered`; nothing is posted. SLACK_TIMEOUT_S=0.1 makes the outbox's lease
    1 s, so its five attempts (1 + 2 + 4 + 8 leases apart) take about 15 s."""
    from bot.slack.outbox import held_line
    from scheduler.given_up import UNDELIVERED, gave_up_line, told_key

    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path,
            fake.api_url,
            job_retry_after_s=0.1,
            slack_timeout_s=0.1,
            database_url=database,
        )
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            fake.fail_next(100_000, 429, method="chat.postMessage", retry_after=0)
            trigger = next_id("9812.")
            body = command_body(ANSWERABLE, trigger_id=trigger, response_url=fake.response_url())
            sent_at = time.monotonic()
            assert post_signed(serve.base, body)[0] == 200
            wanted = f"cmd:{trigger}:1"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(fake.calls_to("response_url")) < 2:
                time.sleep(0.3)
            took = time.monotonic() - sent_at
            fake.recover()
            time.sleep(2)  # nothing more may follow
            lines = list(serve.lines)
        finally:
            serve.stop()
    told = [str(c.args.get("text")) for c in fake.calls_to("response_url")]
    assert told == [held_line("C0GENERAL1", None), gave_up_line(ANSWERABLE)], told
    assert took < 30, f"told {took:.1f} s after the command"
    assert not fake.calls_to("chat.postMessage"), "something was posted"
    assert not [line for line in lines if line.startswith("Traceback")]
    rows = dict(_rows(database, "SELECT key, status FROM outbound_messages"))
    ((body,),) = _rows(database, "SELECT body FROM outbound_messages WHERE key = :k", k=wanted)
    request_id = json.loads(body)["tell"]["request_id"]
    ((status,),) = _rows(database, "SELECT status FROM request_log WHERE id = :i", i=request_id)
    assert (rows[wanted], rows[told_key(wanted)]) == ("failed", "sent"), rows
    assert status == UNDELIVERED
