"""Red-team probes at the running app's Slack edge (issue 9), kept as cheap regression tests.

Each test drives the real app over signed HTTP on loopback with the fake Slack Web API and
asserts what a hostile or faulty Slack would get: a 4xx or a one-line reply, never a 5xx, a
traceback, a flood of log, or a second post.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    block_actions_body,
    command_body,
    next_id,
    post_raw,
    sign,
)

from bot.slack.rendering.results import MAX_REQUEST_CHARS


def _json_post(app: AppServer, payload: dict[str, Any]) -> int:
    body = json.dumps(payload)
    return post_raw(
        app.base_url, body.encode(), {"Content-Type": "application/json", **sign(body)}
    )[0]


def test_a_command_with_a_field_that_is_not_text_is_refused_400(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """Slack form-encodes commands; a JSON command with a number for its channel or a list for
    its trigger_id used to reach the answering code and end in a traceback."""
    caplog.set_level(logging.WARNING)
    fields = {k: v[0] for k, v in parse_qs(command_body("revenue by region last month")).items()}
    for name, value in (("channel_id", 5), ("trigger_id", [1]), ("response_url", True)):
        assert _json_post(app, {**fields, "trigger_id": next_id("9."), name: value}) == 400, name
    app.drain()
    assert not [r for r in caplog.records if r.exc_info], caplog.text
    assert not fake.calls_to("chat.postMessage")


def test_a_body_over_a_megabyte_gets_413_and_a_long_request_one_line(
    app: AppServer, fake: FakeSlack
) -> None:
    huge = command_body("revenue by region " + "x " * 600_000)
    assert app.post(huge)[0] == 413
    status, body, _ = app.post(command_body("revenue by region " + "x" * MAX_REQUEST_CHARS))
    assert status == 200 and "too long" in json.loads(body)["text"]
    app.drain()
    assert not fake.calls_to("chat.postMessage")  # refused at the ack, never matched


def test_requests_no_listener_wants_are_one_short_log_line(
    app: AppServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Bolt's own warning is ten lines with the payload; an action_id can forge log lines."""
    caplog.set_level(logging.INFO)
    forged = "zzz\nwho=U0ADMIN decision=acked " + "y" * 5000
    bodies = [
        block_actions_body({"action_id": forged, "type": "button"}),
        urlencode({"payload": json.dumps({"type": "shortcut", "callback_id": "x", "user": {"id": "U1"}})}),
        command_body("help", command="/other"),
    ]  # fmt: skip
    for body in bodies * 20:  # answered 200 and ignored (tests/test_slack_redteam2.py)
        assert app.post(body)[0] == 200
    text = caplog.text
    assert "Unhandled request" not in text and "\nwho=U0ADMIN" not in text
    assert all(len(r.getMessage()) < 300 for r in caplog.records)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) <= 3


# ---- outbound faults of the Web API ------------------------------------------------------------

ANSWERABLE = "revenue by region last month"
CHANNEL, DM = "C0GENERAL1", "D0REQ00001"


def _results(fake: FakeSlack) -> list[tuple[str, dict[str, Any]]]:
    return [
        (channel, m)
        for (channel, _), m in fake.messages.items()
        if str(m.get("text", "")).startswith("Revenue by region")
    ]


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
def test_a_channel_that_refuses_the_result_gets_it_by_dm_once(
    app: AppServer, fake: FakeSlack, error: str
) -> None:
    fake.fail_next(1, 200, method="chat.postMessage", error=error)
    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain()
    assert [channel for channel, _ in _results(fake)] == [DM]


@pytest.mark.parametrize("error", ["invalid_blocks", "msg_too_long"])
def test_a_result_slack_refuses_for_its_content_is_posted_once_as_text(
    app: AppServer, fake: FakeSlack, error: str
) -> None:
    """Sending the same blocks again (DM fallback, replays) is refused again: the person saw
    only "Working on it" and the request was retried for ten minutes."""
    fake.fail_next(1, 200, method="chat.postMessage", error=error)
    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain()
    posted = _results(fake)
    assert len(posted) == 1 and posted[0][0] == CHANNEL
    assert f"Slack refused the full message: {error}" in posted[0][1]["text"]
    assert posted[0][1]["blocks"] == []


def test_a_result_neither_the_channel_nor_a_dm_takes_reaches_the_response_url(
    app: AppServer, fake: FakeSlack
) -> None:
    fake.fail_next(1, 200, method="chat.postMessage", error="channel_not_found")
    fake.fail_next(1, 200, method="conversations.open", error="user_not_found")
    assert app.post(command_body(ANSWERABLE, response_url=fake.response_url()))[0] == 200
    app.drain()
    shown = fake.calls_to("response_url")
    assert [c.args["text"][:17] for c in shown] == ["Revenue by region"]
    assert not _results(fake)


