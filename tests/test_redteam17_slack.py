"""Twelfth red team (issue 9): Slack payloads in unusual but legal shapes (held; guards).

A command with no `response_url` (Slack leaves it empty for some enterprise-grid and shortcut
deliveries) whose form Slack will not open (`expired_trigger_id`), from an enterprise-grid
person (`W…`) in a group DM (`G…`/`mpdm`): the person gets the *Enter the values* button once,
by chat.postEphemeral. A result post refused with each of Slack's real `ok: false` codes for
chat.postMessage in a channel reaches the person once, and nothing is posted twice.
"""

from __future__ import annotations

import logging

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, block_actions_body, command_body

from bot.slack.rendering import results as rr


def test_a_form_slack_will_not_open_with_no_response_url_offers_the_button_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    fake.fail_next(1, 200, method="views.open", error="expired_trigger_id")
    body = command_body("look up an order", user_id="W0GRID0001", channel_id="G0MPDM0001")
    body = body.replace("is_enterprise_install=false", "is_enterprise_install=true")
    assert app.post(body)[0] == 200
    app.drain(30)
    shown = [e for e in fake.ephemerals if rr.OPEN_PARAMS in str(e.get("blocks"))]
    assert len(shown) == 1, fake.ephemerals
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize(
    "error",
    ["msg_too_long", "invalid_blocks", "not_in_channel", "channel_not_found", "is_archived",
     "restricted_action"],
)  # fmt: skip
def test_a_result_refused_with_slacks_own_codes_reaches_the_person_once(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, error: str
) -> None:
    caplog.set_level(logging.INFO)
    fake.fail_next(
        1, 200, method="chat.postMessage", error=error, where=lambda a: a["channel"] == "C0GENERAL1"
    )
    assert app.post(command_body("revenue by region in October 2026"))[0] == 200
    app.drain(30)
    posted = [m for m in fake.messages.values() if "Revenue by region" in str(m.get("text"))] + [
        e for e in fake.ephemerals if "Revenue by region" in str(e.get("text"))
    ]
    assert len(posted) == 1, (error, [c.method for c in fake.calls])
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


ACTIONS = [
    rr.CHANGE_PARAMS, rr.SUBSCRIBE, rr.NOT_WHAT_I_ASKED, f"{rr.PICK_CANDIDATE}_0",
    rr.NONE_OF_THESE, rr.MAKE_TICKET, rr.DOWNLOAD_CSV, rr.OPEN_PARAMS, rr.REFRESH,
    "ticket_claim", "ticket_reassign", "ticket_close", "ticket_waiting", "ticket_confirm",
    "unsubscribe", "standup_open", "cancel_query",
]  # fmt: skip


@pytest.mark.parametrize("action_id", ACTIONS)
def test_a_click_whose_action_has_no_value_is_answered_without_a_traceback(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, action_id: str
) -> None:
    """Slack omits `value` for a button defined without one; a forged click may too."""
    caplog.set_level(logging.INFO)
    action = {"type": "button", "action_id": action_id, "block_id": "b1", "action_ts": "1.2"}
    status = app.post(block_actions_body(action))[0]
    app.drain(30)
    assert status in (200, 400), status
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]
