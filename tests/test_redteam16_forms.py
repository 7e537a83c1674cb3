"""Eleventh red team (issue 9): buttons and forms that met nothing, or a 500.

A result's *Change parameters* or *Set parameters* clicked after its query left the library
(renamed, removed) said nothing at all; a Subscribe form whose hour was a digit that `int()`
refuses ("²") answered 500 with a traceback. Each now gets one line or its own default.
"""

from __future__ import annotations

import json
import logging

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    block_actions_body,
    command_body,
    view_submission_body,
)

from bot.slack.rendering import reminders as rm
from bot.slack.rendering import results as rr
from handlers.context import QUERY_GONE

ANSWERABLE = "revenue by region in October 2026"


def _result(app: AppServer, fake: FakeSlack) -> dict[str, object]:
    assert app.post(command_body(ANSWERABLE))[0] == 200
    app.drain()
    return next(
        m for m in fake.messages.values() if str(m.get("text")).startswith("Revenue by region")
    )


@pytest.mark.parametrize("action_id", [rr.CHANGE_PARAMS, rr.SUBSCRIBE])
def test_a_form_button_whose_query_left_the_library_tells_the_person(
    app: AppServer, fake: FakeSlack, action_id: str
) -> None:
    """The button of a result posted before its query was renamed: one line, no form."""
    message = _result(app, fake)
    action = action_from_message(message, action_id)
    value = json.loads(action["value"])
    value["q"] = "revenue_by_region_renamed"
    action["value"] = json.dumps(value)
    assert app.post(block_actions_body(action, message=message))[0] == 200  # type: ignore[arg-type]
    app.drain()
    shown = [str(e.get("text")) for e in fake.ephemerals]
    assert shown.count(QUERY_GONE) == 1, shown
    assert not fake.calls_to("views.open")


def test_the_set_parameters_button_of_a_query_gone_tells_the_person(
    app: AppServer, fake: FakeSlack
) -> None:
    """*Set parameters* (a request that lacked a value) names its query the same way."""
    action = {"type": "button", "action_id": rr.OPEN_PARAMS, "value": '{"q":"gone_query"}'}
    assert app.post(block_actions_body(action))[0] == 200
    app.drain()
    assert [str(e.get("text")) for e in fake.ephemerals] == [QUERY_GONE]
    assert not fake.calls_to("views.open")


@pytest.mark.parametrize("hour", ["²", "¹²", "⑤"])
def test_a_subscribe_form_whose_hour_int_refuses_is_answered(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, hour: str
) -> None:
    """`"²".isdigit()` is True and `int("²")` raises: the form answered 500, a traceback."""
    caplog.set_level(logging.INFO)
    view = rm.subscribe_modal(app.services.library.get("revenue_by_region"), {}, "C0GENERAL1")
    values = {
        "frequency": {
            "frequency": {"type": "static_select", "selected_option": {"value": "daily"}}
        },
        "hour": {"hour": {"type": "static_select", "selected_option": {"value": hour}}},
        "channel": {
            "channel": {"type": "conversations_select", "selected_conversation": "C0GENERAL1"}
        },
    }
    assert app.post(view_submission_body(view, values))[0] == 200
    app.drain()
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]
    assert any("Subscribed:" in str(e.get("text")) for e in fake.ephemerals), fake.ephemerals