@pytest.mark.parametrize(("status", "error"), [(200, "expired_trigger_id"), (200, "ratelimited")])
def test_a_form_slack_does_not_open_is_explained_in_one_line(
    app: AppServer, fake: FakeSlack, status: int, error: str | None
) -> None:
    from bot.slack.rendering import results as rr

    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain()
    (channel, result), = _results(fake)  # fmt: skip
    fake.fail_next(6 if status == 429 else 1, status, method="views.open", error=error)
    click = block_actions_body(
        {"action_id": rr.CHANGE_PARAMS, "type": "button", **_value_of(result, rr.CHANGE_PARAMS)},
        channel_id=channel,
        message=result,
        response_url=fake.response_url(),
    )
    assert app.post(click)[0] == 200
    app.drain()
    told = [c.args["text"] for c in fake.calls_to("response_url")]
    assert told == ["Slack did not open the form in time. Please click again."]


def _value_of(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    from slack_helpers import action_from_message

    return {"value": action_from_message(message, action_id)["value"]}


def test_a_dead_response_url_falls_back_with_one_short_line(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    assert app.post(command_body("tickets", response_url=fake.base_url + "/gone/x"))[0] == 200
    app.drain()
    assert [c.args["text"][:11] for c in fake.calls_to("chat.postEphemeral")] == ["You have no"]
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize("fault", ["429", "reset_after_storing", "503_after_storing"])
def test_rate_limits_and_lost_answers_give_one_post(
    app: AppServer, fake: FakeSlack, fault: str
) -> None:
    if fault == "429":
        fake.fail_next(2, 429, method="chat.postMessage", retry_after=1)
    elif fault == "reset_after_storing":
        fake.fail_next(1, 0, method="chat.postMessage", after_storing=True)
    else:
        fake.fail_next(3, 503, method="chat.postMessage", after_storing=True)
    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain()
    assert [channel for channel, _ in _results(fake)] == [CHANNEL]


# ---- people of another organization (Slack Connect shared channels) --------------------------


def test_people_of_another_organization_are_refused_in_one_line(
    app: AppServer, fake: FakeSlack
) -> None:
    from slack_helpers import thread_reply

    foreign = command_body(ANSWERABLE).replace("team_id=T0TEAM0001", "team_id=T0OTHER001")
    status, body, _ = app.post(foreign)
    assert status == 200 and "workspace that installed it" in json.loads(body)["text"]
    click = json.loads(parse_qs(block_actions_body({"action_id": "ticket_claim", "type": "button", "value": "1"}))["payload"][0])  # fmt: skip
    click["user"]["team_id"] = "T0OTHER001"
    assert app.post(urlencode({"payload": json.dumps(click)}))[0] == 403
    event = json.loads(thread_reply("U0EXTERN01", CHANNEL, "1700000000.000100", "hi"))
    event["event"]["user_team"] = "T0OTHER001"
    assert app.post(json.dumps(event))[0] == 200  # acknowledged, ignored
    grid = command_body(ANSWERABLE).replace("team_id=T0TEAM0001", "team_id=T0OTHER001")
    app.drain()
    assert not fake.calls_to("chat.postMessage") and not fake.calls_to("chat.postEphemeral")
    # Within one Enterprise Grid org every workspace is at home.
    from bot.slack.workspace import is_foreign

    assert not is_foreign(
        {k: v[0] for k, v in parse_qs(grid + "&enterprise_id=E0ORG").items()}, "T0TEAM0001", "E0ORG"
    )


def test_slack_ssl_check_is_answered_even_unsigned_and_does_nothing(
    app: AppServer, fake: FakeSlack
) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert post_raw(app.base_url, b"ssl_check=1&token=abc", form)[0] == 200
    # Anything more than the check still needs a signature.
    assert post_raw(app.base_url, b"ssl_check=1&token=abc&command=%2Fdatarequest", form)[0] == 401
    assert not fake.calls


def test_a_replayed_close_submission_closes_once_and_tells_once(
    app: AppServer, fake: FakeSlack
) -> None:
    """Four copies of one signed Close submission: one close, one note, one DM to the
    requester, and no "already done" DM to the closer per copy."""
    import threading

    from slack_helpers import post_signed, view_submission_body

    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    app.drain()
    ticket = app.services.tickets.list_tickets()[0]
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
    view = {"callback_id": "ticket_close_modal", "private_metadata": json.dumps({"ticket": ticket.id})}  # fmt: skip
    body = view_submission_body(view, values, user_id="U0ANALYST1")
    copies = [threading.Thread(target=post_signed, args=(app.base_url, body)) for _ in range(3)]
    for copy in copies:
        copy.start()
    for copy in copies:
        copy.join()
    app.post(body)
    app.drain()
    assert app.services.tickets.get(ticket.id).state == "done"
    threaded = [m["text"] for m in fake.messages.values() if m.get("thread_ts")]
    direct = [m["text"] for (channel, _), m in fake.messages.items() if channel.startswith("D")]
    assert len(threaded) == 1 and "closed it" in threaded[0]
    assert len(direct) == 1 and direct[0].startswith("Your ticket #1 is done")
