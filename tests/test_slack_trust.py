"""Trust at the Slack edge (issue 9): nothing posted twice, hostile input refused, text escaped.

Each test drives the real app over signed HTTP on loopback, with the fake Slack Web API storing
what it is sent (tests/fake_slack.py), and asserts on what Slack would show.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import threading
import time
from collections import Counter
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
    post_raw,
    sign,
    thread_reply,
    view_submission_body,
)

from bot.slack.rendering.blocks import escape

REQUESTER = "U0REQ00001"
CHANNEL = "C0GENERAL1"
TRIAGE = "C0TRIAGE01"
DM = "D" + REQUESTER[1:]


def clock():  # noqa: ANN201
    from datetime import UTC, datetime

    return datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Any:
    with AppServer(app_settings(tmp_path, fake.api_url), clock=clock) as server:
        yield server


def _ticket_posted(app: AppServer, fake: FakeSlack, text: str) -> tuple[Any, dict]:
    """Ask `text` (no query answers it), wait for its triage post; (ticket, triage message)."""
    assert app.post(command_body(text))[0] == 200
    app.drain()
    ticket = next(t for t in app.services.tickets.list_tickets() if t.text == text)
    assert ticket.message_ts is not None
    return ticket, fake.messages[(TRIAGE, ticket.message_ts)]


# ---- item 4: no duplicate posts ------------------------------------------------------------------


def test_a_message_slack_stored_before_failing_is_posted_once(
    app: AppServer, fake: FakeSlack
) -> None:
    fake.fail_next(1, 500, method="chat.postMessage", after_storing=True)
    assert app.post(command_body("revenue by region last month"))[0] == 200
    app.drain()
    results = fake.posted(lambda m: m["text"].startswith("Revenue by region"))
    assert len(results) == 1
    assert fake.calls_to("conversations.history")  # it was looked for before any re-send

    fake.fail_next(2, 500, method="chat.postMessage", after_storing=True)
    _ticket_posted(app, fake, "could someone build a churn dashboard")
    assert len(fake.posted(lambda m: m["text"].startswith("Ticket #1"))) == 2  # triage + reply
    assert len(app.services.tickets.list_tickets()) == 1


def test_two_instances_receiving_the_same_claim_tell_once(
    tmp_path: Path, fake: FakeSlack, pg_url: str
) -> None:
    settings = app_settings(tmp_path, fake.api_url, database_url=pg_url)
    with AppServer(settings, clock=clock) as one, AppServer(settings, clock=clock) as two:
        for n in range(3):
            ticket, triage = _ticket_posted(one, fake, f"please build dashboard number {n}")
            action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
            click = block_actions_body(
                action, user_id="U0ANALYST1", channel_id=TRIAGE, message=triage
            )
            start = threading.Barrier(2)

            def deliver(app: AppServer, body: str = click, barrier: Any = start) -> None:
                barrier.wait()
                assert app.post(body)[0] == 200

            threads = [threading.Thread(target=deliver, args=(a,)) for a in (one, two)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            one.drain()
            two.drain()
            assert one.services.tickets.get(ticket.id).claimed_by == "U0ANALYST1"
            notes = fake.posted(lambda m, ts=triage["ts"]: m.get("thread_ts") == ts)
            assert [m["text"] for m in notes] == ["<@U0ANALYST1> claimed the ticket."]
        dms = fake.posted(lambda m: "is working on your ticket" in m["text"])
        assert len(dms) == 3  # one per ticket


# ---- item 5: hostile input ------------------------------------------------------------------------

UNSIGNED = [
    b"payload=not-json",
    b"payload=%5B1%2C2%5D",  # a JSON array
    b'{"type": ',
    b"\xff\xfe\x00garbage",
    b"",
]


def test_unsigned_garbage_gets_401_before_parsing_and_little_log(
    app: AppServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    statuses = {post_raw(app.base_url, UNSIGNED[i % 5], headers)[0] for i in range(200)}
    stale = {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"}
    statuses.add(post_raw(app.base_url, b"payload=x", {**headers, **stale})[0])
    assert statuses == {401}
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    lines = [r.getMessage() for r in caplog.records if "refused:401" in r.getMessage()]
    assert 1 <= len(lines) <= 5 and all(len(line) < 200 for line in lines)


def _signed(body: bytes, content_type: str = "application/x-www-form-urlencoded") -> dict:
    return {"Content-Type": content_type, **sign(body.decode("utf-8", "replace"))}


def _interaction(payload: dict[str, Any], *, raw_number: str | None = None) -> bytes:
    text = json.dumps(payload)
    if raw_number is not None:
        text = text.replace('"NUMBER"', raw_number)
    return urlencode({"payload": text}).encode()


def _click(action: dict[str, Any], user: str = "U0ANALYST1") -> dict[str, Any]:
    """The parsed payload of a click, to be spoiled by a test."""
    return json.loads(parse_qs(block_actions_body(action, user_id=user))["payload"][0])


def test_signed_malformed_payloads_get_4xx_or_a_clear_message(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    claim = {"action_id": "ticket_claim", "type": "button", "block_id": "b"}
    refused = {
        "not JSON": urlencode({"payload": "{nope"}).encode(),
        "a JSON array": urlencode({"payload": "[1, 2]"}).encode(),
        "empty actions": _interaction({**_click(claim), "actions": []}),
        "no user": _interaction({k: v for k, v in _click(claim).items() if k != "user"}),
        "infinite number": _interaction({**_click(claim), "n": "NUMBER"}, raw_number="1e999"),
        "Infinity": _interaction({**_click(claim), "n": "NUMBER"}, raw_number="Infinity"),
    }
    for name, body in refused.items():
        status, _ = post_raw(app.base_url, body, _signed(body))
        assert status == 400, name
    told = {
        "absent ticket id": {**claim},
        "30-digit ticket id": {**claim, "value": "1" * 30},
        "ticket id in other digits": {**claim, "value": "١٢"},
    }
    for name, action in told.items():
        body = block_actions_body(action, user_id="U0ANALYST1")
        assert app.post(body)[0] == 200, name
    app.drain()
    refusals = fake.calls_to("chat.postEphemeral")
    assert [c.args["text"] for c in refusals] == ["This button no longer points to a ticket."] * 3

    for meta in ("{not json", json.dumps({"q": ["x"], "p": 5}), json.dumps([1])):
        view = {"callback_id": "params_modal", "private_metadata": meta}
        status, body, _ = app.post(view_submission_body(view, {}))
        assert status == 200 and json.loads(body)["response_action"] == "errors"
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
    for meta in ('{"ticket": "abc"}', '{"ticket": 1e999}', '{"ticket": 12345678901234567890}'):
        view = {"callback_id": "ticket_close_modal", "private_metadata": meta}
        status, body, _ = app.post(view_submission_body(view, values))
        assert status == 200, meta
        assert json.loads(body)["errors"] == {"resolution": "This ticket no longer exists."}
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]


def test_nul_bytes_never_lose_a_request(tmp_path: Path, fake: FakeSlack, pg_url: str) -> None:
    settings = app_settings(tmp_path, fake.api_url, database_url=pg_url)
    with AppServer(settings, clock=clock) as app:
        assert app.post(command_body("could someone build a churn\x00 dashboard"))[0] == 200
        app.drain()
        (ticket,) = app.services.tickets.list_tickets()
        assert ticket.text == "could someone build a churn dashboard"
        assert fake.posted(lambda m: m["text"].startswith("Ticket #1"))


# ---- item 6: text from people is escaped wherever it reaches Slack ----------------------------------

HOSTILE = "<!channel> <!here> <!subteam^S0TEAM|@data> see <http://evil.example|ok> \u202etxt.exe"


def test_text_from_people_reaches_slack_escaped(app: AppServer, fake: FakeSlack) -> None:
    ticket, _triage = _ticket_posted(app, fake, f"build a dashboard {HOSTILE}")
    told = next(
        m
        for (ch, _ts), m in fake.messages.items()
        if ch == CHANNEL and m["text"].startswith("Ticket #1")
    )
    assert app.post(thread_reply(REQUESTER, CHANNEL, told["ts"], f"more: {HOSTILE}"))[0] == 200
    app.drain()
    echoed = fake.posted(lambda m: m.get("thread_ts") == ticket.message_ts)
    assert len(echoed) == 1 and escape(f"more: {HOSTILE}") in echoed[0]["text"]
    sent = json.dumps([c.args for c in fake.calls if c.method.startswith("chat.")])
    for markup in ("<!channel>", "<!here>", "<!subteam^", "<http://evil", "\\u202e"):
        assert markup not in sent, markup
    assert "&lt;!channel&gt;" in sent


# ---- item 7: team actions are checked before anything runs ------------------------------------------


def test_a_non_member_cannot_open_close_or_run_the_suggested_query(
    tmp_path: Path, fake: FakeSlack
) -> None:
    roster = tmp_path / "roster.yaml"
    roster.write_text(
        "team: data-team\nlead: U0ALICE001\nmembers:\n"
        "  - {id: U0ALICE001, name: Alice}\n  - {id: U0BOB00001, name: Bob}\n"
    )
    settings = app_settings(tmp_path, fake.api_url, roster_file=roster)
    with AppServer(settings, clock=clock) as app:
        ticket = app.services.tickets.create_ticket(
            "revenue by region please",
            REQUESTER,
            CHANNEL,
            best_query="revenue_by_region",
            best_params={"period_start": "2026-10-01", "period_end": "2026-10-31"},
        )
        for action_id in ("ticket_close", "ticket_confirm"):
            action = {"action_id": action_id, "type": "button", "value": str(ticket.id)}
            assert app.post(block_actions_body(action, user_id="U0OUTSIDER"))[0] == 200
        app.drain()
        assert fake.calls_to("views.open", ok_only=False) == []
        assert not fake.posted(lambda m: m["text"].startswith("Revenue by region"))
        refusals = [c.args["text"] for c in fake.calls_to("chat.postEphemeral")]
        assert refusals == ["Only members of the data team can do this."] * 2
        assert app.services.tickets.get(ticket.id).is_open


def _live_objects() -> Counter[str]:
    """Instances by type, without what only waits for time to pass (see the test)."""
    gc.collect()
    found = Counter(type(o).__qualname__ for o in gc.get_objects())
    # A cancelled timer stays in its event loop's heap, with the context copied for it, until it
    # comes due (asyncio drops cancelled timers lazily: when due, or when they are over half of
    # a heap of 100): how many are there at one moment follows the timeouts cancelled in the
    # last 30 s (every Web API call has one), so the machine's load, not the requests served.
    for handle in gc.get_objects():
        if isinstance(handle, asyncio.TimerHandle) and handle.cancelled():
            found["TimerHandle"] -= 1
            found["Context"] -= 1
    return found


def _wait_for_connections_to_close(timeout: float = 10.0) -> None:
    """The fake closes each connection once it answered; wait for its handler threads to end."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any("process_request_thread" in t.name for t in threading.enumerate()):
            return
        time.sleep(0.02)


