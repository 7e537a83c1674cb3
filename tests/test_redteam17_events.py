"""Twelfth red team (issue 9): Events API traffic on a ticket's thread, as Slack sends it.

An edit (`message_changed`) or a deletion (`message_deleted`) of a reply in a ticket's
thread, the same delivered again with `X-Slack-Retry-Num` and `X-Slack-Retry-Reason:
http_timeout`, a reply from an enterprise-grid person (`W…`) in a shared channel, and
`app_uninstalled` / `tokens_revoked`: each is answered 200, the edit and the deletion echo
nothing, the reply is echoed into the triage thread once, and no traceback is logged.
"""

from __future__ import annotations

import json
import logging
import time

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, command_body, event_body, sign

UNMATCHED = "how many unicorns did we sell to martians"


def _ticket_thread(app: AppServer, fake: FakeSlack) -> tuple[str, str]:
    """(channel, ts) of the requester's copy of a new ticket, where replies are echoed from."""
    assert app.post(command_body(UNMATCHED))[0] == 200
    app.drain(30)
    posts = [
        (channel, ts)
        for (channel, ts), m in fake.messages.items()
        if channel == "C0GENERAL1" and not m.get("thread_ts")
    ]
    assert posts, list(fake.messages)
    return posts[-1]


def _post(app: AppServer, body: str, retry: int | None = None) -> int:
    import urllib.request

    headers = {**sign(body), "Content-Type": "application/json"}
    if retry is not None:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    request = urllib.request.Request(
        app.base_url + "/slack/events", data=body.encode(), headers=headers, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as answer:  # noqa: S310 (loopback)
        return answer.status


def _reply(channel: str, thread_ts: str, user: str, text: str, ts: str) -> dict:
    return {
        "type": "message",
        "user": user,
        "channel": channel,
        "text": text,
        "ts": ts,
        "thread_ts": thread_ts,
        "channel_type": "channel",
        "event_ts": ts,
    }


def test_edits_deletions_and_retries_on_a_ticket_thread_echo_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    channel, thread_ts = _ticket_thread(app, fake)
    before = len(fake.calls_to("chat.postMessage"))
    ts = f"{time.time():.6f}"
    reply = _reply(channel, thread_ts, "W0GRID0001", "the martians are in EMEA", ts)
    first = event_body(reply, event_id="Ev0REPLY01")
    for retry in (None, 1, 2):  # Slack's timeouts: the same delivery again, same event_id
        assert _post(app, first, retry) == 200
    edited = {
        "type": "message",
        "subtype": "message_changed",
        "channel": channel,
        "hidden": True,
        "ts": f"{time.time():.6f}",
        "event_ts": f"{time.time():.6f}",
        "channel_type": "channel",
        "message": {**reply, "text": "the martians are in APAC", "edited": {"user": "W0GRID0001"}},
        "previous_message": reply,
    }
    deleted = {
        "type": "message",
        "subtype": "message_deleted",
        "channel": channel,
        "hidden": True,
        "deleted_ts": ts,
        "ts": f"{time.time():.6f}",
        "event_ts": f"{time.time():.6f}",
        "channel_type": "channel",
        "previous_message": reply,
    }
    for event in (edited, deleted):
        body = event_body(event)
        assert _post(app, body) == 200
        assert _post(app, body, 1) == 200
    for kind in ("app_uninstalled", "tokens_revoked"):
        extra = {"tokens": {"oauth": [], "bot": ["U0BOT00001"]}} if kind == "tokens_revoked" else {}
        assert (
            _post(app, event_body({"type": kind, "event_ts": f"{time.time():.6f}", **extra})) == 200
        )
    app.drain(30)
    echoes = [
        c
        for c in fake.calls_to("chat.postMessage")[before:]
        if "martians are in" in json.dumps(c.args)
    ]
    assert len(echoes) == 1, [c.args.get("text") for c in echoes]
    assert "EMEA" in json.dumps(echoes[0].args)
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]
