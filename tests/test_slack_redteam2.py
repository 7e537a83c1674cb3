"""Red-team probes at the running app, second round (issue 9): what a harness author tries next.

Each test drives the real app over signed HTTP on loopback, with the fake Slack Web API, in
Slack's payload shapes, and asserts what a hostile or faulty Slack would get: a 2xx or 4xx,
never a 5xx or a traceback, and every request answered once.
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
    TEAM_ID,
    AppServer,
    app_settings,
    command_body,
    event_body,
    post_raw,
    sign,
)

CHANNEL = "C0GENERAL1"


def _post(app: AppServer, body: str) -> tuple[int, str]:
    kind = "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
    return post_raw(app.base_url, body.encode(), {"Content-Type": kind, **sign(body)})


def _interaction(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


USER = {"id": "U0REQ00001", "team_id": TEAM_ID}
TEAM = {"id": TEAM_ID, "domain": "acme"}


def _tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info]


def test_interactions_the_app_never_registered_get_200_and_nothing_happens(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """A 404 shows the person an error for a shortcut or a form of another app; Slack's
    shapes of what this app never registered are answered 200 and ignored."""
    caplog.set_level(logging.INFO)
    modal = {"id": "V0VIEW0001", "type": "modal", "callback_id": "not_ours", "state": {"values": {}}}  # fmt: skip
    # fmt: off
    unregistered = {
        "view_closed": {"type": "view_closed", "team": TEAM, "user": USER, "view": modal, "is_cleared": False},
        "view_submission": {"type": "view_submission", "team": TEAM, "user": USER, "view": modal, "trigger_id": "3.1"},
        "shortcut": {"type": "shortcut", "team": TEAM, "user": USER, "callback_id": "x", "trigger_id": "4.1"},
        "message_action": {"type": "message_action", "team": TEAM, "user": USER, "callback_id": "x", "trigger_id": "4.2", "channel": {"id": CHANNEL}, "message": {"ts": "1.1", "text": "x"}},
        "block_actions": {"type": "block_actions", "team": TEAM, "user": USER, "trigger_id": "4.3", "actions": [{"action_id": "not_ours", "type": "button"}]},
        "block_suggestion": {"type": "block_suggestion", "team": TEAM, "user": USER, "action_id": "a", "block_id": "b", "value": "x", "view": modal},
    }
    # fmt: on
    for name, payload in unregistered.items():
        status, body = _post(app, _interaction(payload))
        assert status == 200, name
        if name == "block_suggestion":
            assert json.loads(body) == {"options": []}
    status, body = _post(app, command_body("help", command="/not-ours"))
    assert status == 200 and json.loads(body)["text"] == "This app does not answer /not-ours."
    app.drain()
    assert not fake.calls_to("chat.postMessage") and not fake.calls_to("views.open")
    assert not _tracebacks(caplog)


def test_payloads_bolt_cannot_read_get_400_not_500(
    app: AppServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Bolt reads some fields unchecked before any listener (a view's `type`, a workflow step,
    an event's `function`): those were 500s with a traceback, twice per request."""
    caplog.set_level(logging.INFO)
    close = {"callback_id": "ticket_close_modal", "id": "V1", "state": {"values": {}}}
    # fmt: off
    fields = {
        "view without type": {"type": "view_submission", "team": TEAM, "user": USER, "view": close},
        "workflow step edit without step": {"type": "workflow_step_edit", "team": TEAM, "user": USER, "callback_id": "x", "trigger_id": "5.1"},
        "workflow step save without step": {"type": "view_submission", "team": TEAM, "user": USER, "view": {**close, "type": "workflow_step"}},
    }
    # fmt: on
    for name, payload in fields.items():
        assert _post(app, _interaction(payload))[0] == 400, name
    odd_events = [
        {"type": "function_executed", "function": 7, "function_execution_id": "Fx1", "inputs": {}},
        {"type": "function_executed", "function": "x", "function_execution_id": "Fx2"},
        {"type": "workflow_step_execute", "callback_id": "x", "workflow_step": []},
    ]
    for event in odd_events:
        assert _post(app, event_body(event))[0] in (200, 400), event
    odd_menus = [{"action_id": 7}, {"action_id": []}, {"view": None}, {"view": "x"}]
    for spoiled in odd_menus:
        payload = {"type": "block_suggestion", "team": TEAM, "user": USER, "action_id": "a",
                   "block_id": "b", "value": "x", "view": {"id": "V1", "type": "modal"}}  # fmt: skip
        assert _post(app, _interaction({**payload, **spoiled}))[0] in (200, 400), spoiled
    app.drain()
    assert not _tracebacks(caplog), _tracebacks(caplog)