def test_nothing_is_kept_per_request(app: AppServer, fake: FakeSlack) -> None:
    """Instances stay flat over a burst of commands and clicks on many tickets (no per-ticket
    lock, client, logger or request kept)."""

    # Idle keep-alive connections to the fake (each with its handler thread, socket pair and
    # buffers) were counted too: their number follows how many calls overlapped in the last
    # seconds, which grows under load, and two growths of ten connections failed this test.
    fake.keep_alive = False

    def burst(n: int, first: int) -> None:
        for i in range(first, first + n):
            ticket = app.services.tickets.create_ticket(f"dashboard {i}", REQUESTER, CHANNEL)
            app.services.tickets.set_message_ref(ticket.id, TRIAGE, f"1700000000.{i:06d}")
            action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
            assert app.post(block_actions_body(action, user_id="U0ANALYST1"))[0] == 200
            assert app.post(command_body("revenue by region last month"))[0] == 200
        app.drain()
        _wait_for_connections_to_close()

    # Equal bursts: what one leaves in flight (connections in keep-alive, their timers) the
    # next leaves too. What is kept per request grows after every burst; what was merely in
    # flight when a count was taken shows after one, so the smaller of two growths counts.
    burst(40, 0)
    first = _live_objects()
    burst(40, 40)
    second = _live_objects()
    burst(40, 80)
    third = _live_objects()
    grown = {
        kind: n
        for kind in (second - first) | (third - second)
        if (n := min((second - first)[kind], (third - second)[kind])) >= 20
        and kind not in KEPT_BY_THE_TEST
    }
    assert grown == {}


