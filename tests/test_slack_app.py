"""The Slack app end to end: signed HTTP requests into the running app, a fake Slack Web API.

The app runs behind uvicorn on 127.0.0.1 exactly as `datarequest serve` runs it; the fake Slack
server (tests/fake_slack.py) records every Web API call and refuses what Slack refuses.
"""

from __future__ import annotations

import csv
import io
import json
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    app_home_opened,
    app_settings,
    block_actions_body,
    command_body,
    thread_reply,
    view_submission_body,
)

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
REQUESTER = "U0REQ00001"
CHANNEL = "C0GENERAL1"
TRIAGE = "C0TRIAGE01"


def clock() -> datetime:
    return NOW


@pytest.fixture
def fake() -> FakeSlack:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> AppServer:
    with AppServer(app_settings(tmp_path, fake.api_url), clock=clock) as server:
        yield server


def _in(channel: str):  # noqa: ANN202
    return lambda args: args.get("channel") == channel


def _result_in(channel: str, title: str):  # noqa: ANN202
    return lambda args: (
        args.get("channel") == channel and str(args.get("text", "")).startswith(title)
    )


def _block(message: dict, kind: str) -> dict:
    return next(b for b in message["blocks"] if b["type"] == kind)


def _ask(app: AppServer, fake: FakeSlack, text: str, **kwargs) -> tuple[int, str]:  # noqa: ANN003
    status, body, _ = app.post(command_body(text, response_url=fake.response_url(), **kwargs))
    return status, body


def _until(check, timeout: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def _no_refusals(fake: FakeSlack) -> None:
    assert fake.errors() == [], [(c.method, c.response) for c in fake.errors()]


def test_command_acks_then_posts_result_table(app: AppServer, fake: FakeSlack) -> None:
    status, body = _ask(app, fake, "revenue by region last month")
    assert status == 200
    assert "Working on it" in json.loads(body)["text"]
    call = fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Revenue by region"))[0]
    blocks = call.args["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Revenue by region", "emoji": True},
    }
    facts = blocks[1]["elements"][0]["text"]
    assert "Oct 1 – Oct 31, 2026" in facts and "4 rows" in facts and f"<@{REQUESTER}>" in facts
    table = _block(call.args, "table")
    assert [c["text"] for c in table["rows"][0]] == ["region", "revenue"]
    assert len(table["rows"]) == 5
    buttons = [e["action_id"] for e in _block(call.args, "actions")["elements"]]
    assert buttons == ["change_params", "subscribe", "not_what_i_asked"]
    assert not fake.calls_to("files.completeUploadExternal")
    _no_refusals(fake)