def test_commands_without_a_trigger_id_are_each_answered(app: AppServer, fake: FakeSlack) -> None:
    """Each job's delivery key was its trigger_id or "": the first command without one was
    answered and every later one dropped as its duplicate (the person saw "Working on it")."""
    asked = ["revenue by region last month", "daily revenue trend"]
    for text in asked * 2:
        fields = {k: v[0] for k, v in parse_qs(command_body(text)).items()}
        del fields["trigger_id"]
        assert app.post(urlencode(fields))[0] == 200
    fields["trigger_id"] = ""
    fields["text"] = "look up order 42"
    assert app.post(urlencode(fields))[0] == 200
    app.drain()
    titles = sorted(m["text"].split(":")[0] for m in fake.posted())
    # The same command delivered twice (a retry carries the same body) is answered once.
    assert titles == ["Daily revenue trend", "Order lookup", "Revenue by region"]


# ---- Web API faults: a message Slack may have stored is sent nowhere else ------------------------


def _results(fake: FakeSlack) -> list[str]:
    return [
        channel
        for (channel, _), m in fake.messages.items()
        if str(m.get("text", "")).startswith("Revenue by region")
    ]


def test_a_result_slack_may_have_stored_is_not_sent_again_by_dm(
    app: AppServer, fake: FakeSlack
) -> None:
    """Slack answers 500 after storing the result and its history is down too: the poster did
    not send it again, but the caller's DM fallback did (in the channel and in the DM)."""
    fake.fail_next(1, 500, method="chat.postMessage", after_storing=True)
    fake.fail_next(20, 500, method="conversations.history")
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    assert _results(fake) == [CHANNEL]


def test_the_last_try_slack_stored_is_found_before_giving_up(
    app: AppServer, fake: FakeSlack
) -> None:
    """Every try fails, the last one after Slack stored the message: giving up without looking
    sent it again by DM."""
    from bot.slack.client import DEFAULT_POLICY

    fake.fail_next(DEFAULT_POLICY.transient, 500, method="chat.postMessage")
    fake.fail_next(1, 500, method="chat.postMessage", after_storing=True)
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    assert _results(fake) == [CHANNEL]


# ---- ids from the payload are written as mentions: markup in place of one would ping -------------


def test_markup_in_place_of_a_user_id_pings_nobody(app: AppServer, fake: FakeSlack) -> None:
    """`<@{id}>` is how every note names a person: a users_select value (or an actor id) of
    `<!channel>` became `<@<!channel>>` in the triage thread, an @channel ping."""
    from slack_helpers import block_actions_body

    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    app.drain()
    ticket = app.services.tickets.list_tickets()[0]
    reassign = {"action_id": "ticket_reassign", "type": "users_select", "block_id": f"ticket:{ticket.id}"}  # fmt: skip
    for forged in ("<!channel>", "U0ANALYST1> <!here", "u0analyst1"):
        body = block_actions_body({**reassign, "selected_user": forged}, user_id="U0ANALYST1")
        assert app.post(body)[0] == 200
    claim = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
    assert app.post(block_actions_body(claim, user_id="<!here>"))[0] == 400
    assert app.post(command_body("revenue by region last month", user_id="<!channel>"))[0] == 400
    reply = json.loads(event_body({"type": "message", "user": "<!channel>", "text": "hi", "ts": "2.1", "thread_ts": ticket.message_ts, "channel": "C0TRIAGE01"}))  # fmt: skip
    assert _post(app, json.dumps(reply))[0] == 400
    app.drain()
    sent = json.dumps([c.args for c in fake.calls if c.method.startswith("chat.")])
    assert "<!channel>" not in sent and "<!here" not in sent
    assert app.services.tickets.get(ticket.id).owner_id is None
    refusals = [c.args["text"] for c in fake.calls_to("chat.postEphemeral")]
    assert refusals == ["Say who should get the ticket."] * 3


