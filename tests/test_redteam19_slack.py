"""Fourteenth red team (issue 9): Slack's message shapes around a ticket, sent as Slack sends them.

A reply in the requester's ticket thread that is only a file (`file_share`, or `files` with no
subtype: what Slack sends today) was dropped as a reply with no words: the data team never
learnt of it. A reply under the DM that tells the requester of a change ("is working on your
ticket", "closed your ticket") went nowhere, and a reply in any DM thread no ticket owns got no
word back. Each is now a comment on the ticket echoed once to the triage thread (or the DM
pointer, in that thread), also when Slack delivers it again with `X-Slack-Retry-Num`.

Shapes that held are kept as guards: an empty, blank, mention-only or zero-width command (the
help, ephemeral), buttons clicked on an ephemeral result (no `message` in the payload) and on a
message in a thread, `message_action`, a global `shortcut`, `view_closed`, and an event for
another team's installation (200, nothing posted).
"""

from __future__ import annotations

import json
import logging
import time
import urllib.request
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    TEAM_ID,
    AppServer,
    action_from_message,
    block_actions_body,
    command_body,
    event_body,
    sign,
    view_submission_body,
)

UNMATCHED = "how many unicorns did we sell to martians"
TRIAGE = "C0TRIAGE01"


def _post_event(app: AppServer, body: str, retry: int | None = None) -> int:
    headers = {**sign(body), "Content-Type": "application/json"}
    if retry is not None:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    request = urllib.request.Request(
        app.base_url + "/slack/events", data=body.encode(), headers=headers, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 (loopback)
        return answer.status


def _ticket(app: AppServer, fake: FakeSlack) -> tuple[tuple[str, str], tuple[str, dict]]:
    """A new ticket: (requester's channel, ts) and (triage ts, triage message)."""
    assert app.post(command_body(UNMATCHED))[0] == 200
    app.drain(30)
    mine = [k for k, m in fake.messages.items() if k[0] == "C0GENERAL1" and not m.get("thread_ts")]
    triage = [(k[1], m) for k, m in fake.messages.items() if k[0] == TRIAGE]
    assert mine and triage, list(fake.messages)
    return mine[-1], triage[-1]


def _triage_notes(fake: FakeSlack, triage_ts: str) -> list[str]:
    return [
        str(c.args.get("text"))
        for c in fake.calls_to("chat.postMessage")
        if c.args.get("channel") == TRIAGE and c.args.get("thread_ts") == triage_ts
    ]


def _message(channel: str, thread_ts: str, text: str, channel_type: str, **extra: Any) -> dict:
    ts = f"{time.time():.6f}"
    return {
        "type": "message",
        "user": "U0REQ00001",
        "channel": channel,
        "text": text,
        "ts": ts,
        "thread_ts": thread_ts,
        "channel_type": channel_type,
        "event_ts": ts,
        **extra,
    }


def _file(name: str) -> dict[str, Any]:
    return {
        "id": "F0FILE0001",
        "name": name,
        "title": name,
        "mimetype": "text/csv",
        "filetype": "csv",
        "permalink": f"https://acme.slack.com/files/U0REQ00001/F0FILE0001/{name}",
    }


def _no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


@pytest.mark.parametrize("subtype", ["file_share", None])
def test_a_reply_that_is_only_a_file_reaches_the_triage_thread_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, subtype: str | None
) -> None:
    (channel, thread_ts), (triage_ts, _) = _ticket(app, fake)
    extra: dict[str, Any] = {"files": [_file("martians<!channel>.csv")], "upload": False}
    if subtype:
        extra["subtype"] = subtype
    body = event_body(_message(channel, thread_ts, "", "channel", **extra))
    for retry in (None, 1, 2):  # Slack's timeouts: the same delivery again
        assert _post_event(app, body, retry) == 200
    app.drain(30)
    echoed = [n for n in _triage_notes(fake, triage_ts) if "martians" in n and "commented" in n]
    assert len(echoed) == 1, _triage_notes(fake, triage_ts)
    assert "&lt;!channel&gt;" in echoed[0] and "<!channel>" not in echoed[0]
    _no_traceback(caplog)


