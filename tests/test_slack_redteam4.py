"""Red-team probes at the running app, fourth round (issue 9): hostile and faulty Slack traffic.

Each test drives the real app over signed HTTP on loopback, with the fake Slack Web API, in
Slack's payload shapes, and asserts what the person, the ticket and the server get: a reply
Slack delivers in a shape the first rounds never sent, a Slack that refuses every post, a DM to
the bot, a client that connects and stalls.
"""

from __future__ import annotations

import json
import logging
import select
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    app_settings,
    command_body,
    event_body,
    post_signed,
)


def _tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.exc_info]


def _a_ticket(app: AppServer) -> Any:
    assert app.post(command_body("please build a churn dashboard"))[0] == 200
    app.drain()
    return app.services.tickets.list_tickets()[0]


# ---- thread replies in the shapes Slack gives them -----------------------------------------------


@pytest.mark.parametrize(
    ("subtype", "extra"),
    [
        ("thread_broadcast", {"root": {"ts": "x"}}),  # "Also send to #channel" ticked
        ("file_share", {"files": [{"id": "F0FILE0001", "name": "example.csv"}]}),
    ],
)
def test_a_reply_also_sent_to_the_channel_or_with_a_file_reaches_the_ticket(
    app: AppServer, fake: FakeSlack, subtype: str, extra: dict[str, Any]
) -> None:
    """A reply with "Also send to #channel" ticked is a `thread_broadcast` message, one with a
    file attached a `file_share`: both were ignored as "not a reply" (every subtype was), so
    the comment was lost and the requester's "this is wrong" did not reopen the ticket."""
    ticket = _a_ticket(app)
    app.services.tickets.claim(ticket.id, "U0ANALYST1")
    app.services.tickets.close(ticket.id, "U0ANALYST1", resolution="done")
    event = {
        "type": "message",
        "subtype": subtype,
        "user": ticket.requester_id,
        "text": "these numbers are wrong for EMEA",
        "ts": f"{time.time():.6f}",
        "thread_ts": ticket.message_ts,
        "channel": ticket.message_channel,
        "channel_type": "channel",
        "event_ts": f"{time.time():.6f}",
        **extra,
    }
    body = event_body(event)
    for retry in ("", "1", "2"):  # Slack's retries of one event carry the same event_id
        headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"}
        assert app.post(body, extra_headers=headers if retry else None)[0] == 200
    app.drain()
    after = app.services.tickets.get(ticket.id)
    assert after.is_open, after.state
    history = app.services.tickets.events(ticket.id)
    comments = [e for e in history if e.kind == "commented"]
    assert len(comments) == 1


def test_edits_and_deletions_in_a_ticket_thread_are_still_not_replies(
    app: AppServer, fake: FakeSlack
) -> None:
    ticket = _a_ticket(app)
    for subtype in ("message_changed", "message_deleted", "channel_join", "bot_message"):
        event = {"type": "message", "subtype": subtype, "user": ticket.requester_id, "text": "x",
                 "ts": f"{time.time():.6f}", "thread_ts": ticket.message_ts,
                 "channel": ticket.message_channel}  # fmt: skip
        assert app.post(event_body(event))[0] == 200
    app.drain()
    assert not [e for e in app.services.tickets.events(ticket.id) if e.kind == "commented"]


# ---- a DM to the bot --------------------------------------------------------------------------


def test_a_message_to_the_bot_in_its_dm_is_answered_once_with_where_to_ask(
    app: AppServer, fake: FakeSlack
) -> None:
    """The app subscribes to `message.im` and shows a Messages tab, but a DM that is not a
    thread reply was acked and dropped: the person wrote to the bot and heard nothing. Slack's
    retries of the event (same event_id) are answered once."""
    event = {
        "type": "message",
        "user": "U0REQ00001",
        "text": "revenue by region last month",
        "ts": f"{time.time():.6f}",
        "channel": "D0DM000001",
        "channel_type": "im",
        "event_ts": f"{time.time():.6f}",
    }
    body = event_body(event)
    for retry in ("", "1", "2"):
        headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"}
        assert app.post(body, extra_headers=headers if retry else None)[0] == 200
    # The bot's own message in that DM, and an edit, are not answered.
    for own in ({"bot_id": "B0BOT00001", "user": "U0BOT00001"}, {"subtype": "message_changed"}):
        assert app.post(event_body({**event, "ts": f"{time.time():.6f}", **own}))[0] == 200
    app.drain()
    said = [c.args for c in fake.calls_to("chat.postMessage")]
    assert [(m["channel"], "/datarequest" in m["text"]) for m in said] == [("D0DM000001", True)]


# ---- Slack refuses every post: the person still hears about their ticket ------------------------


@pytest.mark.parametrize("error", ["not_in_channel", "is_archived", "channel_not_found"])
def test_a_ticket_neither_the_channel_nor_a_dm_takes_is_told_through_the_response_url(
    app: AppServer, fake: FakeSlack, error: str
) -> None:
    """A result nowhere else to go reaches the command's response_url; the news of a new ticket
    did not: with the channel and the DM refused, the person saw only "Working on it"."""
    fake.fail_next(40, 200, method="chat.postMessage", error=error)
    url = fake.response_url("ticket")
    assert app.post(command_body("please build a churn dashboard", response_url=url))[0] == 200
    app.drain()
    told = [c.args for c in fake.calls_to("response_url")]
    assert len(told) == 1 and told[0]["text"].startswith("Ticket #1")
    assert told[0].get("response_type", "ephemeral") == "ephemeral"