@pytest.mark.parametrize("retry_after", ["1.5", "soon", ""])
def test_a_rate_limit_with_an_odd_retry_after_still_gets_the_answer_posted(
    app: AppServer, fake: FakeSlack, retry_after: str
) -> None:
    """slack_sdk read Retry-After with int(): `1.5` raised ValueError inside the post, and the
    answer was lost with a traceback."""
    fake.fail_next(1, 429, method="chat.postMessage", retry_after=retry_after)  # type: ignore[arg-type]
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    assert _results(fake) == [CHANNEL]


def test_a_retry_after_is_read_as_seconds_and_capped() -> None:
    from bot.slack.ratelimit import MAX_RETRY_AFTER_S, retry_after_s

    assert retry_after_s({"Retry-After": ["2"]}) == 2
    assert retry_after_s({"retry-after": "0.2"}) == 1
    assert retry_after_s({"Retry-After": ["-5"]}) == 0
    assert retry_after_s({"Retry-After": ["86400"]}) == MAX_RETRY_AFTER_S
    for odd in (["nan"], ["inf"], ["abc"], [], None):
        assert retry_after_s({"Retry-After": odd}) == 1
    assert retry_after_s({}) == 1


# ---- a forged form cannot name the channel a query is allowed in --------------------------------

FINANCE_BY_ID = """/*---
title: Finance ledger
examples:
  - finance ledger totals
keywords: [ledger]
allowed_channels: [C0FINANCE1]
---*/
SELECT SUM(amount) AS revenue FROM orders
"""


def test_a_forged_parameters_form_cannot_name_the_channel_a_query_is_allowed_in(
    tmp_path: Path,
) -> None:
    """The parameters form carries its channel in private_metadata: a submission forged with
    `"c": "C0FINANCE1"` from anywhere ran a query allowed only in #finance and posted there."""
    import asyncio

    from slack_helpers import FakeAck, form, listener_context, offline_runtime, view_submission_body

    from handlers import form_seal
    from handlers import requests as h

    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "finance_ledger.sql").write_text(FINANCE_BY_ID, encoding="utf-8")
    rt = offline_runtime(tmp_path)

    async def submit(meta: dict[str, Any]) -> None:
        view = {"callback_id": "params_modal", "private_metadata": json.dumps(meta)}
        body = form(view_submission_body(view, {}))
        await h.on_params_submit(ack=FakeAck(), body=body, context=listener_context(rt))
        await rt.worker.drain(timeout=20)

    asyncio.run(submit({"q": "finance_ledger", "c": "C0FINANCE1", "p": {}}))
    (told,) = rt.client.named("chat_postMessage")  # by DM: the form's channel is not known
    assert told["channel"] == "D0REQ00001" and "can only be run in C0FINANCE1" in told["text"]
    rt.client.calls.clear()
    # The form the app itself opened for that channel still answers there.
    opened = {"q": "finance_ledger", "c": "C0FINANCE1", "p": {}}
    asyncio.run(submit(form_seal.sealed(rt, opened, user="U0REQ00001")))
    assert [c["channel"] for c in rt.client.named("chat_postMessage")] == ["C0FINANCE1"]


# ---- two processes, two clicks on "Run suggested query": one answer -----------------------------


