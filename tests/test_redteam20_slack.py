"""Fifteenth red team (issue 9): faulty Slack traffic as Slack really sends it.

Signed requests to the app behind its HTTP front on 127.0.0.1, the tests' fake Slack Web API on
loopback: Slack's retries of one delivery (concurrent and late), clicks on messages the bot no
longer knows, forms submitted with missing or extra values, and the Web API failing.
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
    action_from_message,
    block_actions_body,
    command_body,
    event_body,
)

TRIAGE = "C0TRIAGE01"
ANALYST = "U0ANA00001"


def _payload(body: str) -> dict[str, Any]:
    return json.loads(parse_qs(body)["payload"][0])


def _form(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


def _no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


def _last(fake: FakeSlack, channel: str, **match: Any) -> tuple[str, dict[str, Any]]:
    found = [
        (k[1], m)
        for k, m in fake.messages.items()
        if k[0] == channel and all(m.get(f) == v for f, v in match.items())
    ]
    assert found, list(fake.messages)
    return found[-1]


def test_not_what_i_asked_on_a_result_in_a_thread_tells_and_links_the_thread_parent(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    # A result, then "Not what I asked" on it: ticket #1, with that result's query suggested.
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain(30)
    parent, result = _last(fake, "C0GENERAL1", thread_ts=None)
    click = block_actions_body(action_from_message(result, "not_what_i_asked"), message=result)
    assert app.post(click)[0] == 200
    app.drain(30)
    _, triage = _last(fake, TRIAGE, thread_ts=None)
    # The team runs the suggested query: its result is a reply in the requester's thread.
    confirm = action_from_message(triage, "ticket_confirm")
    body = block_actions_body(confirm, user_id=ANALYST, channel_id=TRIAGE, message=triage)
    assert app.post(body)[0] == 200
    app.drain(30)
    reply_ts, reply = _last(fake, "C0GENERAL1", thread_ts=parent)
    reply = dict(reply, ts=reply_ts)
    # "Not what I asked" on that reply, as Slack sends a click in a thread.
    payload = _payload(
        block_actions_body(action_from_message(reply, "not_what_i_asked"), message=reply)
    )
    payload["container"]["thread_ts"] = parent
    before = len(fake.calls_to("chat.postMessage"))
    assert app.post(_form(payload))[0] == 200
    app.drain(30)
    news = [
        c.args
        for c in fake.calls_to("chat.postMessage")[before:]
        if c.args.get("channel") == "C0GENERAL1"
    ]
    assert len(news) == 1 and news[0].get("thread_ts") == parent, news
    tickets = sorted(app.services.tickets.list_tickets(), key=lambda t: t.id)
    second = tickets[-1]
    assert second.id == 2, tickets
    # The requester's next words in that thread (Slack sends the parent's ts) reach ticket #2
    # and leave #1 (done) closed.
    words = {
        "type": "message", "user": "U0REQ00001", "channel": "C0GENERAL1",
        "text": "I meant EMEA only", "ts": "1999999999.000001", "thread_ts": parent,
        "channel_type": "channel", "event_ts": "1999999999.000001",
    }  # fmt: skip
    assert app.post(event_body(words))[0] == 200
    app.drain(30)
    assert app.services.tickets.get(1).state == "done"
    comments = [e for e in app.services.tickets.events(2) if "EMEA" in str(e)]
    assert comments, app.services.tickets.events(2)
    _no_traceback(caplog)


PROXY_PAGE = b"<html><body><h1>502 Bad Gateway</h1>" + b"upstream said no " * 40 + b"</body></html>"


@pytest.mark.parametrize("status", [502, 200])
def test_a_web_api_body_that_is_not_json_is_one_short_line_of_ours(
    tmp_path: Any, fake: FakeSlack, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    """The scheduler's blocking client: slack_sdk wrote one ERROR line per call carrying the
    page (a proxy's HTML), and its text became the error code. Now the code is
    `unreadable_response` and the log holds one short line of ours, whatever the count."""
    from slack_helpers import app_settings
    from slack_sdk.errors import SlackApiError

    from bot.slack.client import make_sync_client
    from bot.slack.readable import UNREADABLE
    from bot.slack.sdk_log import NOT_JSON

    caplog.set_level(logging.DEBUG)
    NOT_JSON._next = 0.0  # the line is rate limited for the whole process: a fresh start
    client = make_sync_client(app_settings(tmp_path, fake.api_url))
    for _ in range(5):
        fake.fail_next(6, status, raw=(PROXY_PAGE, "text/html"))
        with pytest.raises(SlackApiError) as raised:
            client.chat_postMessage(channel="C0GENERAL1", text="hi")
        fake.recover()
        assert raised.value.response.get("error") == UNREADABLE
        assert raised.value.response.status_code == status
        assert "upstream" not in str(raised.value)
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r for r in caplog.records if r.name.startswith("slack_sdk")], said
    assert len(said) == 1 and "not JSON" in said[0] and "upstream" not in said[0], said
    assert len(said[0]) < 160, said


def test_a_web_api_that_does_not_answer_in_time_is_no_error_line_per_try(
    tmp_path: Any, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """slack_sdk's blocking client wrote "Failed to send a request to Slack API server" at ERROR
    for every try of a read that timed out; the caller decides what to say."""
    from slack_helpers import app_settings

    from bot.slack.client import make_sync_client

    caplog.set_level(logging.DEBUG)
    client = make_sync_client(app_settings(tmp_path, fake.api_url, slack_timeout_s=0.3))
    fake.stall_next(5, "conversations.history", 0.6)
    with pytest.raises(Exception):  # noqa: B017 (the timeout, after the client's retries)
        client.conversations_history(channel="C0GENERAL1")
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r for r in caplog.records if r.name.startswith("slack_sdk")], said
    assert len(said) <= 1, said


def _concurrently(app: AppServer, body: str, retries: list[int | None]) -> list[int]:
    """`body` delivered once per entry of `retries` at the same moment, each with Slack's retry
    headers (None: the first delivery, no header)."""
    from concurrent.futures import ThreadPoolExecutor

    def send(retry: int | None) -> int:
        headers = {}
        if retry is not None:
            headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return app.post(body, extra_headers=headers)[0]

    with ThreadPoolExecutor(len(retries)) as pool:
        return list(pool.map(send, retries))


def test_a_command_delivered_again_at_once_and_late_is_answered_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    body = command_body("revenue by region last month")
    assert _concurrently(app, body, [None, 1, 2, 1]) == [200] * 4
    app.drain(30)
    assert app.post(body, extra_headers={"X-Slack-Retry-Num": "3"})[0] == 200  # late
    app.drain(30)
    results = [m for m in fake.posted() if "Revenue" in str(m.get("text")) or m.get("blocks")]
    assert len(fake.calls_to("chat.postMessage")) == 1, results
    _no_traceback(caplog)


def test_a_thread_reply_delivered_again_at_once_and_late_is_echoed_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    assert app.post(command_body("how many unicorns did we sell to martians"))[0] == 200
    app.drain(30)
    parent, _ = _last(fake, "C0GENERAL1", thread_ts=None)
    triage_ts, _ = _last(fake, TRIAGE, thread_ts=None)
    words = {
        "type": "message", "user": "U0REQ00001", "channel": "C0GENERAL1",
        "text": "it is for the board", "ts": "1999999999.000002", "thread_ts": parent,
        "channel_type": "channel", "event_ts": "1999999999.000002",
    }  # fmt: skip
    body = event_body(words)
    assert _concurrently(app, body, [None, 1, 2]) == [200] * 3
    app.drain(30)
    assert app.post(body, extra_headers={"X-Slack-Retry-Num": "3"})[0] == 200  # late
    app.drain(30)
    echoes = [m for m in fake.posted() if m.get("thread_ts") == triage_ts and "board" in m["text"]]
    assert len(echoes) == 1, echoes
    _no_traceback(caplog)


@pytest.mark.parametrize(
    "action_id", ["ticket_claim", "ticket_waiting", "ticket_close", "ticket_confirm"]
)
def test_a_ticket_button_of_a_ticket_the_bot_does_not_know_is_one_line(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, action_id: str
) -> None:
    message = {"ts": "1600000000.000100", "text": "Ticket #4242", "blocks": []}
    action = {"type": "button", "action_id": action_id, "block_id": "ticket:4242", "value": "4242"}
    body = block_actions_body(action, user_id=ANALYST, channel_id=TRIAGE, message=message)
    assert app.post(body)[0] == 200
    app.drain(30)
    told = fake.calls_to("chat.postEphemeral")
    assert len(told) == 1 and "\n" not in str(told[0].args.get("text")), [c.args for c in told]
    assert not fake.calls_to("chat.postMessage") and not fake.calls_to("views.open")
    _no_traceback(caplog)


def test_a_close_form_of_a_ticket_the_bot_does_not_know_is_one_line(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    from slack_helpers import view_submission_body

    values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
    view = {"callback_id": "ticket_close_modal", "private_metadata": json.dumps({"ticket": 4242})}
    status, answer, _ = app.post(view_submission_body(view, values, user_id=ANALYST))
    assert status == 200
    app.drain(30)
    said = [c.args.get("text") for c in fake.calls_to("chat.postEphemeral")] + [
        c.args.get("text") for c in fake.calls_to("chat.postMessage")
    ]
    assert answer or len(said) == 1, (answer, said)
    assert all("\n" not in str(s) for s in said), said
    _no_traceback(caplog)
