"""Subscribe, Unsubscribe and the standup check-in through the running Slack app.

Signed HTTP requests go into the app (uvicorn on loopback, as `datarequest serve` runs it);
the fake Slack Web API records what the app and the scheduler call.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    BOT_TOKEN,
    AppServer,
    action_from_message,
    app_settings,
    block_actions_body,
    command_body,
    view_submission_body,
)
from slack_sdk import WebClient

from scheduler.config import empty_config
from scheduler.core import Scheduler
from scheduler.delivery import Outbox, SlackPoster
from scheduler.models import CheckinAnswer, ScheduleRow

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # a Sunday


class Clock:
    now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Any:
    clock = Clock()
    settings = app_settings(tmp_path, fake.api_url, timezone="UTC")
    with AppServer(settings, clock=clock) as server:
        server.clock = clock
        yield server


def scheduler_for(app: Any, fake: FakeSlack) -> Scheduler:
    services = app.services
    client = WebClient(token=BOT_TOKEN, base_url=fake.api_url)
    outbox = Outbox(services.session_factory, SlackPoster(client), app.clock, instance="t")
    return Scheduler(services, empty_config("UTC"), outbox, clock=app.clock, instance="t")


def test_subscribe_schedule_post_and_unsubscribe(app: Any, fake: FakeSlack) -> None:
    status, _, _ = app.post(command_body("revenue by region last month"))
    assert status == 200
    result = fake.wait_for(
        "chat.postMessage", lambda a: str(a.get("text", "")).startswith("Revenue by region")
    )[0].args
    message = {"ts": "1700000001.000001", **result}
    click = action_from_message(message, "subscribe")
    assert app.post(block_actions_body(click, message=message))[0] == 200
    opened = fake.wait_for("views.open")[0].args["view"]
    assert opened["callback_id"] == "subscribe_modal"
    period = next(b for b in opened["blocks"] if b["block_id"] == "period_period")
    assert period["element"]["initial_value"] == "last month"

    def select(value: str) -> dict[str, Any]:
        return {"type": "static_select", "selected_option": {"value": value}}

    values = {
        "frequency": {"frequency": select("weekly")},
        "hour": {"hour": select("8")},
        "channel": {
            "channel": {"type": "conversations_select", "selected_conversation": "C0SALES0001"}
        },
        "period_period": {"period_period": {"type": "plain_text_input", "value": "last week"}},
    }
    # A period nobody understands is refused in the modal, and nothing is stored.
    bad = {**values, "period_period": {"period_period": {"value": "whenever"}}}
    status, body, _ = app.post(view_submission_body(opened, bad))
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    assert "period_period" in json.loads(body)["errors"]
    status, body, _ = app.post(view_submission_body(opened, values))
    assert status == 200 and "errors" not in body
    note = fake.wait_for("chat.postEphemeral", lambda a: "Subscribed" in a.get("text", ""))
    assert "every monday at 08:00" in note[0].args["text"]
    with app.services.session_factory() as session:
        row = session.query(ScheduleRow).one()
        assert (row.query, row.params, row.cron) == (
            "revenue_by_region",
            {"period": "last week"},
            "0 8 * * mon",
        )

    sched = scheduler_for(app, fake)
    app.clock.now = datetime(2026, 11, 23, 7, 59, tzinfo=UTC)
    sched.tick()
    app.clock.now = datetime(2026, 11, 23, 8, 0, 20, tzinfo=UTC)
    runs = sched.tick()
    assert [r.outcome for r in runs] == ["posted"]
    post = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == "C0SALES0001")[0]
    assert "Nov 16 – Nov 22, 2026" in json.dumps(
        post.args["blocks"], ensure_ascii=False
    )  # last week, resolved
    posted = {"ts": post.response["ts"], **post.args}
    unsubscribe = action_from_message(posted, "unsubscribe")
    assert (
        app.post(block_actions_body(unsubscribe, message=posted, channel_id="C0SALES0001"))[0]
        == 200
    )
    fake.wait_for("chat.postEphemeral", lambda a: "Unsubscribed" in a.get("text", ""))
    with app.services.session_factory() as session:
        assert session.query(ScheduleRow).count() == 0
    app.clock.now = datetime(2026, 11, 30, 8, 0, 20, tzinfo=UTC)
    assert sched.tick() == []
    assert not fake.errors()


def test_standup_answer_button_form_and_submission(app: Any, fake: FakeSlack) -> None:
    from bot.slack.rendering.digest import checkin_dm
    from scheduler.standup import CheckinPrefill

    dm = checkin_dm("U0ALICE001", "2026-11-23", CheckinPrefill("Closed #1: x", "#2: y"))
    message = {"ts": "1700000002.000001", **dm}
    click = action_from_message(message, "standup_open")
    body = block_actions_body(click, message=message, user_id="U0ALICE001", channel_id="D0ALICE001")
    assert app.post(body)[0] == 200
    view = fake.wait_for("views.open")[0].args["view"]
    assert view["callback_id"] == "standup_checkin" and view["private_metadata"] == "2026-11-23"
    empty = {k: {k: {"value": ""}} for k in ("yesterday", "today", "blockers")}
    status, out, _ = app.post(view_submission_body(view, empty, user_id="U0ALICE001"))
    assert json.loads(out)["response_action"] == "errors"
    filled = {
        "yesterday": {"yesterday": {"value": "closed #1"}},
        "today": {"today": {"value": "work on #2"}},
        "blockers": {"blockers": {"value": "waiting for access"}},
    }
    status, out, _ = app.post(view_submission_body(view, filled, user_id="U0ALICE001"))
    assert status == 200
    fake.wait_for("chat.postMessage", lambda a: "your standup is in" in a.get("text", ""))
    with app.services.session_factory() as session:
        answer = session.query(CheckinAnswer).one()
        assert (answer.user_id, str(answer.local_date), answer.blockers) == (
            "U0ALICE001",
            "2026-11-23",
            "waiting for access",
        )
    assert not fake.errors()


def test_long_scheduled_report_gets_its_csv_in_the_thread(app: Any, fake: FakeSlack) -> None:
    from scheduler.store import add_schedule

    add_schedule(
        app.services.session_factory,
        empty_config("UTC"),
        {
            "id": "all-orders",
            "kind": "report",
            "query": "every_order",
            "channel": "C0OPS00001",
            "cron": "0 6 * * *",
        },
        now=NOW,
    )
    sched = scheduler_for(app, fake)
    app.clock.now = datetime(2026, 11, 23, 6, 0, 30, tzinfo=UTC)
    assert [r.outcome for r in sched.tick()] == ["posted"]
    post = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == "C0OPS00001")[0]
    done = fake.wait_for("files.completeUploadExternal")[0]
    assert done.args["thread_ts"] == post.response["ts"]
    (upload,) = fake.uploads.values()
    assert upload["filename"] == "every_order.csv" and upload["content"].count(b"\n") >= 10_000
    assert not fake.errors()
