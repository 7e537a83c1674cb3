"""Issue 9's leftovers of RELIABILITY.md sections 15-16, at the running app: a request naming
another app, a store that cannot be written. Driven over HTTP on loopback with the fake Slack
Web API, as Slack drives the app."""

from __future__ import annotations

import contextlib
import json
import logging
import subprocess
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    app_home_opened,
    app_settings,
    block_actions_body,
    command_body,
    next_id,
    post_signed,
    sign,
)
from test_slack_durable import ANSWERABLE, Serve, _key

from bot.slack.rendering import results as rr

OWN_APP = "A0APP00001"  # what slack_helpers' payloads name
OTHER_APP = "A0OTHER0001"


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


# ---- 2. a store that cannot be written --------------------------------------------------------
# The tests run as root, where `chmod` stops no write. An immutable file (`chattr +i`) refuses
# writes to everyone: the SQLite file at open (SQLite opens it read-only: "attempt to write a
# readonly database"), and its WAL under a running process (its next write: "disk I/O error",
# what a full disk gives). The shared-memory file is never made immutable (SQLite maps it: a
# write there would be a SIGBUS, not a refused write).


@contextlib.contextmanager
def _immutable(*paths: Path) -> Iterator[None]:
    names = [str(p) for p in paths if p.exists()]
    done = subprocess.run(["chattr", "+i", *names], capture_output=True, check=False)
    if done.returncode != 0:
        # Never a skip: a store that cannot be written is a guarantee the suite must prove here.
        pytest.fail(f"chattr +i is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *names], check=True)


def _migrated(settings: Any) -> Path:
    from bot.db.session import upgrade

    upgrade(settings.database_url)
    return Path(settings.database_url.removeprefix("sqlite:///"))


def test_serve_on_a_store_it_cannot_write_stops_in_one_line(tmp_path: Path) -> None:
    """On main `serve` started on a read-only SQLite file and answered every request 503."""
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        database = _migrated(settings)
        with _immutable(database):
            serve = Serve(tmp_path, settings)
            try:
                code = serve.proc.wait(timeout=60)
            finally:
                serve.stop()
            serve.wait_for_line(r"cannot be written", timeout=5)
    assert code == 1
    said = [line for line in serve.lines if "cannot be written" in line]
    assert len(said) == 1
    assert "attempt to write a readonly database" in said[0]
    assert "the SQLite file and its folder must be writable" in said[0]
    assert not [line for line in serve.lines if line.startswith("Traceback")]


def test_requests_while_the_store_cannot_be_written_get_503_then_are_answered(
    tmp_path: Path,
) -> None:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url)
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            database = Path(settings.database_url.removeprefix("sqlite:///"))
            with _immutable(database, Path(f"{database}-wal")):
                refused = [
                    post_signed(serve.base, command_body(ANSWERABLE))[0],
                    post_signed(serve.base, app_home_opened("U0REQ00001"))[0],
                ]
            trigger = next_id("9801.")
            taken = post_signed(serve.base, command_body(ANSWERABLE, trigger_id=trigger))[0]
            fake.wait_for(
                "chat.postMessage",
                lambda args: f"cmd:{trigger}" in json.dumps(args.get("metadata") or {}),
                timeout=60,
            )
            lines = list(serve.lines)
        finally:
            serve.stop()
    assert refused == [503, 503]
    assert taken == 200
    assert not [line for line in lines if line.startswith("Traceback")]
    # Section 16's setting: unset here, and said once at start-up.
    assert len([line for line in lines if "SLACK_APP_ID is not set" in line]) == 1


