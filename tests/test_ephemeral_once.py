"""An ephemeral message is shown at most once, even when Slack stored it and failed to answer.

chat.postEphemeral carries no metadata and Slack keeps no history of it, so a post that may have
reached Slack (a 5xx after storing, a connection dropped after the request went out) cannot be
checked: it is neither sent again nor replaced by a DM, which would show the person the same
line twice. The app runs on loopback against the fake Slack's shaky Web API
(`FakeSlack.shaky_api_url`: every message stored, then answered 500 or dropped; the command's
response_url is gone, so the bot falls back to chat.postEphemeral), or with a shaky
response_url (`FakeSlack.shaky_response_url`: shown, then failed).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body

from bot.slack.client import may_have_reached


@pytest.fixture(params=["500", "drop"])
def shaky_app(
    request: pytest.FixtureRequest, tmp_path: Path, fake: FakeSlack
) -> Iterator[AppServer]:
    with AppServer(app_settings(tmp_path, fake.shaky_api_url(request.param))) as server:
        yield server


def test_an_ephemeral_slack_may_have_stored_is_shown_once(
    shaky_app: AppServer, fake: FakeSlack
) -> None:
    body = command_body("tickets", response_url=fake.base_url + "/gone/x")
    assert shaky_app.post(body)[0] == 200
    shaky_app.drain()
    shown = [e["text"][:11] for e in fake.ephemerals]
    assert shown == ["You have no"]  # one ephemeral recorded, not two
    assert len([c for c in fake.calls if c.method == "chat.postEphemeral"]) == 1  # no retry
    dms = fake.posted(lambda m: "You have no" in m["text"])
    assert dms == []  # and no DM with the same line


@pytest.mark.parametrize("how", ["500", "drop"])
def test_a_response_url_reply_slack_may_have_shown_is_not_shown_again(
    app: AppServer, fake: FakeSlack, how: str
) -> None:
    """The command's response_url showed the line and then failed: neither chat.postEphemeral
    nor a DM shows it a second time."""
    assert app.post(command_body("tickets", response_url=fake.shaky_response_url(how)))[0] == 200
    app.drain()
    shown = [c.args["text"][:11] for c in fake.calls if c.method == "response_url"]
    assert shown == ["You have no"]
    assert fake.ephemerals == []
    assert fake.posted(lambda m: "You have no" in m["text"]) == []


def test_only_a_send_that_certainly_did_not_reach_slack_may_be_repeated() -> None:
    import aiohttp
    from aiohttp.client_reqrep import ConnectionKey

    key = ConnectionKey("127.0.0.1", 1, False, False, None, None, None)
    refused = aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))
    assert not may_have_reached(refused)  # the connection never opened
    assert may_have_reached(aiohttp.ServerDisconnectedError())  # sent, then lost
    assert may_have_reached(TimeoutError())
    assert may_have_reached(status=500) and may_have_reached(status=200, error="fatal_error")
    assert not may_have_reached(status=200, error="channel_not_found")
    assert not may_have_reached(status=429, error="ratelimited")