# ---- a client that connects and stalls ----------------------------------------------------------


class _ServedByUvicornServer(AppServer):
    """The app behind `bot.slack.http.uvicorn_server`: the server `serve` runs, deadline short."""

    def __enter__(self) -> _ServedByUvicornServer:
        from bot.services import build_services
        from bot.slack.app import create_app
        from bot.slack.http import asgi_app, uvicorn_server

        self.services = build_services(self.settings, clock=self.clock)
        self.app = create_app(self.settings, services=self.services)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        self._server = uvicorn_server(asgi_app(self.app), port=port, host="127.0.0.1")
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        self.base_url = f"http://127.0.0.1:{port}"
        while not self._server.started:
            time.sleep(0.02)
        return self


def _closed_by_server(socks: list[socket.socket], wait_s: float) -> int:
    """How many of `socks` the server closed within `wait_s` (one bounded wait for all)."""
    open_ = {sock.fileno(): sock for sock in socks}
    deadline = time.monotonic() + wait_s
    while open_ and time.monotonic() < deadline:
        ready, _, _ = select.select(list(open_.values()), [], [], 0.5)
        for sock in ready:
            try:
                gone = sock.recv(4096) == b""
            except OSError:
                gone = True
            if gone:
                del open_[sock.fileno()]
    return len(socks) - len(open_)


