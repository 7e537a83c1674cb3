"""Red-team probes at the running app, tenth round (issue 9): hostile and faulty Slack traffic.

Each test drives the real app over signed HTTP on loopback with the fake Slack Web API, in
Slack's own payload shapes, and asserts what the person, the ticket and the log get.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, command_body

from bot.slack.dispatch import request_copy
from bot.slack.http_body import http_request
from bot.slack.intake_runner import read_record

ANSWERABLE = "revenue by region in October 2026"
FORM = "application/x-www-form-urlencoded"


def _results(fake: FakeSlack) -> list[object]:
    """The result messages of ANSWERABLE posted so far."""
    return [
        c
        for c in fake.calls_to("chat.postMessage")
        if str(c.args.get("text")).startswith("Revenue by region")
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", ANSWERABLE + " by payload"),  # the word in what the person typed
        ("channel_name", "payload-team"),  # a channel named so: every command in it
        ("user_name", "payloads.rita"),
        ("team_domain", "payload"),
    ],
)
def test_a_command_that_holds_the_word_payload_is_answered(
    app: AppServer, fake: FakeSlack, field: str, value: str
) -> None:
    """Bolt reads a form body holding the characters `payload` anywhere as an interaction's
    `payload=` field and, finding none, as an empty body: a slash command that says "payload",
    or comes from a channel, person or workspace so named, got 400 (Slack shows the person
    "dispatch_failed") and was never answered."""
    trigger = "7715.42.1"
    form = dict(parse_qsl(command_body(ANSWERABLE, trigger_id=trigger), keep_blank_values=True))
    form[field] = value
    assert app.post(urlencode(form))[0] == 200
    app.drain()
    results, tickets = _results(fake), app.services.tickets.list_tickets()
    assert len(results) + len(tickets) == 1, (results, tickets)


def test_the_jobs_process_reads_a_stored_command_holding_payload_as_the_command() -> None:
    """The jobs process rebuilds each request from the intake's stored raw body: it must read
    the command the front acked, not an empty body (the job would find no command to run)."""
    body = command_body(ANSWERABLE + " by payload", trigger_id="7715.42.2")
    line = json.dumps(
        {"body": body, "headers": {"content-type": [FORM]}, "received_at": 1.0}
    ).encode()
    req = read_record(line)
    assert req is not None
    assert req.body["command"] == "/datarequest"
    assert req.body["text"] == ANSWERABLE + " by payload"
    assert req.context["user_id"] == "U0REQ00001"
    copy = request_copy(req)
    assert copy.body == req.body


def test_an_interaction_is_still_read_from_its_payload_field() -> None:
    """Guard: a form whose `payload` field holds the interaction is read as that interaction,
    whatever else the raw body holds."""
    payload = {"type": "block_actions", "user": {"id": "U0REQ00001"}, "actions": []}
    req = http_request(urlencode({"payload": json.dumps(payload)}), headers={})
    assert req.body == payload
    assert req.context["user_id"] == "U0REQ00001"
