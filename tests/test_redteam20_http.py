"""Fifteenth red team, through a real `datarequest serve` (front, jobs process, the durable
intake on SQLite): Slack's retries of one delivery sent at once and late, while the Web API
stores a post and answers it after the client stopped waiting.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed, thread_reply
from test_slack_durable import Serve

RETRIES = [None, 1, 2, 1]  # the first delivery and Slack's retries, all at once


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Serve, FakeSlack]]:
    tmp = tmp_path_factory.mktemp("rt20http")
    with FakeSlack() as fake:
        settings = app_settings(tmp, fake.api_url, slack_timeout_s=1.0, job_retry_after_s=1.0)
        serve = Serve(tmp, settings)
        try:
            serve.wait_healthy()
            serve.wait_for_line(r"jobs process \d+ listening")
            yield serve, fake
        finally:
            serve.stop()


def _deliver(serve: Serve, body: str, retries: list[int | None]) -> list[int]:
    def send(retry: int | None) -> int:
        headers = {}
        if retry is not None:
            headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return post_signed(serve.base, body, extra_headers=headers)[0]

    with ThreadPoolExecutor(len(retries)) as pool:
        return list(pool.map(send, retries))


def _keys(fake: FakeSlack) -> Counter[str]:
    return Counter(
        str(m["metadata"].get("event_payload", {}).get("key"))
        for m in fake.posted()
        if isinstance(m.get("metadata"), dict)
    )


def _wait(check: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.2)


def test_a_command_retried_at_once_and_late_while_its_post_times_out_is_posted_once(
    running: tuple[Serve, FakeSlack],
) -> None:
    serve, fake = running
    trigger = next_id("2024.")
    body = command_body("revenue by region in October 2026", trigger_id=trigger)
    fake.stall_next(1, "chat.postMessage", 2.5)  # stored 2.5 s on; the client gave up at 1 s
    assert _deliver(serve, body, RETRIES) == [200] * len(RETRIES)
    _wait(lambda: _keys(fake)[f"cmd:{trigger}:1"])
    assert _deliver(serve, body, [3]) == [200]  # late, after the answer
    time.sleep(4)  # the request's next run looks the key up; nothing more comes
    assert _keys(fake)[f"cmd:{trigger}:1"] == 1, _keys(fake)


def test_a_thread_reply_retried_at_once_and_late_is_echoed_once(
    running: tuple[Serve, FakeSlack],
) -> None:
    serve, fake = running
    trigger = next_id("2025.")
    body = command_body("how many unicorns did we sell to martians", trigger_id=trigger)
    assert post_signed(serve.base, body)[0] == 200

    def news() -> list[tuple[str, str]]:
        return [
            k
            for k, m in fake.messages.items()
            if k[0] == "C0GENERAL1" and not m["thread_ts"] and "Ticket #" in str(m["text"])
        ]

    _wait(news)
    mine = news()
    triage = [k for k, m in fake.messages.items() if k[0] == "C0TRIAGE01" and not m["thread_ts"]]
    reply = thread_reply("U0REQ00001", "C0GENERAL1", mine[-1][1], "for the board, by Friday")
    assert _deliver(serve, reply, RETRIES[:3]) == [200] * 3

    def echoes() -> list[dict]:
        return [
            m
            for m in fake.posted()
            if m.get("thread_ts") == triage[-1][1] and "board" in str(m.get("text"))
        ]

    _wait(echoes)
    assert _deliver(serve, reply, [3]) == [200]
    time.sleep(2)
    assert len(echoes()) == 1, echoes()


def test_no_probe_wrote_a_traceback_or_a_line_of_slack_sdk(
    running: tuple[Serve, FakeSlack],
) -> None:
    serve, _ = running
    text = "".join(serve.lines)
    assert "Traceback" not in text and "slack_sdk" not in text, text[-3000:]