def test_bad_signature_and_stale_timestamp_are_refused(app: AppServer, fake: FakeSlack) -> None:
    body = command_body("revenue by region last month")
    status, _, _ = app.post(body, secret="not-the-secret")
    assert status == 401
    status, _, _ = app.post(body, timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    # A signed request afterwards is processed, and only it.
    status, _, _ = app.post(command_body("help"))
    assert status == 200
    app.drain()
    assert fake.calls_to("chat.postMessage") == []


def test_retried_command_is_processed_once(app: AppServer, fake: FakeSlack) -> None:
    body = command_body("please build a churn dashboard for the board")
    assert app.post(body)[0] == 200
    for n in (1, 2):
        status, _, _ = app.post(
            body,
            extra_headers={"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"},
        )
        assert status == 200
    fake.wait_for("chat.postMessage", _in(TRIAGE))
    app.drain()
    assert len(fake.calls_to("chat.postMessage", ok_only=False)) == 2  # triage + requester reply
    assert len(app.services.tickets.list_tickets()) == 1


def test_unmatched_request_becomes_ticket_posted_to_triage(app: AppServer, fake: FakeSlack) -> None:
    _ask(app, fake, "could someone build a churn dashboard by Friday?")
    triage = fake.wait_for("chat.postMessage", _in(TRIAGE))[0].args
    assert triage["blocks"][0]["text"]["text"] == "Ticket #1"
    facts = json.dumps(triage["blocks"])
    assert "churn dashboard" in facts and f"<@{REQUESTER}>" in facts and "unassigned" in facts
    actions = [e["action_id"] for e in _block(triage, "actions")["elements"]]
    assert actions[:3] == ["ticket_claim", "ticket_reassign", "ticket_close"]
    reply = fake.wait_for("chat.postMessage", _in(CHANNEL))[0].args
    assert "ticket #1" in reply["text"].lower() or "Ticket #1" in reply["text"]
    assert "due" in json.dumps(reply["blocks"])
    ticket = app.services.tickets.get(1)
    assert ticket.message_channel == TRIAGE and ticket.permalink
    _no_refusals(fake)


def _new_ticket(app: AppServer, fake: FakeSlack, text: str = "build me a churn dashboard") -> dict:
    _ask(app, fake, text)
    call = fake.wait_for("chat.postMessage", _in(TRIAGE))[0]
    ts = call.response["ts"]
    deadline = time.monotonic() + 10
    while app.services.tickets.get(1).message_ts is None and time.monotonic() < deadline:
        time.sleep(0.02)  # as in Slack: people click once the message is there
    return fake.messages[(TRIAGE, ts)]


def _click(
    app: AppServer, message: dict, action_id: str, user: str, channel: str = TRIAGE, **extra
) -> int:  # noqa: ANN003
    action = {**action_from_message(message, action_id), **extra}
    return app.post(block_actions_body(action, user_id=user, channel_id=channel, message=message))[
        0
    ]


def test_twenty_concurrent_claims_one_wins(tmp_path: Path, fake: FakeSlack, db_url: str) -> None:
    settings = app_settings(tmp_path, fake.api_url, database_url=db_url)
    with AppServer(settings, clock=clock) as app:
        message = _new_ticket(app, fake)
        users = [f"U0CLAIM{i:03d}" for i in range(20)]
        with ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(lambda u: _click(app, message, "ticket_claim", u), users))
        assert statuses == [200] * 20
        fake.wait_for("chat.postEphemeral", count=19, timeout=20)
        ticket = app.services.tickets.get(1)
        assert ticket.claimed_by in users and ticket.state == "in_progress"
        refusals = fake.calls_to("chat.postEphemeral")
        assert {c.args["text"] for c in refusals} == {f"Already claimed by <@{ticket.claimed_by}>"}
        assert {c.args["user"] for c in refusals} == set(users) - {ticket.claimed_by}
        updates = fake.wait_for("chat.update", lambda a: a["ts"] == message["ts"])
        assert len(updates) == 1 and "in progress" in updates[0].args["text"]
        dms = fake.wait_for("chat.postMessage", lambda a: a["channel"] == "D" + REQUESTER[1:])
        assert (
            len(dms) == 1
            and f"<@{ticket.claimed_by}> is working on your ticket" in dms[0].args["text"]
        )
        notes = fake.calls_to("chat.postMessage")
        assert sum(1 for c in notes if c.args.get("thread_ts") == message["ts"]) == 1
        _no_refusals(fake)


def test_rate_limits_and_server_errors_are_retried(app: AppServer, fake: FakeSlack) -> None:
    fake.fail_next(2, 429, method="chat.postMessage", retry_after=1)
    _ask(app, fake, "revenue by region last month")
    fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Revenue by region"), timeout=15)
    fake.fail_next(2, 500, method="chat.postMessage")
    _ask(app, fake, "could someone build a churn dashboard")
    fake.wait_for("chat.postMessage", _in(TRIAGE), timeout=20)
    statuses = [c.status for c in fake.calls if c.method == "chat.postMessage"]
    assert statuses[:3] == [429, 429, 200] and statuses[3:6] == [500, 500, 200]
    assert len(app.services.tickets.list_tickets()) == 1


def test_ticket_is_stored_even_when_slack_keeps_failing(app: AppServer, fake: FakeSlack) -> None:
    fake.fail_next(30, 500, method="chat.postMessage")
    _ask(app, fake, "could someone build a churn dashboard")
    app.drain()
    assert len(app.services.tickets.list_tickets()) == 1


