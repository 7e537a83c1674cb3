"""The line the front process hands to the jobs process, for both transports."""

from __future__ import annotations

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import command_body, form

from bot.slack.forwarder import job_record
from bot.slack.jobs_server import read_record


def test_an_http_request_crosses_over_with_its_raw_body() -> None:
    body = command_body("revenue by region last month")
    req = AsyncBoltRequest(body=body, headers={"x-slack-retry-num": "1"}, mode="http")
    again = read_record(job_record(req, received_at=1.5, ack_ms=2.0))
    assert again is not None and again.raw_body == body and again.body == req.body
    assert again.headers["x-slack-retry-num"] == ["1"]
    assert again.context["job_seed"] == {"received_at": 1.5, "ack_ms": 2.0}


def test_a_socket_mode_payload_crosses_over_whole() -> None:
    payload = form(command_body("revenue by region last month"))
    req = AsyncBoltRequest(body=payload, mode="socket_mode")
    assert req.raw_body == ""  # Bolt keeps no raw body for Socket Mode
    again = read_record(job_record(req, received_at=1.5, ack_ms=None))
    assert again is not None and again.body == payload and again.mode == "socket_mode"


def test_an_unreadable_line_is_dropped() -> None:
    lines = (b"not json\n", b"[1, 2]\n", b'{"headers": {}}\n', b'{"headers": {}, "body": ""}\n')
    for line in lines:
        assert read_record(line) is None