def test_clients_that_connect_and_stall_are_dropped_and_others_are_served(
    tmp_path: Path,
    fake: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """uvicorn waits forever for a request that has started: a connection that sends nothing,
    half its headers, or a Content-Length and three bytes stayed open for good (700 of them
    after minutes), each a file descriptor, until the process could accept nothing more."""
    from bot.slack.http_guard import DeadlineH11Protocol

    caplog.set_level(logging.WARNING)
    monkeypatch.setattr(DeadlineH11Protocol, "read_deadline_s", 1.0)
    with _ServedByUvicornServer(app_settings(tmp_path, fake.api_url)) as app:
        port = int(app.base_url.rsplit(":", 1)[1])
        stalls = [b"", b"POST /slack/events HTTP/1.1\r\nHost: x\r\n"]
        stalls.append(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\nabc")
        stalled = []
        for start in stalls * 20:
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(start)
            stalled.append(sock)
        # Others are served meanwhile.
        status, body, _ = post_signed(app.base_url, command_body("help"))
        assert status == 200 and json.loads(body)
        # Bounded wait (far above the deadline): each stalled connection is closed by the server.
        dropped = _closed_by_server(stalled, 30.0)
        for sock in stalled:
            sock.close()
        assert dropped == len(stalled)
        # A keep-alive connection that finished its request is not cut short by the deadline.
        status, _, _ = post_signed(app.base_url, command_body("help"))
        assert status == 200
    assert not _tracebacks(caplog)
    drops = [r for r in caplog.records if "not received in time" in r.getMessage()]
    assert 1 <= len(drops) <= len(stalled)


# ---- the text of a ticket's triage post (notifications, screen readers, search) --------------------


def test_the_triage_post_of_a_ticket_with_a_suggested_query_names_its_state(
    app: AppServer, fake: FakeSlack
) -> None:
    """The button label of "Run suggested query" reused the state's variable: the `text` of
    every ticket with a closest query (the notification people read) said "Ticket #1 (None)"."""
    from slack_helpers import action_from_message, block_actions_body

    assert app.post(command_body("daily revenue trend for october 2026"))[0] == 200
    app.drain()
    posted = fake.calls_to("chat.postMessage")[-1].response
    result = fake.messages[(posted["channel"], posted["ts"])]
    action = action_from_message(result, "not_what_i_asked")
    assert (
        app.post(block_actions_body(action, message=result, channel_id=posted["channel"]))[0] == 200
    )
    app.drain()
    ticket = app.services.tickets.list_tickets()[0]
    assert ticket.best_query
    triage = fake.messages[(ticket.message_channel, ticket.message_ts)]
    assert triage["text"].startswith(f"Ticket #{ticket.id} (open): "), triage["text"]
    run = action_from_message(triage, "ticket_confirm")
    assert run["text"]["text"] == "Run suggested query"


# ---- the same click delivered again, out of order ------------------------------------------------


def test_a_ticket_click_delivered_again_out_of_order_changes_nothing_and_tells_nobody(
    app: AppServer, fake: FakeSlack
) -> None:
    """Claim, then Waiting; then both clicks delivered again (Claim, Waiting, Claim): each copy
    was applied again, the late Claim took the ticket out of waiting, and every copy posted its
    note and DMed the requester again (3 claim notes, 3 DMs, 2 pings for one of each)."""
    from slack_helpers import action_from_message, block_actions_body

    ticket = _a_ticket(app)

    def click(action_id: str) -> str:
        message = fake.messages[(ticket.message_channel, ticket.message_ts)]
        action = action_from_message(message, action_id)
        return block_actions_body(
            action, user_id="U0ANALYST1", channel_id=ticket.message_channel, message=message
        )

    claim = click("ticket_claim")
    assert app.post(claim)[0] == 200
    app.drain()
    waiting = click("ticket_waiting")
    assert app.post(waiting)[0] == 200
    app.drain()
    before = len(fake.calls_to("chat.postMessage"))
    for again in (claim, waiting, claim):
        assert app.post(again)[0] == 200
    app.drain()
    assert app.services.tickets.get(ticket.id).state == "waiting"
    assert [e.kind for e in app.services.tickets.events(ticket.id)] == [
        "created",
        "claimed",
        "waiting",
    ]
    assert len(fake.calls_to("chat.postMessage")) == before


def test_connections_that_send_garbage_instead_of_http_write_one_line_not_one_each(
    tmp_path: Path, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """uvicorn logged "Invalid HTTP request received." for each connection that sent garbage
    (300 connections, 300 lines) and two lines for each request asking for a WebSocket
    upgrade; refusals are one rate-limited line."""
    caplog.set_level(logging.INFO)
    with _ServedByUvicornServer(app_settings(tmp_path, fake.api_url)) as app:
        port = int(app.base_url.rsplit(":", 1)[1])
        for _ in range(200):
            with socket.create_connection(("127.0.0.1", port)) as sock:
                sock.sendall(b"GARBAGE \x00\x01 nonsense\r\n\r\n")
                assert sock.recv(100).startswith(b"HTTP/1.1 400")
        upgrade = {"Connection": "Upgrade", "Upgrade": "websocket"}
        for _ in range(20):
            status, _, _ = post_signed(app.base_url, command_body("help"), extra_headers=upgrade)
            assert status == 200
    uvicorn_lines = [r for r in caplog.records if r.name.startswith("uvicorn")]
    assert not uvicorn_lines, uvicorn_lines[0].getMessage()
    refused = [r for r in caplog.records if "refused:400 (not HTTP)" in r.getMessage()]
    assert 1 <= len(refused) <= 3


# ---- a JSON payload may carry what no database stores --------------------------------------------


def test_a_lone_surrogate_in_a_form_or_a_reply_loses_nothing(
    app: AppServer, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """JSON may escape a lone UTF-16 surrogate (`\\udc00`); Python decodes it into a string
    SQLite, PostgreSQL and every UTF-8 encoder refuse: a Close submission with one in its
    resolution was a traceback, the ticket stayed open and the closer was told nothing."""
    from slack_helpers import view_submission_body

    caplog.set_level(logging.INFO)
    ticket = _a_ticket(app)
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "fixed ☃ now"}}}
    view = {"callback_id": "ticket_close_modal", "private_metadata": json.dumps({"ticket": ticket.id})}  # fmt: skip
    body = view_submission_body(view, values, user_id="U0ANALYST1")
    escaped = json.dumps("☃")[1:-1]  # the snowman as JSON writes it, \u2603, in the form field
    assert escaped in body.replace("%5C", "\\")
    body = body.replace("%5Cu2603", "%5Cudc00")  # the same payload with a lone surrogate
    assert app.post(body)[0] == 200
    reply = {"type": "message", "user": "U0ANALYST1", "text": "and \\ud800 this",
             "ts": f"{time.time():.6f}", "thread_ts": ticket.message_ts,
             "channel": ticket.message_channel}  # fmt: skip
    assert app.post(event_body(reply).replace("\\\\ud800", "\\ud800"))[0] == 200
    app.drain()
    closed = app.services.tickets.get(ticket.id)
    assert closed.state == "done" and closed.resolution == "fixed \ufffd now"
    comments = [e for e in app.services.tickets.events(ticket.id) if e.kind == "commented"]
    assert len(comments) == 1
    assert not _tracebacks(caplog), _tracebacks(caplog)


# ---- a job that fails after the ack --------------------------------------------------------------


def test_a_request_whose_work_fails_after_the_ack_is_told_in_one_line(
    app: AppServer, fake: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected failure in a job after the ack (the surrogate above was one) was a log
    line and silence: the person saw "Working on it" for good. Now they get one DM."""
    from bot.errors import GENERIC_FAILURE
    from bot.slack import threads

    ticket = _a_ticket(app)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the database went away mid-request")

    monkeypatch.setattr(threads, "reply_in_thread", broken)
    reply = {"type": "message", "user": "U0ANALYST1", "text": "on it",
             "ts": f"{time.time():.6f}", "thread_ts": ticket.message_ts,
             "channel": ticket.message_channel}  # fmt: skip
    assert app.post(event_body(reply))[0] == 200
    app.drain()
    told = [c.args for c in fake.calls_to("chat.postMessage") if c.args["channel"] == "D0ANALYST1"]
    sent = json.dumps([c.args for c in fake.calls])
    assert [m["text"] for m in told] == [GENERIC_FAILURE]
    assert "Traceback" not in sent and "database went away" not in sent