def test_ten_thousand_rows_inline_head_and_csv(app: AppServer, fake: FakeSlack) -> None:
    _ask(app, fake, "list every single order line")
    call = fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Every order listed"))[0]
    assert len(call.args["blocks"]) <= 50
    table = _block(call.args, "table")
    assert len(table["rows"]) == 21
    assert "10,000 rows" in json.dumps(call.args["blocks"])
    done = fake.wait_for("files.completeUploadExternal")[0]
    assert done.args["channel_id"] == CHANNEL and done.args["thread_ts"] == call.response["ts"]
    upload = fake.uploads[done.args["files"][0]["id"]]
    rows = list(csv.reader(io.StringIO(upload["content"].decode())))
    assert rows[0] == ["order_id", "order_date", "region", "amount"] and len(rows) == 10001
    _no_refusals(fake)


def test_time_series_result_comes_with_a_chart(app: AppServer, fake: FakeSlack) -> None:
    _ask(app, fake, "daily revenue trend")
    fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Daily revenue trend"))
    # the chart is drawn after the result is posted; on a loaded two-core machine its first
    # drawing (the plotting library's import and fonts) took more than the default 10 s
    done = fake.wait_for("files.completeUploadExternal", timeout=60)[0]
    upload = fake.uploads[done.args["files"][0]["id"]]
    assert upload["filename"].endswith(".png") and upload["content"].startswith(b"\x89PNG")


def test_query_timeout_explains_and_offers_a_ticket(tmp_path: Path, fake: FakeSlack) -> None:
    settings = app_settings(tmp_path, fake.api_url, query_timeout_s=1.0)
    with AppServer(settings, clock=clock) as app:
        _ask_and_ticket_the_timeout(app, fake)


def _ask_and_ticket_the_timeout(app: AppServer, fake: FakeSlack) -> None:
    _ask(app, fake, "the slow crunch report")
    reply = fake.wait_for("response_url", timeout=15)[0].args
    assert "took longer than 1 s" in reply["text"]
    button = _block(reply, "actions")["elements"][0]
    assert button["action_id"] == "make_ticket"
    action = {**action_from_message(reply, "make_ticket")}
    body = block_actions_body(
        action,
        channel_id=CHANNEL,
        message={"ts": "1700000001.000001", "blocks": reply["blocks"]},
        is_ephemeral=True,
    )
    assert app.post(body)[0] == 200
    fake.wait_for("chat.postMessage", _in(TRIAGE))
    ticket = app.services.tickets.get(1)
    assert ticket.source == "error" and ticket.best_query == "slow_report"


def test_change_parameters_modal_reruns_and_validates(app: AppServer, fake: FakeSlack) -> None:
    _ask(app, fake, "revenue by region last month")
    call = fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Revenue by region"))[0]
    message = fake.messages[(CHANNEL, call.response["ts"])]
    assert _click(app, message, "change_params", REQUESTER, channel=CHANNEL) == 200
    view = fake.wait_for("views.open")[0].args["view"]
    inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert inputs["p:period:start"]["initial_date"] == "2026-10-01"
    assert inputs["p:period:end"]["initial_date"] == "2026-10-31"
    values = {
        "p:period:start": {"value": {"type": "datepicker", "selected_date": "2026-10-05"}},
        "p:period:end": {"value": {"type": "datepicker", "selected_date": "2026-10-01"}},
        "p:region": {"value": {"type": "static_select", "selected_option": {"value": "EMEA"}}},
    }
    status, body, _ = app.post(view_submission_body(view, values))
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    assert "after the end date" in json.dumps(json.loads(body)["errors"])
    values["p:period:end"] = {"value": {"type": "datepicker", "selected_date": "2026-10-20"}}
    status, body, _ = app.post(view_submission_body(view, values))
    assert status == 200 and body == ""
    rerun = fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Revenue by region"), count=2)[1]
    assert "Oct 5 – Oct 20, 2026 · EMEA" in rerun.args["blocks"][1]["elements"][0]["text"]
    assert len(_block(rerun.args, "table")["rows"]) == 2