# What the test itself keeps (the fake's calls and messages, pytest's log records), and
# sqlite3's bounded caches: the per-connection list of cursor weakrefs, purged every 200
# cursors, and the statement cache (128 statements a connection).
# contextvars' immutable maps (`hamt*`) are copied for each asyncio task and worker call and
# freed with them: how many exist at one moment follows the tasks still finishing (the progress
# watcher's, the keep-alive timers'), not the requests served, so they are not counted here.
KEPT_BY_THE_TEST = {
    "hamt",
    "hamt_bitmap_node",
    "hamt_array_node",
    "hamt_collision_node",
    "Call",
    "LogRecord",
    "dict",
    "list",
    "ReferenceType",
    "builtin_function_or_method",
    "Statement",
}


def test_events_no_listener_wants_are_answered_200_and_a_rate_limit_is_logged(
    app: AppServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Slack turns off an app's event subscriptions when its endpoint keeps failing, so an
    event without a listener, and Slack's notice that it dropped events, get 200, not 404."""
    unwanted = {
        "type": "event_callback",
        "team_id": "T0TEAM0001",
        "api_app_id": "A0APP00001",
        "event_id": "Ev0UNWANTED",
        "event_time": 1700000000,
        "event": {"type": "reaction_added", "user": "U0REQ00001", "reaction": "eyes", "item": {}},
    }
    limited = {
        "token": "deprecated",
        "type": "app_rate_limited",
        "team_id": "T0TEAM0001",
        "api_app_id": "A0APP00001",
        "minute_rate_limited": 1700000040,
    }
    with caplog.at_level(logging.WARNING, logger="datarequest.slack"):
        for payload in (unwanted, limited):
            body = json.dumps(payload).encode()
            status, _ = post_raw(
                app.base_url, body, {"Content-Type": "application/json", **sign(body.decode())}
            )
            assert status == 200, payload["type"]
    assert "Slack dropped events: the app was rate-limited (minute 1700000040)" in caplog.text
