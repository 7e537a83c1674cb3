"""A held ticket message, once the outbox sends it, is the ticket's thread; so is the answer's.

A ticket's news held by the outbox (Slack failed and may not have it) names its ticket and role
on its row; the link between the ticket and the posted message is made from the `sent` row by
every outbox pass (`scheduler.resend.link_held_threads`), so a process that died between the
post and its link leaves nothing unlinked. When a ticket is made from an answer (a click on it),
the answer's thread is the requester's thread whether the news in it was posted or held. Each
test runs the app on loopback against the fake Slack, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import (
    AppServer,
    action_from_message,
    app_settings,
    block_actions_body,
    command_body,
)
from sqlalchemy import select

from bot.slack import threads
from bot.slack.outbox import NOTE
from bot.slack.use_cases import open_ticket
from scheduler.delivery import Message
from scheduler.models import OutboundMessage
from scheduler.resend import app_outbox, hold, resend_kept

CHANNEL = "C0GENERAL1"
REQUESTER = "U0REQ00001"


class Clock:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack, db_url: str) -> Iterator[AppServer]:
    clock = Clock()
    with AppServer(
        app_settings(tmp_path, fake.api_url, database_url=db_url), clock=clock
    ) as server:
        server.clock = clock
        yield server


def _held_news(app: AppServer, n: int) -> Message:
    """A ticket's news, held with its ticket and role, as `publish_ticket` holds it."""
    ticket = open_ticket(
        app.services, f"a churn dashboard {n}", user=REQUESTER, channel=CHANNEL,
        source="rejected", key=f"test:{n}",
    )  # fmt: skip
    message = Message(f"news:{n}", NOTE, CHANNEL, f"It is now ticket #{ticket.id}", keep=True)
    outbox = app_outbox(app.settings, app.services)
    assert hold(outbox, message, thread_of=(ticket.id, "requester"))
    return message


def _sent_by_a_pass_that_died(app: AppServer, message: Message) -> tuple[str, str]:
    """The outbox posts the held message and its process dies before anything else."""
    app.clock.now += timedelta(hours=1)  # past the row's lease
    outbox = app_outbox(app.settings, app.services)
    delivery = outbox.send_once(message)
    assert delivery.outcome == "sent" and delivery.channel and delivery.ts
    return delivery.channel, delivery.ts


def test_a_held_post_sent_but_not_linked_is_linked_by_the_next_pass(
    app: AppServer, fake: FakeSlack
) -> None:
    where = _sent_by_a_pass_that_died(app, _held_news(app, 1))
    assert threads.ticket_of_thread(app.services, *where) is None
    app.clock.now += timedelta(minutes=1)
    resend_kept(app_outbox(app.settings, app.services))  # the next pass
    assert threads.ticket_of_thread(app.services, *where) == 1
    assert threads.thread_of(app.services, 1, "requester") == where
    resend_kept(app_outbox(app.settings, app.services))  # once
    assert len(fake.posted(lambda m: "It is now ticket #1" in m["text"])) == 1


def test_a_sent_row_older_than_a_day_is_left_alone(app: AppServer) -> None:
    where = _sent_by_a_pass_that_died(app, _held_news(app, 1))
    app.clock.now += timedelta(days=2)
    resend_kept(app_outbox(app.settings, app.services))
    assert threads.ticket_of_thread(app.services, *where) is None


def test_the_answers_thread_is_the_tickets_when_the_news_in_it_is_held(
    app: AppServer, fake: FakeSlack
) -> None:
    app.post(command_body("revenue by region last month", response_url=fake.response_url()))
    answer = fake.wait_for("chat.postMessage", lambda a: a.get("channel") == CHANNEL)[0]
    result = fake.messages[(CHANNEL, answer.response["ts"])]
    app.drain()
    # The news in the answer's thread fails with a 500 and its thread cannot be read: held.
    fake.fail_next(1, 500, method="chat.postMessage", where=lambda a: a.get("thread_ts"))
    fake.fail_next(30, 500, method="conversations.replies")
    action = action_from_message(result, "not_what_i_asked")
    body = block_actions_body(
        action, user_id=REQUESTER, channel_id=CHANNEL, message=result,
        response_url=fake.response_url("click"),
    )  # fmt: skip
    assert app.post(body)[0] == 200
    app.drain()
    fake.recover()
    with app.services.session_factory() as session:
        held = session.scalars(select(OutboundMessage.key).where(OutboundMessage.kind == NOTE))
        assert len(held.all()) == 1  # the news is held for the outbox
    assert threads.ticket_of_thread(app.services, CHANNEL, result["ts"]) == 1
