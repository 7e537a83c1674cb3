"""Tenth red team, HTTP level: what reaches a real `datarequest serve` on the wire.

One `serve` (front and jobs process, the durable intake on SQLite) takes every probe; each sends
raw bytes on its own connection, signed with Slack's scheme, and checks the status line and
what the fake Slack got: each acked command answered exactly once (its result keyed
`cmd:<trigger_id>:1`). Probes the earlier rounds did not send: a command holding the word
"payload" through the intake (failed before its fix), duplicate and differently cased signature
headers, a deflate body, one-byte chunks with extensions and a trailer, five requests pipelined
on one connection, `Expect: 100-continue`, repeated form fields, an event with a duplicate key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import socket
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    SIGNING_SECRET,
    app_settings,
    command_body,
    next_id,
    thread_reply,
)
from test_slack_durable import Serve

ANSWERABLE = "revenue by region in October 2026"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Serve, FakeSlack]]:
    tmp = tmp_path_factory.mktemp("rt15http")
    with FakeSlack() as fake:
        serve = Serve(tmp, app_settings(tmp, fake.api_url))
        try:
            serve.wait_healthy()
            serve.wait_for_line(r"jobs process \d+ listening")
            yield serve, fake
        finally:
            serve.stop()


def _exchange(port: int, data: bytes, *, answers: int = 1, timeout: float = 10.0) -> list[int]:
    """Send `data` on one connection; the status codes of the first `answers` responses."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        got = b""
        deadline = time.monotonic() + timeout
        while got.count(b"HTTP/1.") < answers and time.monotonic() < deadline:
            chunk = sock.recv(65536)
            if not chunk:
                break
            got += chunk
    # A response's body ends with no newline: the next status line follows it directly.
    return [int(status) for status in re.findall(rb"HTTP/1\.[01] (\d{3}) ", got)]


def _request(body: bytes, headers: list[tuple[str, str]], *, length: bool = True) -> bytes:
    lines = ["POST /slack/events HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{k}: {v}" for k, v in headers]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def _signed_headers(body: bytes, ctype: str = FORM) -> list[tuple[str, str]]:
    ts = str(int(time.time()))
    digest = hmac.new(SIGNING_SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256)
    return [
        ("Content-Type", ctype),
        ("X-Slack-Request-Timestamp", ts),
        ("X-Slack-Signature", f"v0={digest.hexdigest()}"),
    ]


def _keys(fake: FakeSlack) -> Counter[str]:
    return Counter(
        str(c.args["metadata"].get("event_payload", {}).get("key"))
        for c in fake.calls_to("chat.postMessage")
        if isinstance(c.args.get("metadata"), dict)
    )


