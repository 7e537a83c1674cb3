"""Twelfth red team (issue 9): a library's choices past what a Slack menu holds.

A Slack menu holds at most 100 options, each value at most 150 characters, and its initial
option must be one of them. A `choice` parameter of 150 choices set to the 120th made the
*Change parameters* form one Slack refuses (`invalid_arguments`: the person was told Slack did
not open the form in time, for ever); a choice of 200 characters came back from the menu cut to
150 and was refused as not a choice. Such a parameter is now a text input, checked against the
choices as before. A parameter named past 253 characters made a block_id past Slack's 255: the
form was refused the same way.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fake_slack import MAX_VIEW_BLOCKS, FakeSlack, validate_blocks
from slack_helpers import (
    AppServer,
    app_settings,
    block_actions_body,
    make_test_library,
    view_submission_body,
)

from bot.slack.rendering import results as rr

MANY = [f"c{i:03d}" for i in range(1, 151)]
LONG = ["short", "medium value", "l" * 200]
NAME = "n" * 300
LONG_PARAM = f"""/*---
title: Picked by a long name
keywords: [longname]
params:
  {NAME}: {{type: int}}
---*/
SELECT :{NAME} AS picked
"""


def _query(name: str, choices: list[str]) -> str:
    return f"""/*---
title: Picked {name}
description: Rows for one picked value.
keywords: [picked, {name}]
params:
  pick: {{type: choice, choices: {json.dumps(choices)}}}
---*/
SELECT :pick AS picked
"""


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> AppServer:  # type: ignore[misc]
    root = make_test_library(tmp_path / "queries")
    (root / "picked_many.sql").write_text(_query("many", MANY), encoding="utf-8")
    (root / "picked_long.sql").write_text(_query("long", LONG), encoding="utf-8")
    (root / "long_param.sql").write_text(LONG_PARAM, encoding="utf-8")
    with AppServer(app_settings(tmp_path, fake.api_url, query_library=root)) as server:
        yield server  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "param", "value"),
    [
        ("picked_many", "pick", "c120"),
        ("picked_many", "pick", "c007"),
        ("picked_long", "pick", "l" * 200),
        ("long_param", NAME, "4242"),
    ],
    ids=["choice 120 of 150", "choice 7 of 150", "a choice of 200 characters", "a long name"],
)
def test_a_form_for_choices_past_a_menus_limits_opens_and_runs_the_choice(
    app: AppServer,
    fake: FakeSlack,
    caplog: pytest.LogCaptureFixture,
    name: str,
    param: str,
    value: str,
) -> None:
    """*Change parameters* on a result of that choice: the form opens (Slack's rules for a
    menu kept), and submitted as it opened it runs that same choice."""
    caplog.set_level(logging.INFO)
    query = app.services.library.get(name)
    view = rr.params_modal(query, {param: value}, metadata={"q": name})
    assert validate_blocks(view["blocks"], max_blocks=MAX_VIEW_BLOCKS) is None
    click = {
        "type": "button",
        "action_id": rr.CHANGE_PARAMS,
        "block_id": "result_actions",
        "value": json.dumps({"q": name, "p": {param: value}}),
    }
    assert app.post(block_actions_body(click))[0] == 200
    app.drain(30)
    opened = fake.calls_to("views.open")
    assert len(opened) == 1, [(c.method, c.response) for c in fake.calls]
    form = (
        json.loads(opened[0].args["view"])
        if isinstance(opened[0].args["view"], str)
        else opened[0].args["view"]
    )
    block = next(b for b in form["blocks"] if b.get("type") == "input")
    block_id, element = block["block_id"], block["element"]
    if element["type"] == "static_select":
        state = {"type": "static_select", "selected_option": element["initial_option"]}
    else:
        state = {"type": element["type"], "value": element.get("initial_value")}
    assert app.post(view_submission_body(form, {block_id: {"value": state}}))[0] == 200
    app.drain(30)
    results = [m for m in fake.messages.values() if str(m.get("text")).startswith("Picked")]
    assert len(results) == 1, [m.get("text") for m in fake.messages.values()]
    assert value in json.dumps(results[0]["blocks"]), results[0]["blocks"]
    assert not [r for r in caplog.records if r.exc_info]
