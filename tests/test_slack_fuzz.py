"""Hostile and broken Slack traffic at every listener of the running app (issue 9).

Seeded random payloads in Slack's real shapes, signed, posted to the app on 127.0.0.1: every
button and modal the app registers, with values of the wrong type, out of range, malformed JSON,
markup and oversized text; commands and events with odd fields. Nothing may answer 5xx, and no
log record may carry a traceback: a refusal by Slack (an expired trigger_id, an unknown user) is
one line, like every other refusal.
"""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    app_settings,
    block_actions_body,
    command_body,
    event_body,
    view_submission_body,
)

from bot.slack.rendering import digest as dr
from bot.slack.rendering import progress as pr
from bot.slack.rendering import reminders as rm
from bot.slack.rendering import results as rr
from bot.slack.rendering import tickets as tr

WEIRD: list[Any] = [
    None, "", "x", "1", "0", "-1", "99999999999999999999", "1e999", "nan", "inf", "[]", "{}",
    '{"r":"a"}', '{"t":1}', '{"t":"1"}', '{"t":2147483648}', '{"q":"nope"}',
    '{"q":"revenue_by_region","b":{}}', '{"q":"revenue_by_region","p":{"period_start":"x"}}',
    "\u202e<!channel>", "<!subteam^S1> \x00\x1b[31m", "a" * 5000, 5, 1.5, True, [], {}, {"a": 1},
]  # fmt: skip
ACTIONS = [
    rr.DOWNLOAD_CSV, pr.CANCEL_QUERY, rr.CHANGE_PARAMS, rr.REFRESH, rr.OPEN_PARAMS,
    f"{rr.PICK_CANDIDATE}_0", f"{rr.PICK_CANDIDATE}_99", rr.NOT_WHAT_I_ASKED, rr.NONE_OF_THESE,
    rr.MAKE_TICKET, dr.STANDUP_OPEN, rr.SUBSCRIBE, rm.UNSUBSCRIBE, tr.CLAIM, tr.REASSIGN,
    tr.WAITING, tr.CLOSE, tr.CONFIRM,
]  # fmt: skip
VIEWS = [rr.PARAMS_CALLBACK, dr.STANDUP_CALLBACK, rm.SUBSCRIBE_CALLBACK, tr.CLOSE_CALLBACK]
ELEMENTS = {
    "plain_text_input": lambda r: {"value": r.choice(WEIRD)},
    "number_input": lambda r: {"value": r.choice(WEIRD)},
    "static_select": lambda r: {"selected_option": r.choice([None, {"value": r.choice(WEIRD)}])},
    "datepicker": lambda r: {"selected_date": r.choice([None, "2026-13-40", "2026-11-01", "x"])},
    "checkboxes": lambda r: {"selected_options": r.choice([[], [{"value": r.choice(WEIRD)}]])},
    "timepicker": lambda r: {"selected_time": r.choice(["25:99", "09:00", None])},
    "users_select": lambda r: {"selected_user": r.choice(WEIRD)},
    "conversations_select": lambda r: {"selected_conversation": r.choice(WEIRD)},
}


def _state(r: random.Random) -> dict[str, dict[str, dict[str, Any]]]:
    values: dict[str, dict[str, dict[str, Any]]] = {}
    for _ in range(r.randint(0, 4)):
        block = r.choice(["b", "params", "sql", "note", "query", "channel", "when"])
        action = r.choice(["a", "value", "sql", "note", "period", "n", "region", "channel", "time"])
        kind = r.choice(sorted(ELEMENTS))
        values.setdefault(block, {})[action] = {"type": kind, **ELEMENTS[kind](r)}
    return values


def _click(r: random.Random, fake: FakeSlack) -> str:
    action: dict[str, Any] = {"action_id": r.choice(ACTIONS), "type": "button"}
    if r.random() < 0.9:
        action["value"] = r.choice(WEIRD)
    if r.random() < 0.3:
        action["selected_option"] = r.choice([None, {"value": r.choice(WEIRD)}, r.choice(WEIRD)])
    message = {"ts": "1700000000.000100", "text": "", "blocks": [], "thread_ts": r.choice(WEIRD)}
    body = block_actions_body(
        action,
        message=message if r.random() < 0.7 else None,
        channel_id=r.choice(["C0GENERAL1", None, "", "C0TRIAGE01"]),
        response_url=r.choice(["", fake.response_url()]),
    )
    if r.random() < 0.25:  # a top-level field of the wrong type
        payload = json.loads(parse_qs(body)["payload"][0])
        payload[r.choice(sorted(payload))] = r.choice(WEIRD)
        body = urlencode({"payload": json.dumps(payload)})
    return body


def _request(r: random.Random, fake: FakeSlack) -> str:
    kind = r.random()
    if kind < 0.5:
        return _click(r, fake)
    if kind < 0.8:
        metadata = r.choice(WEIRD)
        view = {
            "callback_id": r.choice(VIEWS),
            "private_metadata": metadata if isinstance(metadata, str) else "",
            "blocks": [],
        }
        return view_submission_body(view, _state(r))
    if kind < 0.9:
        text = r.choice(
            ["revenue by region in October 2026", "help", "", "\x00", "<!channel> x", "a" * 4000]
        )
        return command_body(text)
    event = {
        "type": r.choice(["message", "app_home_opened"]),
        "user": r.choice(WEIRD),
        "channel": r.choice(WEIRD),
        "text": r.choice(WEIRD),
        "thread_ts": r.choice(WEIRD),
        "ts": r.choice(WEIRD),
        "channel_type": r.choice(["im", "channel", "group"]),
    }
    return event_body(event)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_hostile_traffic_gets_no_5xx_and_no_traceback(
    tmp_path: Path, seed: int, caplog: pytest.LogCaptureFixture
) -> None:
    r = random.Random(seed)
    statuses: list[int] = []
    with (
        FakeSlack() as fake,
        caplog.at_level(logging.WARNING),
        AppServer(app_settings(tmp_path, fake.api_url)) as app,
    ):
        for text in ("please build a churn dashboard", "a custom export of returns, please"):
            assert app.post(command_body(text))[0] == 200  # tickets #1 and #2 to click on
        app.drain(timeout=60)
        for _ in range(150):
            statuses.append(app.post(_request(r, fake))[0])
        app.drain(timeout=60)
    assert all(status < 500 for status in statuses), sorted(set(statuses))
    assert statuses.count(200) > len(statuses) // 2  # most reach a listener and are answered
    with_traceback = [rec.getMessage() for rec in caplog.records if rec.exc_info]
    assert with_traceback == []