def _answered_once(fake: FakeSlack, *triggers: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        keys = _keys(fake)
        if all(keys[f"cmd:{t}:1"] for t in triggers) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert {t: keys[f"cmd:{t}:1"] for t in triggers} == dict.fromkeys(triggers, 1)


def _command(text: str = ANSWERABLE, **fields: str) -> tuple[str, bytes]:
    trigger = next_id("7715.")
    form = dict(parse_qsl(command_body(text, trigger_id=trigger), keep_blank_values=True))
    form.update(fields)
    return trigger, urlencode(form).encode()


def test_a_command_holding_the_word_payload_is_answered_through_the_intake(
    running: tuple[Serve, FakeSlack],
) -> None:
    """Front, intake and jobs process read the same command (400 on main)."""
    serve, fake = running
    trigger, body = _command(channel_name="payload-team")
    assert _exchange(serve.port, _request(body, _signed_headers(body))) == [200]
    _answered_once(fake, trigger)


def test_the_last_signature_header_is_the_one_checked_and_case_does_not_matter(
    running: tuple[Serve, FakeSlack],
) -> None:
    """Held: of two `X-Slack-Signature` (or timestamp) headers the last is checked, whatever
    the first says; header names in any case are the same header."""
    serve, fake = running
    answered = []
    for shape in ("bad_then_good", "good_then_bad", "stale_ts_first", "lower", "upper"):
        trigger, body = _command()
        ctype, ts, sig = _signed_headers(body)
        headers = {
            "bad_then_good": [ctype, ts, ("X-Slack-Signature", "v0=00"), sig],
            "good_then_bad": [ctype, ts, sig, ("X-Slack-Signature", "v0=00")],
            "stale_ts_first": [ctype, ("X-Slack-Request-Timestamp", "1"), ts, sig],
            "lower": [(k.lower(), v) for k, v in (ctype, ts, sig)],
            "upper": [(k.upper(), v) for k, v in (ctype, ts, sig)],
        }[shape]
        status = _exchange(serve.port, _request(body, headers))
        assert status == ([401] if shape == "good_then_bad" else [200]), shape
        if status == [200]:
            answered.append(trigger)
    _answered_once(fake, *answered)


def test_a_compressed_body_is_refused_unread(running: tuple[Serve, FakeSlack]) -> None:
    """Held: Slack never compresses; a deflate body signed over its compressed bytes is not a
    form the signature check accepts as one: 401 (or 400), never a 5xx or an answer."""
    serve, fake = running
    _, body = _command()
    packed = zlib.compress(body)
    headers = [*_signed_headers(packed), ("Content-Encoding", "deflate")]
    assert _exchange(serve.port, _request(packed, headers))[0] in (400, 401)


def test_one_byte_chunks_with_extensions_and_a_trailer_are_one_request(
    running: tuple[Serve, FakeSlack],
) -> None:
    serve, fake = running
    trigger, body = _command()
    chunked = b"".join(b"1;ext=x\r\n" + bytes([c]) + b"\r\n" for c in body) + b"0\r\nX-T: y\r\n\r\n"
    headers = [*_signed_headers(body), ("Transfer-Encoding", "chunked")]
    assert _exchange(serve.port, _request(chunked, headers, length=False)) == [200]
    _answered_once(fake, trigger)


def test_pipelined_expect_continue_and_http10_requests_are_each_answered_once(
    running: tuple[Serve, FakeSlack],
) -> None:
    serve, fake = running
    triggers, data = [], b""
    for _ in range(5):
        trigger, body = _command()
        triggers.append(trigger)
        data += _request(body, _signed_headers(body))
    assert _exchange(serve.port, data, answers=5) == [200] * 5
    trigger, body = _command()
    triggers.append(trigger)
    headers = [*_signed_headers(body), ("Expect", "100-continue")]
    assert _exchange(serve.port, _request(body, headers), answers=2) == [100, 200]
    trigger, body = _command()
    triggers.append(trigger)
    old = _request(body, _signed_headers(body)).replace(b"HTTP/1.1\r\nHost: 127.0.0.1", b"HTTP/1.0")
    assert _exchange(serve.port, old) == [200]
    _answered_once(fake, *triggers)


def test_a_repeated_form_field_is_read_the_same_by_every_check_and_the_job(
    running: tuple[Serve, FakeSlack],
) -> None:
    """Held: the last of a repeated field wins for the workspace check and for the work."""
    serve, fake = running
    trigger, body = _command()
    other = next_id("7716.")
    foreign = body + f"&team_id=T0OTHER001&trigger_id={other}".encode()
    assert _exchange(serve.port, _request(foreign, _signed_headers(foreign))) == [200]
    home = body + f"&text=please+build+a+churn+dashboard&trigger_id={other}".encode()
    assert _exchange(serve.port, _request(home, _signed_headers(home))) == [200]
    serve.wait_for_line(r"refused:foreign \(team 'T0OTHER001'\)")
    fake.wait_for("chat.postMessage", lambda a: "churn dashboard" in str(a.get("text")), timeout=60)
    time.sleep(1)
    assert _keys(fake)[f"cmd:{trigger}:1"] == 0  # the first trigger_id and text lost to the last


def test_an_event_with_a_duplicate_key_is_one_delivery(running: tuple[Serve, FakeSlack]) -> None:
    """Held: JSON's last `event_id` is the delivery's, in the front and in the jobs process:
    the same event sent again with its first id changed is still handled once."""
    serve, fake = running
    trigger, body = _command("please build a churn dashboard for the ops team")
    assert _exchange(serve.port, _request(body, _signed_headers(body))) == [200]
    fake.wait_for("chat.postMessage", lambda a: "the ops team" in str(a.get("text")), count=2)
    # The reply is taken as the ticket's once the ticket's thread is stored, after its posts; a
    # person cannot answer inside those milliseconds, the test can.
    serve.wait_for_line(r"command:/datarequest please decision=ticket:\d+")
    channel, ts = next(
        where
        for where, m in list(fake.messages.items())
        if where[0] != "C0TRIAGE01" and "the ops team" in str(m.get("text"))
    )
    raw = thread_reply("U0REQ00001", channel, ts, "split by month")
    before = len(serve.lines)
    for first in ("EvFIRST1", "EvFIRST2"):
        dup = raw.replace('"event_id": ', f'"event_id": "{first}", "event_id": ', 1).encode()
        assert _exchange(serve.port, _request(dup, _signed_headers(dup, "application/json"))) == [
            200
        ]
    # Each delivery writes its decision line; the one delivery's is not a duplicate's. (Whether
    # the reply is echoed into the ticket's thread is the thread tests' business.)
    decision = re.compile(r"who=U0REQ00001 what=event:message decision=(\S+)")
    deadline = time.monotonic() + 60
    while True:
        decisions = [m.group(1) for line in serve.lines[before:] if (m := decision.search(line))]
        if len(decisions) >= 2 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert len(decisions) == 2, decisions
    assert len([d for d in decisions if not d.startswith("duplicate")]) == 1, decisions
    time.sleep(2)
    echoes = [c for c in fake.calls_to("chat.postMessage") if "commented" in str(c.args["text"])]
    assert len(echoes) <= 1


def test_no_probe_wrote_a_traceback(running: tuple[Serve, FakeSlack]) -> None:
    serve, _ = running
    assert not [line for line in serve.lines if "Traceback" in line]
