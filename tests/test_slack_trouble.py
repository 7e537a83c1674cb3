"""Slack trouble answered as `ok: false`: the message may be stored, so it is looked up, not resent.

Slack answers some of its own failures with HTTP 200 and `{"ok": false, "error": ...}` (its docs:
"it's possible some aspect of the operation succeeded before the error was raised"). Each code
of `bot.slack.client.SLACK_TROUBLE` is sent by the fake Slack Web API on loopback after it
stored the message (or the file): the app's result, the scheduler's digest and a CSV file are
each in Slack once, and the person is answered (or told Slack did not confirm the file).
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_slack import FakeSlack
from slack_helpers import BOT_TOKEN, AppServer, command_body
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import select
from test_scheduler_delivery import (
    ROSTER,
    SCHEDULES,
    TINY_QUERY,
    Clock,
    HistoryFakeSlack,
    make_scheduler,
    make_services,
)

from bot.slack.client import NOT_STORED, SLACK_TROUBLE, is_permanent, may_be_stored
from bot.slack.usergroups import UserGroups
from scheduler.models import OutboundMessage
from scheduler.slack_poster import SendRefused, SlackPoster

CODES = sorted(SLACK_TROUBLE)
INVENTED = "some_code_slack_adds_next_year"  # a code this app does not know
BIG = "list every single order line"  # a result too big for a table: its CSV is a file


def test_the_trouble_codes_are_slacks_own_failures() -> None:
    assert {"internal_error", "fatal_error", "service_unavailable", "request_timeout"} <= (
        SLACK_TROUBLE
    )
    assert "team_added_to_org" in SLACK_TROUBLE
    assert not any(is_permanent(code) for code in SLACK_TROUBLE)


# ---- the app: a result Slack stored and answered ok:false -----------------------------------


def _answers(fake: FakeSlack) -> int:
    stored = fake.posted(lambda m: m["text"].startswith("Revenue by region"))
    elsewhere = [
        c
        for c in fake.calls
        if c.method in ("response_url", "chat.postEphemeral")
        and "Revenue by region" in str(c.args.get("text", ""))
    ]
    return len(stored) + len(elsewhere)


def test_an_unknown_code_may_have_been_stored_and_a_known_refusal_not() -> None:
    assert may_be_stored(200, INVENTED) and may_be_stored(200, "internal_error")
    assert may_be_stored(502, "channel_not_found")  # a 5xx, whatever it says
    for code in ("channel_not_found", "not_in_channel", "is_archived", "invalid_blocks"):
        assert not may_be_stored(200, code)
    assert not may_be_stored(429, "ratelimited")
    assert not any(may_be_stored(200, code) for code in NOT_STORED)
    assert not any(is_permanent(code) for code in NOT_STORED)


@pytest.mark.parametrize("code", [*CODES, INVENTED])
def test_a_result_slack_stored_before_answering_trouble_is_posted_once(
    app: AppServer, fake: FakeSlack, code: str
) -> None:
    fake.fail_next(1, 200, method="chat.postMessage", error=code, after_storing=True)
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    assert _answers(fake) == 1  # in Slack once, and nowhere else
    assert fake.calls_to("conversations.history")  # looked up before any resend
    assert len(fake.calls_to("chat.postMessage", ok_only=False)) == 1


@pytest.mark.parametrize("code", ["internal_error", "team_added_to_org", INVENTED])
def test_a_result_slack_did_not_store_is_sent_again_and_answers_the_person(
    app: AppServer, fake: FakeSlack, code: str
) -> None:
    fake.fail_next(1, 200, method="chat.postMessage", error=code)
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    assert _answers(fake) == 1
    assert fake.calls_to("conversations.history")  # absent from history, then sent once more
    assert len(fake.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize("code", ["channel_not_found", "not_in_channel", "is_archived"])
def test_a_known_refusal_is_not_looked_up_nor_sent_again_to_its_channel(
    app: AppServer, fake: FakeSlack, code: str
) -> None:
    fake.fail_next(1, 200, method="chat.postMessage", error=code)
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    tries = fake.calls_to("chat.postMessage", ok_only=False)
    assert [c.args.get("channel") for c in tries].count("C0GENERAL1") == 1
    assert not fake.calls_to("conversations.history")


# ---- files: a completion answered with trouble may have shared the file ---------------------


@pytest.mark.parametrize("code", [*CODES, INVENTED])
def test_a_file_completion_answered_with_trouble_says_slack_did_not_confirm(
    app: AppServer, fake: FakeSlack, code: str
) -> None:
    fake.fail_next(1, 200, method="files.completeUploadExternal", error=code, after_storing=True)
    assert app.post(command_body(BIG))[0] == 200
    app.drain()
    assert len(fake.calls_to("files.completeUploadExternal", ok_only=False)) == 1  # not repeated
    told = [c.args.get("text", "") for c in fake.calls_to("chat.postEphemeral")]
    told += [
        c.args.get("text", "")
        for c in fake.calls_to("chat.postMessage")
        if ".csv" in c.args.get("text", "")
    ]
    assert len(told) == 1, told
    assert "did not confirm" in told[0] and "could not be posted" not in told[0]


# ---- the scheduler: the Outbox looks the key up after the lease -----------------------------


@pytest.fixture
def history_fake() -> Any:
    with HistoryFakeSlack(BOT_TOKEN) as server:
        yield server


@pytest.fixture
def services(db_url: str, tmp_path: Path, history_fake: HistoryFakeSlack) -> Any:
    import duckdb

    lib = tmp_path / "library"
    lib.mkdir()
    (lib / "tiny_period.sql").write_text(TINY_QUERY, encoding="utf-8")
    warehouse = tmp_path / "warehouse.duckdb"
    duckdb.connect(str(warehouse)).close()
    files = {"library": lib, "warehouse": warehouse}
    for name, text in (("roster", ROSTER), ("schedules", SCHEDULES)):
        files[name] = tmp_path / f"{name}.yaml"
        files[name].write_text(text, encoding="utf-8")
    clock = Clock(datetime(2026, 11, 23, 8, 0, tzinfo=ZoneInfo("America/Los_Angeles")))
    built = make_services(db_url, files, history_fake, clock)
    yield built, clock
    built.close()


@pytest.mark.parametrize("code", [*CODES, INVENTED])
def test_a_digest_slack_stored_before_answering_trouble_is_posted_once(
    services: Any, history_fake: HistoryFakeSlack, code: str
) -> None:
    built, clock = services
    la = ZoneInfo("America/Los_Angeles")
    sched = make_scheduler(built, history_fake, clock)
    sched.tick(clock.set(datetime(2026, 11, 23, 8, 59, tzinfo=la)))
    history_fake.fail_next(1, 200, method="chat.postMessage", error=code, after_storing=True)
    runs = sched.tick(clock.set(datetime(2026, 11, 23, 9, 0, 5, tzinfo=la)))
    assert [r.outcome for r in runs if r.schedule_id == "daily-standup"] == ["retry"]
    for minute in (6, 12, 18):  # past the lease: looked up by its key, found, not sent again
        sched.tick(clock.set(datetime(2026, 11, 23, 9, minute, tzinfo=la)))
    assert len(history_fake.posted(lambda m: m.get("thread_ts") is None)) == 1
    assert len(history_fake.calls_to("chat.postMessage", ok_only=False)) == 1
    assert history_fake.calls_to("conversations.history")
    with built.session_factory() as session:
        row = session.scalars(select(OutboundMessage).where(OutboundMessage.kind == "digest")).one()
    assert row.status == "sent"


def test_the_scheduler_poster_raises_slacks_error_not_a_refusal(
    history_fake: HistoryFakeSlack,
) -> None:
    poster = SlackPoster(WebClient(token=BOT_TOKEN, base_url=history_fake.api_url))
    for code in [*CODES, INVENTED]:
        history_fake.fail_next(1, 200, method="chat.postMessage", error=code)
        with pytest.raises(SlackApiError) as raised:
            poster.post("C0DATATEAM", "hi", [], key=f"k-{code}")
        assert type(raised.value) is SlackApiError


def test_the_scheduler_poster_refuses_a_known_refusal(history_fake: HistoryFakeSlack) -> None:
    poster = SlackPoster(WebClient(token=BOT_TOKEN, base_url=history_fake.api_url))
    history_fake.fail_next(1, 200, method="chat.postMessage", error="channel_not_found")
    with pytest.raises(SendRefused) as raised:
        poster.post("C0DATATEAM", "hi", [], key="k-gone")
    assert raised.value.lasting


# ---- user groups: trouble is asked again, not cached as an empty group ------------------------


@pytest.mark.parametrize("code", [*CODES, "ratelimited"])
def test_a_user_group_lookup_answered_with_trouble_is_not_cached(code: str) -> None:
    calls: list[str] = []

    class Troubled:
        base_url, token = "http://slack.invalid/api/", "xoxb-test"

        async def usergroups_users_list(self, **kwargs: Any) -> dict[str, Any]:
            calls.append(kwargs["usergroup"])
            raise SlackApiError(code, {"ok": False, "error": code})

    groups = UserGroups(ttl_s=60, clock=lambda: 0.0)
    assert asyncio.run(groups.members(Troubled(), "S0FINANCE1")) == frozenset()
    assert groups.cached(Troubled(), "S0FINANCE1") is None
    asyncio.run(groups.members(Troubled(), "S0FINANCE1"))
    assert len(calls) == 2