def test_two_instances_running_the_suggested_query_answer_once(
    tmp_path: Path, fake: FakeSlack, pg_url: str
) -> None:
    """A double click (two trigger_ids) on "Run suggested query", one click to each `serve`
    on one PostgreSQL: each process's lock saw the ticket open, both ran the query and posted
    the answer to the requester, and the second closer was told "already done"."""
    import threading

    from slack_helpers import block_actions_body

    # Not a test of the query budget: under load (two apps in this process, the suite on two
    # cores) the default 1 s stopped the query and left the ticket open.
    settings = app_settings(tmp_path, fake.api_url, database_url=pg_url, query_timeout_s=30.0)
    with AppServer(settings) as one, AppServer(settings) as two:
        for n in range(3):
            ticket = one.services.tickets.create_ticket(
                f"revenue by region please {n}",
                "U0REQ00001",
                CHANNEL,
                best_query="revenue_by_region",
                best_params={"period_start": "2026-10-01", "period_end": "2026-10-31"},
            )
            action = {"action_id": "ticket_confirm", "type": "button", "value": str(ticket.id)}
            start = threading.Barrier(2)

            def click(app: AppServer, barrier: Any = start, action: Any = action) -> None:
                body = block_actions_body(action, user_id="U0ANALYST1")
                barrier.wait()
                assert app.post(body)[0] == 200

            threads = [threading.Thread(target=click, args=(a,)) for a in (one, two)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            one.drain()
            two.drain()
            assert one.services.tickets.get(ticket.id).state == "done"
        answers = [m for m in fake.posted() if m["text"].startswith("Revenue by region")]
        assert len(answers) == 3
        closed_dms = [m for m in fake.posted() if m["text"].startswith("Your ticket #")]
        assert len(closed_dms) == 3


def test_a_click_without_the_person_s_team_is_judged_by_the_payload_s_team(
    app: AppServer, fake: FakeSlack
) -> None:
    """A click whose `user` carries no team_id passed as at home whatever `team.id` said."""
    from slack_helpers import block_actions_body

    claim = {"action_id": "ticket_claim", "type": "button", "value": "1"}
    click = json.loads(parse_qs(block_actions_body(claim))["payload"][0])
    del click["user"]["team_id"]
    click["team"]["id"] = "T0OTHER001"
    assert app.post(_interaction(click))[0] == 403
    click["team"]["id"] = TEAM_ID
    assert app.post(_interaction(click))[0] == 200
    app.drain()
    assert [c.args["text"] for c in fake.calls_to("chat.postEphemeral")] == [
        "Ticket #1 does not exist."
    ]


# ---- the Subscribe form: once per submission, and its ack not held by a slow Slack -------------


def test_a_replayed_subscribe_submission_makes_one_schedule_and_acks_before_slack_answers(
    app: AppServer, fake: FakeSlack
) -> None:
    """Four copies of one signed Subscribe submission made four schedules (the report posted
    four times a day); the confirmation was sent before the listener returned, so a 429 on it
    held the form's ack for its Retry-After (Slack gives up after 3 s and the person submits
    again)."""
    import threading
    import time

    from slack_helpers import action_from_message, block_actions_body, post_signed
    from slack_helpers import view_submission_body as submission
    from sqlalchemy import text

    from bot.slack.rendering import results as rr

    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    result = next(m for m in fake.posted() if m["text"].startswith("Revenue by region"))
    action = action_from_message(result, rr.SUBSCRIBE)
    assert app.post(block_actions_body(action, message=result))[0] == 200
    app.drain()
    view = fake.calls_to("views.open")[-1].args["view"]
    values = {
        "frequency": {
            "frequency": {"type": "static_select", "selected_option": {"value": "daily"}}
        },  # fmt: skip
        "hour": {"hour": {"type": "static_select", "selected_option": {"value": "9"}}},
        "channel": {
            "channel": {"type": "conversations_select", "selected_conversation": CHANNEL}
        },  # fmt: skip
    }
    body = submission(view, values)
    fake.fail_next(1, 429, method="chat.postEphemeral", retry_after=3)
    acks: list[float] = []
    copies = [
        threading.Thread(
            target=lambda: acks.append(post_signed(app.base_url, body) and time.monotonic())
        )
        for _ in range(4)
    ]
    for copy in copies:
        copy.start()
    for copy in copies:
        copy.join()
    app.drain()
    with app.services.session_factory() as session:
        schedules = session.execute(text("SELECT channel FROM schedules")).fetchall()
    assert [row[0] for row in schedules] == [CHANNEL]
    (told,) = fake.calls_to("chat.postEphemeral")
    assert told.args["text"].startswith("Subscribed:")
    assert max(acks) < told.at  # every ack left before the confirmation got through the 429
