"""The parameters form's seal names its person and expires; response_urls go only to Slack.

Both through the real app over signed HTTP on loopback, with the fake Slack (issue 9):

- The seal bound query and channel, not the person, and never expired: whoever held a form's
  private_metadata (another person, or anyone a day later) could submit it and have the query
  answered in the channel the form was opened for. Now a sealed form submitted by another
  person, or after FORM_LIFETIME_S, is refused in one line in the form.
- The app posted to whatever `response_url` a payload carried: a signed request (or a replayed
  one) naming another host had the person's answer sent there. Now only Slack's hooks host and
  SLACK_API_URL's host (the local shell, the fake Slack) are used; others are dropped with one
  log line and the person is answered in Slack.
"""

from __future__ import annotations

import json
import logging
import time
from types import SimpleNamespace
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    block_actions_body,
    command_body,
    view_submission_body,
)

from bot.settings import Settings
from handlers import form_seal

OPENER, OTHER, CHANNEL = "U0REQ00001", "U0OTHER001", "C0GENERAL1"
ORDER_ID = {"p:order_id": {"value": {"type": "number_input", "value": "5"}}}


def _submit(app: AppServer, meta: str, user: str) -> dict[str, Any]:
    view = {"callback_id": "params_modal", "private_metadata": meta}
    status, body, _ = app.post(view_submission_body(view, ORDER_ID, user_id=user))
    assert status == 200, body
    return json.loads(body) if body.strip() else {}


def _answers(fake: FakeSlack) -> list[Any]:
    return [c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == CHANNEL]


def test_a_form_submitted_by_another_person_or_after_a_day_is_refused_in_one_line(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    action = {"action_id": "open_params", "type": "button", "value": json.dumps({"q": "order_lookup"})}  # fmt: skip
    assert app.post(block_actions_body(action, user_id=OPENER, channel_id=CHANNEL))[0] == 200
    (opened,) = fake.wait_for("views.open")
    view = opened.args["view"]
    meta = (json.loads(view) if isinstance(view, str) else view)["private_metadata"]

    # Another person with the opener's form: refused in the form, nothing runs or is posted.
    refused = _submit(app, meta, OTHER)
    assert refused.get("response_action") == "errors", refused
    (line,) = refused["errors"].values()
    assert line == form_seal.NOT_YOURS and "\n" not in line
    app.drain()
    assert _answers(fake) == []

    # The same form a day and more after it was opened: refused the same way.
    stale = form_seal.sealed(
        SimpleNamespace(settings=app.settings),
        {"q": "order_lookup", "c": CHANNEL},
        user=OPENER,
        now=time.time() - form_seal.FORM_LIFETIME_S - 60,
    )
    expired = _submit(app, json.dumps(stale), OPENER)
    assert list(expired.get("errors", {}).values()) == [form_seal.EXPIRED], expired
    app.drain()
    assert _answers(fake) == []

    # The person who opened it, in time: answered in the channel the form was opened for.
    assert _submit(app, meta, OPENER) == {}
    fake.wait_for("chat.postMessage", lambda args: args.get("channel") == CHANNEL)
    app.drain()
    assert len(_answers(fake)) == 1
    assert not [r for r in caplog.records if r.exc_info], "no traceback"


def test_a_response_url_outside_slack_is_dropped_and_the_person_answered_in_slack(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    with FakeSlack() as outside:  # another host:port on loopback, as an attacker's server
        body = command_body("tickets", user_id=OPENER, response_url=outside.response_url("x"))
        assert app.post(body)[0] == 200
        (shown,) = fake.wait_for("chat.postEphemeral")
        app.drain()
        assert outside.calls == []
    assert shown.args["user"] == OPENER and shown.args["channel"] == CHANNEL
    dropped = [r.getMessage() for r in caplog.records if "response_url outside Slack" in r.getMessage()]  # fmt: skip
    assert len(dropped) == 1 and "127.0.0.1:" in dropped[0], dropped
    # Slack's own (here the fake Slack's host) is still used.
    assert app.post(command_body("tickets", response_url=fake.response_url("mine")))[0] == 200
    (used,) = fake.wait_for("response_url")
    assert used.args["response_name"] == "mine"


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.slack.com.evil.example/commands/T1/1/x",
        "https://hooks.slack.com@evil.example/commands/T1/1/x",
        "https://user:pw@hooks.slack.com/commands/T1/1/x",
        "http://hooks.slack.com/commands/T1/1/x",
        "https://hooks.slack.com\\@evil.example/x",
        "https://hooks.slack.com:8443/commands/T1/1/x",
        "https://evil.example/?https://hooks.slack.com/",
        "file:///etc/passwd",
        "https://hooks.slack.com/\x1b[2Jx",
        "https://[::1/x",
    ],
)
def test_only_slacks_hosts_are_response_urls(url: str) -> None:
    from bot.slack.client import slack_response_url

    settings = Settings(slack_api_url="http://127.0.0.1:9/api/")
    assert slack_response_url(url, settings) is None
    for kept in ("https://hooks.slack.com/commands/T1/1/x", "http://127.0.0.1:9/response/r1"):
        assert slack_response_url(kept, settings) == kept
