"""Twelfth red team (issue 9): Block Kit limits met by what people type and libraries hold.

Slack refuses a button whose value passes 2,000 characters. The app writes a button's value as
compact JSON, and JSON escapes every character outside ASCII as six (`é` is `\\u00e9`): a
request of 400 Cyrillic letters, or a string parameter of 400 accented ones, made the value of
*Not what I asked*, *Change parameters* or a candidate's button pass the limit, and rendering
the answer raised instead of posting it.
"""

from __future__ import annotations

import json
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
    make_test_library,
    view_submission_body,
)

from bot.slack.rendering import results as rr

MANY_STRINGS = """/*---
title: Contacts by four names
description: Finds a contact by four names typed in the form.
keywords: [contacts, names]
params:
  first: {type: string}
  second: {type: string, optional: true}
  third: {type: string, optional: true}
  fourth: {type: string, optional: true}
---*/
SELECT :first AS a{% if second %}, :second AS b{% endif %}{% if third %}, :third AS c{% endif %}{% if fourth %}, :fourth AS d{% endif %}
"""


def _library(tmp_path: Path) -> Path:
    root = make_test_library(tmp_path / "queries")
    (root / "contacts_by_names.sql").write_text(MANY_STRINGS, encoding="utf-8")
    return root


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> AppServer:  # type: ignore[misc]
    with AppServer(app_settings(tmp_path, fake.api_url, query_library=_library(tmp_path))) as s:
        yield s  # type: ignore[misc]


def _no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


def _buttons(message: dict) -> list[dict]:
    return [
        el
        for block in message.get("blocks", [])
        for el in block.get("elements", []) or []
        if isinstance(el, dict) and el.get("type") == "button"
    ]


@pytest.mark.parametrize("letter", ["ж", "é", "語", "😀"])
def test_a_long_request_in_another_script_is_answered_with_its_buttons(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, letter: str
) -> None:
    """An answerable request followed by 590 letters outside ASCII: the result, once, with
    every button; each value within Slack's 2,000 characters."""
    caplog.set_level(logging.INFO)
    text = "revenue by region in October 2026 " + letter * 590
    assert app.post(command_body(text))[0] == 200
    app.drain(30)
    results = [m for m in fake.messages.values() if str(m.get("text")).startswith("Revenue")]
    assert len(results) == 1, [m.get("text") for m in fake.messages.values()]
    names = {b["action_id"] for b in _buttons(results[0])}
    assert {rr.CHANGE_PARAMS, rr.NOT_WHAT_I_ASKED, rr.DOWNLOAD_CSV} <= names
    for b in _buttons(results[0]):
        assert len(b["value"].encode("utf-16-le")) // 2 <= 2000
    not_what = action_from_message(results[0], rr.NOT_WHAT_I_ASKED)
    assert letter in json.loads(not_what["value"])["t"]
    _no_traceback(caplog)


def test_a_long_ambiguous_request_in_another_script_offers_its_choices(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """A request that fits two queries, padded with 590 Cyrillic letters: the choice is
    offered (or the request answered), never 'Sorry'."""
    caplog.set_level(logging.INFO)
    assert app.post(command_body("revenue " + "ж" * 590))[0] == 200
    app.drain(30)
    texts = [str(m.get("text")) for m in fake.messages.values()]
    assert texts and not any(t.startswith("Sorry") for t in texts), texts
    _no_traceback(caplog)


@pytest.mark.parametrize("value", ["é" * 480, "x" * 500], ids=["accented", "ascii"])
def test_a_result_of_long_string_parameters_is_posted(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture, value: str
) -> None:
    """Four string parameters of up to 500 characters each (what the string type takes),
    submitted through the parameters form: the result is posted, once, its buttons valid."""
    caplog.set_level(logging.INFO)
    query = app.services.library.get("contacts_by_names")
    view = rr.params_modal(query, {}, metadata={"q": query.name, "c": "C0GENERAL1"})
    values = {
        f"p:{name}": {"value": {"type": "plain_text_input", "value": value}}
        for name in ("first", "second", "third", "fourth")
    }
    assert app.post(view_submission_body(view, values))[0] == 200
    app.drain(30)
    results = [m for m in fake.messages.values() if str(m.get("text")).startswith("Contacts")]
    assert len(results) == 1, [m.get("text") for m in fake.messages.values()]
    for b in _buttons(results[0]):
        assert len(b["value"].encode("utf-16-le")) // 2 <= 2000
    _no_traceback(caplog)


def test_a_long_request_in_another_script_that_lacks_a_value_opens_the_form(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """The form for a missing value carries the request's words in its private_metadata
    (3,000 characters): 490 Cyrillic letters passed it as JSON escapes."""
    caplog.set_level(logging.INFO)
    assert app.post(command_body("look up an order " + "ж" * 490))[0] == 200
    app.drain(30)
    assert len(fake.calls_to("views.open")) == 1, [c.response for c in fake.calls]
    assert not [m for m in fake.messages.values() if str(m.get("text")).startswith("Sorry")]
    _no_traceback(caplog)


def test_the_buttons_of_a_result_whose_parameters_do_not_fit_still_work(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """Parameters too long for a button: no Subscribe or Download CSV (they would run other
    parameters), a line saying so, and *Change parameters* opens the form."""
    caplog.set_level(logging.INFO)
    query = app.services.library.get("contacts_by_names")
    view = rr.params_modal(query, {}, metadata={"q": query.name, "c": "C0GENERAL1"})
    values = {
        f"p:{name}": {"value": {"type": "plain_text_input", "value": "x" * 500}}
        for name in ("first", "second", "third", "fourth")
    }
    assert app.post(view_submission_body(view, values))[0] == 200
    app.drain(30)
    result = next(m for m in fake.messages.values() if str(m.get("text")).startswith("Contacts"))
    names = {b["action_id"] for b in _buttons(result)}
    assert rr.SUBSCRIBE not in names and rr.DOWNLOAD_CSV not in names, names
    assert any(b.get("block_id") == "binds_too_long" for b in result["blocks"])
    change = action_from_message(result, rr.CHANGE_PARAMS)
    assert app.post(block_actions_body(change, message=result))[0] == 200  # type: ignore[arg-type]
    app.drain(30)
    assert len(fake.calls_to("views.open")) == 1, [c.response for c in fake.calls]
    _no_traceback(caplog)