def test_the_cli_says_in_one_line_that_the_store_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On main `tickets list` said nothing, and `tickets create` failed at its write."""
    from bot.cli import main
    from bot.cli.doctor import FAIL, database_check
    from bot.settings import load_settings

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    database = _migrated(
        app_settings(
            tmp_path,
            "http://127.0.0.1:9/api/",
            database_url=f"sqlite:///{tmp_path / 'datarequest.sqlite3'}",
        )
    )
    with _immutable(database):
        listed = main(["tickets", "list"])
        list_err = capsys.readouterr().err.splitlines()
        created = main(["tickets", "create", "--as", "U0REQ00001", "a churn dashboard"])
        create_err = capsys.readouterr().err.splitlines()
        doctor = database_check(load_settings())
    assert listed == 0
    assert len(list_err) == 1 and list_err[0].startswith("warning: "), list_err
    assert "cannot be written: attempt to write a readonly database" in list_err[0]
    assert created == 1
    assert create_err[0] == list_err[0]
    assert len(create_err) == 2 and "readonly" in create_err[1]
    assert doctor.status == FAIL and "cannot be written" in doctor.detail, doctor


# ---- 4. a ticket change's thread note and DM that Slack did not take --------------------------

STORM = 6  # 429s for one call with all of the client's retries (1 + 5)


def test_a_ticket_changes_note_and_dm_still_rate_limited_are_sent_once_later(
    tmp_path: Path,
) -> None:
    """On main a Claim's thread note and the requester's DM, still rate limited after the
    client's retries (or timed out and not in the history yet), were left to a later run of the
    click that never comes (its decision is `claimed`, not `post_failed`): never sent. Now the
    outbox holds each under its key and sends it once Slack takes posts again."""
    from bot.slack.rendering import tickets as tr

    with FakeSlack() as fake:
        settings = app_settings(
            tmp_path, fake.api_url, slack_timeout_s=0.5, job_retry_after_s=0.5
        )  # the outbox's lease 5 s, a pass every 0.5 s
        serve = Serve(tmp_path, settings)
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            assert post_signed(serve.base, command_body("please build a churn dashboard"))[0] == 200
            # The requester's reply follows the triage post's reference being stored.
            fake.wait_for(
                "chat.postMessage", lambda a: a.get("channel") == "C0GENERAL1", timeout=60
            )
            triage = next(m for (channel, _), m in fake.messages.items() if channel == "C0TRIAGE01")

            def telling(args: dict[str, Any]) -> bool:
                return "tell:" in json.dumps(args.get("metadata") or "")

            fake.fail_next(2 * STORM, 429, method="chat.postMessage", where=telling, retry_after=0)
            click = block_actions_body(
                action_from_message(triage, tr.CLAIM),
                user_id="U0TEAM0001",
                channel_id="C0TRIAGE01",
                message=triage,
            )
            assert post_signed(serve.base, click)[0] == 200
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                told = [k for m in fake.posted() if (k := _key(m) or "").startswith("tell:")]
                if len(told) >= 2:
                    break
                time.sleep(0.3)
            time.sleep(2)  # nothing more may follow
            lines = list(serve.lines)
        finally:
            serve.stop()
    refused = [c for c in fake.calls_to("chat.postMessage", ok_only=False) if not c.ok]
    assert len(refused) == 2 * STORM
    told_where = {
        _key(m): (channel, m.get("thread_ts"))
        for (channel, _), m in fake.messages.items()
        if (_key(m) or "").startswith("tell:")
    }
    keys = Counter(k for m in fake.posted() if (k := _key(m) or "").startswith("tell:"))
    assert sorted(keys.values()) == [1, 1], keys
    (note,) = [k for k in keys if not k.endswith(":dm")]
    assert told_where[note] == ("C0TRIAGE01", triage["ts"])
    assert told_where[f"{note}:dm"][0].startswith("D")
    assert not [line for line in lines if line.startswith("Traceback")]


def test_a_scheduler_tick_on_a_store_that_takes_no_write_is_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """On main each tick logged a traceback per schedule (its first write failed); now the
    tick ends in one line, and the slot is posted once the store takes writes again."""
    import duckdb
    from test_scheduler_delivery import ROSTER, TINY_QUERY, Clock, make_scheduler, make_services
    from test_scheduler_redteam import digest, schedules_file

    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "tiny_period.sql").write_text(TINY_QUERY, encoding="utf-8")
    duckdb.connect(str(tmp_path / "warehouse.duckdb")).close()
    (tmp_path / "roster.yaml").write_text(ROSTER, encoding="utf-8")
    schedules = tmp_path / "schedules.yaml"
    schedules.write_text(schedules_file(digest("daily", "C0DATATEAM", "0 9 * * *")))
    files = {
        "library": lib,
        "warehouse": tmp_path / "warehouse.duckdb",
        "roster": tmp_path / "roster.yaml",
        "schedules": schedules,
    }
    database = tmp_path / "bot.sqlite3"
    nine = datetime(2026, 11, 23, 9, 0, 10, tzinfo=ZoneInfo("America/Los_Angeles"))
    with FakeSlack() as fake:
        clock = Clock(nine - timedelta(minutes=2))
        services = make_services(f"sqlite:///{database}", files, fake, clock)
        try:
            sched = make_scheduler(services, fake, clock)
            sched.tick(clock.now)
            with _immutable(database, Path(f"{database}-wal")), caplog.at_level(logging.INFO):
                runs = [sched.tick(clock.set(nine + timedelta(minutes=m))) for m in range(3)]
            posted_while_away = len(fake.calls_to("chat.postMessage"))
            after = sched.tick(clock.set(nine + timedelta(minutes=3)))
        finally:
            services.close()
    assert runs == [[], [], []]
    assert posted_while_away == 0
    about = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(about) == 1, [r.getMessage() for r in about]
    assert "cannot be written" in about[0].getMessage() and about[0].exc_info is None
    assert [r.outcome for r in after] == ["late"]