def test_missing_parameter_asks_only_for_it(app: AppServer, fake: FakeSlack) -> None:
    _ask(app, fake, "look up an order")
    view = fake.wait_for("views.open")[0].args["view"]
    inputs = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
    assert inputs == ["p:order_id"]
    values = {"p:order_id": {"value": {"type": "number_input", "value": "42"}}}
    assert app.post(view_submission_body(view, values))[0] == 200
    call = fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Order lookup"))[0]
    assert "order id: 42" in call.args["blocks"][1]["elements"][0]["text"]


def test_not_what_i_asked_then_confirm_answers_in_requester_thread(
    app: AppServer, fake: FakeSlack
) -> None:
    _ask(app, fake, "revenue by region last month")
    call = fake.wait_for("chat.postMessage", _result_in(CHANNEL, "Revenue by region"))[0]
    result = fake.messages[(CHANNEL, call.response["ts"])]
    for _ in range(2):  # a double click makes one ticket
        assert _click(app, result, "not_what_i_asked", REQUESTER, channel=CHANNEL) == 200
    triage_call = fake.wait_for("chat.postMessage", _in(TRIAGE))[0]
    app.drain()
    assert len(app.services.tickets.list_tickets()) == 1
    ticket = app.services.tickets.get(1)
    assert ticket.source == "rejected" and ticket.best_query == "revenue_by_region"
    assert ticket.best_params["period_start"] == "2026-10-01"
    told = fake.wait_for("chat.postMessage", lambda a: a.get("thread_ts") == result["ts"])[0]
    assert "ticket #1" in told.args["text"].lower()
    triage = fake.messages[(TRIAGE, triage_call.response["ts"])]
    assert _click(app, triage, "ticket_confirm", "U0ANALYST1") == 200
    answer = fake.wait_for(
        "chat.postMessage",
        lambda a: a.get("thread_ts") == result["ts"] and a["text"].startswith("Revenue by region"),
    )[0]
    assert answer.args["channel"] == CHANNEL
    fake.wait_for("chat.postMessage", lambda a: a["channel"] == "D" + REQUESTER[1:])
    assert app.services.tickets.get(1).state == "done"
    _no_refusals(fake)


@pytest.fixture
def admin_app(tmp_path: Path, fake: FakeSlack) -> AppServer:
    """The app with U0ANALYST1 as an admin: promotion needs a known team (issue 9)."""
    settings = app_settings(tmp_path, fake.api_url, admins=("U0ANALYST1",))
    with AppServer(settings, clock=clock) as server:
        yield server


def test_close_modal_dm_and_thread_reply_reopens(admin_app: AppServer, fake: FakeSlack) -> None:
    app = admin_app
    triage = _new_ticket(app, fake)
    assert _click(app, triage, "ticket_close", "U0ANALYST1") == 200
    view = fake.wait_for("views.open")[0].args["view"]
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "Built the dashboard"}},
        "sql": {"value": {"type": "plain_text_input", "value": "SELECT count(*) AS n FROM orders"}},
        "promote": {"value": {"type": "plain_text_input", "value": "order_count"}},
    }
    assert app.post(view_submission_body(view, values, user_id="U0ANALYST1"))[0] == 200
    dm = fake.wait_for("chat.postMessage", lambda a: a["channel"] == "D" + REQUESTER[1:])[0]
    assert "is done" in dm.args["text"] and "Built the dashboard" in dm.args["text"]
    update = fake.wait_for("chat.update", lambda a: a["ts"] == triage["ts"])[0]
    assert "done" in update.args["text"]
    assert not any(b["type"] == "actions" for b in update.args["blocks"])
    promoted = app.services.library.get("order_count")
    assert promoted is not None and promoted.path is not None
    assert (
        promoted.path.parent.name == "promoted" and promoted.examples
    )  # the request, as an example
    assert "promoted" in [e.kind for e in app.services.tickets.events(1)]
    # The requester's thanks does not reopen; a real follow-up does.
    app.post(thread_reply(REQUESTER, TRIAGE, triage["ts"], "thanks!"))
    _until(lambda: "commented" in [e.kind for e in app.services.tickets.events(1)])
    assert app.services.tickets.get(1).state == "done"
    app.post(thread_reply(REQUESTER, TRIAGE, triage["ts"], "the numbers look off for EMEA"))
    fake.wait_for("chat.update", lambda a: a["ts"] == triage["ts"] and "reopened" in a["text"])
    events = [e.kind for e in app.services.tickets.events(1)]
    assert events.count("commented") == 2 and events[-1] == "reopened"


