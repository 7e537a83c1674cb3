"""Eleventh red team (issue 9): the scheduler's posts answered with what is not Slack's JSON.

The scheduler posts through the blocking client (a digest at nine): a body cut short, an array,
a string or `{"ok": true}` alone, after Slack stored the post or not, is Slack trouble
(`bot.slack.readable`), so the outbox looks the post up by its key: posted once.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_scheduler_delivery import (  # noqa: F401 (the fixtures env, fake, files)
    HistoryFakeSlack,
    env,
    fake,
    files,
    la,
    make_scheduler,
)

from scheduler.delivery import SlackPoster, make_slack_client

JSON = "application/json; charset=utf-8"
BODIES = {
    "cut short": b'{"ok": true, "channel": "C0DAT',
    "an array": b"[1, 2]",
    "ok with no ts": b'{"ok": true}',
}


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "not stored"])
@pytest.mark.parametrize("body", list(BODIES))
def test_a_digest_answered_with_an_unreadable_body_is_posted_once(
    env: Any,  # noqa: F811 (the imported fixture)
    fake: HistoryFakeSlack,  # noqa: F811
    body: str,
    stored: bool,
) -> None:
    services, clock = env
    sched = make_scheduler(
        services, fake, clock, poster=SlackPoster(make_slack_client(services.settings))
    )
    sched.tick(clock.set(la(2026, 11, 23, 8, 59)))
    fake.fail_next(
        1, 200, method="chat.postMessage", raw=(BODIES[body], JSON), after_storing=stored
    )
    sched.tick(clock.set(la(2026, 11, 23, 9, 0, 5)))
    sched.tick(clock.set(la(2026, 11, 23, 9, 6)))  # past the lease: a post not stored is sent
    sched.tick(clock.set(la(2026, 11, 23, 9, 12)))
    in_channel = [m for (ch, _ts), m in fake.messages.items() if ch == "C0DATATEAM"]
    assert len(in_channel) == 1, in_channel
