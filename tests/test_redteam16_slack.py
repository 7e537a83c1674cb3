"""Eleventh red team (issue 9): a Slack Web API that answers with what is not its JSON.

Slack, or a proxy in front of it, may answer a call with a body cut short, a JSON array or a
bare string. slack_sdk raised what the app misread (a `SlackApiError` carrying aiohttp's
response, an `AttributeError`, the blocking client's `JSONDecodeError`): a result so answered
was lost with a traceback, or posted and followed by "something went wrong". Each is now a
`SlackApiError` with the code `unreadable_response`, handled as Slack trouble
(`bot.slack.readable`).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    app_settings,
    block_actions_body,
    command_body,
)
from slack_sdk.errors import SlackApiError

from bot.slack.client import (
    SlackAway,
    authorize_call,
    make_client,
    make_sync_client,
    slack_trouble,
)
from bot.slack.readable import UNREADABLE

ANSWERABLE = "revenue by region in October 2026"
JSON = "application/json; charset=utf-8"
UNREADABLE_BODIES = {
    "cut short": b'{"ok": true, "channel": "C0GEN',
    "an array": b"[1, 2]",
    "a string": b'"ok"',
}
# What a post may be answered with that it cannot use: the above, and a success that does not
# say where the message is (every caller threads under its `ts`).
POST_BODIES = {**UNREADABLE_BODIES, "ok with no ts": b'{"ok": true}'}
UNMATCHED = "how many unicorns did we sell to martians"


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "not stored"])
@pytest.mark.parametrize("body", list(POST_BODIES))
def test_a_result_post_answered_with_an_unreadable_body_is_posted_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, body: str, stored: bool
) -> None:
    """The post may have been stored (Slack answered 200): it is looked up by its key and sent
    again only when it is not there; the person is never told it failed, no traceback."""
    fake.fail_next(
        1,
        200,
        method="chat.postMessage",
        raw=(POST_BODIES[body], JSON),
        after_storing=stored,
    )
    caplog.set_level(logging.INFO)
    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain(30)
    texts = [str(m.get("text")) for m in fake.messages.values()]
    assert sum(t.startswith("Revenue by region") for t in texts) == 1, texts
    assert not any(t.startswith("Sorry") for t in texts), texts
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "not stored"])
@pytest.mark.parametrize("body", list(POST_BODIES))
def test_a_triage_post_answered_with_an_unreadable_body_is_posted_once_and_kept(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, body: str, stored: bool
) -> None:
    """The ticket's triage post: in the channel once, its place stored on the ticket (its
    buttons and thread work), the requester told once, no traceback."""
    fake.fail_next(
        1, 200, method="chat.postMessage", raw=(POST_BODIES[body], JSON), after_storing=stored
    )
    caplog.set_level(logging.INFO)
    assert app.post(command_body(UNMATCHED))[0] == 200
    app.drain(30)
    texts = [str(m.get("text")) for m in fake.messages.values()]
    assert sum(t.startswith("Ticket #1 (open)") for t in texts) == 1, texts
    assert sum(t.startswith("Ticket #1:") for t in texts) == 1, texts
    assert not any(t.startswith("Sorry") for t in texts), texts
    [ticket] = app.services.tickets.list_tickets()
    assert (ticket.message_channel, ticket.message_ts) in fake.messages
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("body", list(UNREADABLE_BODIES))
@pytest.mark.parametrize("status", [200, 502])
def test_both_clients_read_an_unreadable_answer_as_slack_trouble(
    tmp_path: Path, fake: FakeSlack, body: str, status: int
) -> None:
    """The scheduler's blocking client and the app's asyncio client raise the same
    SlackApiError, its HTTP status kept, for every method (a send and a read)."""
    settings = app_settings(tmp_path, fake.api_url)
    sync = make_sync_client(settings)

    async def read_async() -> None:
        await make_client(settings).conversations_history(channel="C0GEN0001")

    calls = [
        lambda: sync.chat_postMessage(channel="C0GENERAL1", text="hi"),
        lambda: sync.conversations_history(channel="C0GENERAL1"),
        lambda: asyncio.run(read_async()),
    ]
    for call in calls:
        # Enough failures for every retry a read gets after a 502.
        fake.fail_next(6, status, raw=(UNREADABLE_BODIES[body], JSON))
        with pytest.raises(SlackApiError) as raised:
            call()
        fake.recover()
        response = raised.value.response
        assert response.status_code in (200, status)
        # slack_sdk's blocking client reads a 5xx's unreadable body itself (its text as the
        # error code): Slack trouble by its status all the same.
        assert response.get("error") == UNREADABLE or response.status_code >= 500
        assert slack_trouble(response.status_code, response.get("error"))


def test_auth_test_answered_unreadably_is_slack_away_not_a_refused_token(
    tmp_path: Path, fake: FakeSlack
) -> None:
    """A restarted jobs process's first auth.test answered with a body cut short: the stored
    request is run again later (SlackAway), not refused as if the token were wrong."""
    settings = app_settings(tmp_path, fake.api_url)
    fake.fail_next(1, 200, method="auth.test", raw=(UNREADABLE_BODIES["cut short"], JSON))
    with pytest.raises(SlackAway):
        asyncio.run(authorize_call(make_client(settings)))
    fake.fail_next(1, 200, method="auth.test", raw=(b"<html>Bad gateway</html>", "text/html"))
    with pytest.raises(SlackAway):
        asyncio.run(authorize_call(make_client(settings)))


@pytest.mark.parametrize(
    ("method", "stored", "told"),
    [
        ("files.getUploadURLExternal", False, "could not be posted"),
        ("files.completeUploadExternal", True, "did not confirm"),
    ],
)
def test_an_upload_step_answered_ok_without_its_fields_is_told_not_a_traceback(
    app: AppServer,
    fake: FakeSlack,
    caplog: pytest.LogCaptureFixture,
    method: str,
    stored: bool,
    told: str,
) -> None:
    """*Download CSV*: an upload URL answered `{"ok": true}` alone was an AttributeError in
    slack_sdk, a completion so answered a TypeError; each is now the upload's own failure."""
    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain()
    message = next(
        m for m in fake.messages.values() if str(m.get("text")).startswith("Revenue by region")
    )
    fake.fail_next(1, 200, method=method, raw=(b'{"ok": true}', JSON), after_storing=stored)
    caplog.set_level(logging.INFO)
    action = action_from_message(message, "download_csv")
    assert app.post(block_actions_body(action, message=message))[0] == 200
    app.drain(30)
    shown = [str(e.get("text")) for e in fake.ephemerals]
    assert sum(told in t for t in shown) == 1, shown
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize(
    "body",
    [
        b'{"ok": true, "users": [{"id": "U0REQ00001"}]}',  # a TypeError (unhashable) on main
        b'{"ok": true, "users": {"U0REQ00001": true}}',  # its keys granted access on main
        b'{"ok": true, "users": "U0REQ00001"}',
        b'{"ok": true}',
    ],
)
def test_a_user_group_answered_out_of_shape_grants_nobody(
    tmp_path: Path, fake: FakeSlack, body: bytes
) -> None:
    """`allowed_groups`: only a list of Slack ids lets anyone in; any other answer counts as
    an empty group (refused), never a traceback and never the keys of a mapping."""
    from bot.slack.usergroups import UserGroups

    client = make_client(app_settings(tmp_path, fake.api_url))
    fake.fail_next(1, 200, method="usergroups.users.list", raw=(body, JSON))
    members = asyncio.run(UserGroups().members(client, "S0FINANCE1"))
    assert "U0REQ00001" not in members