def test_waiting_on_requester_and_reassign(app: AppServer, fake: FakeSlack) -> None:
    triage = _new_ticket(app, fake)
    _click(app, triage, "ticket_claim", "U0ANALYST1")
    fake.wait_for("chat.update")
    _click(app, triage, "ticket_waiting", "U0ANALYST1")
    fake.wait_for("chat.update", lambda a: "waiting" in a["text"])
    _click(app, triage, "ticket_reassign", "U0ANALYST1", selected_user="U0ANALYST2")
    update = fake.wait_for("chat.update", lambda a: "assigned" in a["text"])[0]
    assert "<@U0ANALYST2>" in json.dumps(update.args["blocks"])
    assert app.services.tickets.get(1).owner_id == "U0ANALYST2"


def test_app_home_and_my_tickets(app: AppServer, fake: FakeSlack) -> None:
    triage = _new_ticket(app, fake)
    _click(app, triage, "ticket_claim", "U0ANALYST1")
    fake.wait_for("chat.update")
    assert app.post(app_home_opened("U0ANALYST1"))[0] == 200
    home = fake.wait_for("views.publish")[0].args
    text = json.dumps(home["view"])
    assert home["user_id"] == "U0ANALYST1" and "My open tickets" in text and "#1" in text
    assert "Open" in text and "Unclaimed" in text
    status, body = _ask(app, fake, "tickets")
    listing = fake.wait_for("response_url", lambda a: "Your tickets" in a.get("text", ""))[0]
    assert "churn dashboard" in json.dumps(listing.args["blocks"])


def test_help_lists_queries_with_examples(app: AppServer, fake: FakeSlack) -> None:
    status, body = _ask(app, fake, "help")
    text = json.dumps(json.loads(body)["blocks"])
    assert status == 200 and "/datarequest revenue by region last month" in text


def test_with_a_roster_tickets_are_assigned_by_rotation(tmp_path: Path, fake: FakeSlack) -> None:
    roster = tmp_path / "roster.yaml"
    roster.write_text(
        "team: data-team\nlead: U0ALICE001\nmembers:\n"
        "  - {id: U0ALICE001, name: Alice}\n  - {id: U0BOB00001, name: Bob}\n"
    )
    roster.write_text(roster.read_text() + "triage_channel: C0ROSTER01\n")
    settings = app_settings(tmp_path, fake.api_url, roster_file=roster, triage_channel="")
    with AppServer(settings, clock=clock) as app:
        _ask(app, fake, "could someone build a churn dashboard")
        _ask(app, fake, "we need a new attribution model")
        fake.wait_for("chat.postMessage", _in("C0ROSTER01"), count=2)  # the roster's channel
        owners = [t.owner_id for t in app.services.tickets.list_tickets()]
        assert sorted(owners) == ["U0ALICE001", "U0BOB00001"]
        replies = fake.wait_for("chat.postMessage", _in(CHANNEL), count=2)
        assert any("<@U0ALICE001> owns it" in c.args["blocks"][0]["text"]["text"] for c in replies)
        # Someone outside the team cannot claim; the refusal is shown to them only.
        first = fake.calls_to("chat.postMessage")[0].response["ts"]
        triage = fake.messages[("C0ROSTER01", first)]
        _until(lambda: app.services.tickets.get(1).message_ts is not None)
        _click(app, triage, "ticket_claim", "U0OUTSIDER", channel="C0ROSTER01")
        refusal = fake.wait_for("chat.postEphemeral")[0].args
        assert refusal["user"] == "U0OUTSIDER" and app.services.tickets.get(1).claimed_by is None