def test_a_reply_with_words_and_a_file_names_the_file(app: AppServer, fake: FakeSlack) -> None:
    (channel, thread_ts), (triage_ts, _) = _ticket(app, fake)
    reply = _message(channel, thread_ts, "the list is attached", "channel", files=[_file("m.csv")])
    assert _post_event(app, event_body(reply)) == 200
    app.drain(30)
    echoed = [n for n in _triage_notes(fake, triage_ts) if "the list is attached" in n]
    assert len(echoed) == 1 and "m.csv" in echoed[0], _triage_notes(fake, triage_ts)


def test_a_reply_under_the_claimed_dm_is_a_comment_on_the_ticket(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    _, (triage_ts, triage) = _ticket(app, fake)
    claim = action_from_message(triage, "ticket_claim")
    click = block_actions_body(claim, user_id="U0ANA00001", channel_id=TRIAGE, message=triage)
    assert app.post(click)[0] == 200
    app.drain(30)
    dms = [k for k, m in fake.messages.items() if k[0].startswith("D") and "#1" in m["text"]]
    assert dms, list(fake.messages)
    reply = _message(dms[-1][0], dms[-1][1], "it is for the board on Friday", "im")
    body = event_body(reply)
    for retry in (None, 1):
        assert _post_event(app, body, retry) == 200
    app.drain(30)
    echoed = [n for n in _triage_notes(fake, triage_ts) if "board on Friday" in n]
    assert len(echoed) == 1, _triage_notes(fake, triage_ts)
    _no_traceback(caplog)


def test_a_reply_in_a_dm_thread_no_ticket_owns_gets_the_pointer_once(
    app: AppServer, fake: FakeSlack
) -> None:
    first = _message("D0REQ00001", "", "revenue please", "im")
    assert _post_event(app, event_body(first)) == 200  # the pointer, at the DM's top level
    app.drain(30)
    pointer = [k for k, m in fake.messages.items() if k[0] == "D0REQ00001"]
    assert len(pointer) == 1, list(fake.messages)
    reply = _message("D0REQ00001", pointer[0][1], "hello? anyone?", "im")  # under the pointer
    body = event_body(reply)
    for retry in (None, 1):
        assert _post_event(app, body, retry) == 200
    app.drain(30)
    said = [
        c.args
        for c in fake.calls_to("chat.postMessage")
        if c.args.get("channel") == "D0REQ00001" and c.args.get("thread_ts") == pointer[0][1]
    ]
    assert len(said) == 1 and "/datarequest" in str(said[0].get("text")), said


@pytest.mark.parametrize("text", ["", "   ", "<@U0BOT00001>", "<@U0REQ00002|bob>", "\u200b"])
def test_a_command_with_no_words_gets_the_help_ephemeral(app: AppServer, text: str) -> None:
    status, answer, _ = app.post(command_body(text))
    assert status == 200
    said = json.loads(answer)
    assert said["response_type"] == "ephemeral" and "/datarequest" in said["text"]


def test_clicks_on_an_ephemeral_result_and_in_a_thread_and_unregistered_payloads(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain(30)
    (channel, ts), result = list(fake.messages.items())[-1]
    for action_id in ("change_params", "subscribe"):
        action = action_from_message(result, action_id)
        ephemeral = json.loads(
            parse_qs(block_actions_body(action, message=result, is_ephemeral=True))["payload"][0]
        )
        del ephemeral["message"]  # Slack sends none for a click on an ephemeral message
        in_thread = json.loads(
            parse_qs(block_actions_body(action, message=dict(result, thread_ts="1.000001")))[
                "payload"
            ][0]
        )
        in_thread["container"]["thread_ts"] = "1.000001"
        for payload in (ephemeral, in_thread):
            before = len(fake.calls_to("views.open"))
            assert app.post(urlencode({"payload": json.dumps(payload)}))[0] == 200
            app.drain(30)
            assert len(fake.calls_to("views.open")) == before + 1
    posts = len(fake.calls_to("chat.postMessage"))
    user = {"id": "U0REQ00001"}
    for payload in (
        {"type": "message_action", "callback_id": "x", "trigger_id": "1.2", "user": user,
         "team": {"id": TEAM_ID}, "channel": {"id": channel}, "message": result, "message_ts": ts},
        {"type": "shortcut", "callback_id": "x", "trigger_id": "1.3", "user": user,
         "team": {"id": TEAM_ID}},
        {"type": "view_closed", "team": {"id": TEAM_ID}, "user": user, "is_cleared": False,
         "view": {"id": "V1", "callback_id": "params_modal", "private_metadata": "{}"}},
    ):  # fmt: skip
        assert app.post(urlencode({"payload": json.dumps(payload)}))[0] == 200
    other = json.loads(event_body(_message("C0GENERAL1", "1.000001", "hi", "channel")))
    other["team_id"] = "T0OTHER001"
    other["authorizations"] = [{"team_id": "T0OTHER001", "user_id": "U0BOT9", "is_bot": True}]
    assert _post_event(app, json.dumps(other)) == 200
    app.drain(30)
    assert len(fake.calls_to("chat.postMessage")) == posts
    _no_traceback(caplog)


def test_download_csv_on_a_result_in_a_thread_lands_in_that_thread(
    app: AppServer, fake: FakeSlack
) -> None:
    for _ in range(2):
        assert app.post(command_body("revenue by region last month"))[0] == 200
        app.drain(30)
    (_, parent), _ = list(fake.messages.items())[-2]
    result = list(fake.messages.values())[-1]
    result = dict(result, thread_ts=parent)  # the second result, as a reply under the first
    payload = json.loads(
        parse_qs(block_actions_body(action_from_message(result, "download_csv"), message=result))[
            "payload"
        ][0]
    )
    payload["container"]["thread_ts"] = parent  # what Slack sends for a message in a thread
    assert app.post(urlencode({"payload": json.dumps(payload)}))[0] == 200
    app.drain(30)
    shared = fake.calls_to("files.completeUploadExternal")
    assert len(shared) == 1 and shared[0].args.get("thread_ts") == parent, [c.args for c in shared]


def test_a_reply_under_the_closed_dm_reopens_the_ticket(app: AppServer, fake: FakeSlack) -> None:
    _, (triage_ts, _) = _ticket(app, fake)
    ticket = app.services.tickets.list_tickets()[0]
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
    view = {"callback_id": "ticket_close_modal", "private_metadata": json.dumps({"ticket": ticket.id})}  # fmt: skip
    assert app.post(view_submission_body(view, values, user_id="U0ANA00001"))[0] == 200
    app.drain(30)
    assert app.services.tickets.get(ticket.id).state == "done"
    dms = [k for k, m in fake.messages.items() if k[0].startswith("D")]
    assert len(dms) == 1, list(fake.messages)
    reply = _message(dms[0][0], dms[0][1], "these numbers leave out EMEA", "im")
    assert _post_event(app, event_body(reply)) == 200
    app.drain(30)
    assert app.services.tickets.get(ticket.id).state != "done"
    assert any("reopened" in n for n in _triage_notes(fake, triage_ts)), _triage_notes(
        fake, triage_ts
    )


def test_the_parameters_form_with_response_urls_sent_twice_answers_once(
    app: AppServer, fake: FakeSlack
) -> None:
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain(30)
    result = list(fake.messages.values())[-1]
    click = block_actions_body(action_from_message(result, "change_params"), message=result)
    assert app.post(click)[0] == 200
    app.drain(30)
    view = fake.calls_to("views.open")[-1].args["view"]
    view = json.loads(view) if isinstance(view, str) else view
    values: dict[str, Any] = {}
    for block in view["blocks"]:
        element = block.get("element") or {}
        if element.get("action_id"):
            typed: dict[str, Any] = {"type": element["type"]}
            if element.get("initial_value") is not None:
                typed["value"] = element["initial_value"]
            if element.get("initial_option"):
                typed["selected_option"] = element["initial_option"]
            values[block["block_id"]] = {element["action_id"]: typed}
    payload = json.loads(parse_qs(view_submission_body(view, values))["payload"][0])
    payload["response_urls"] = [
        {"block_id": "b", "action_id": "a", "channel_id": "C0GENERAL1",
         "response_url": fake.response_url()}
    ]  # fmt: skip
    posts = len(fake.calls_to("chat.postMessage"))
    for _ in range(2):  # the same submission delivered again (same trigger_id)
        status, answer, _ = app.post(urlencode({"payload": json.dumps(payload)}))
        assert status == 200 and "errors" not in answer
    app.drain(30)
    assert len(fake.calls_to("chat.postMessage")) == posts + 1
