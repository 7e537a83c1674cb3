"""Each Slack delivery handled once: a retried request or a double click is recognised by its key.

The first insert of a key into `slack_deliveries` wins (in any process: the key is the primary
key); later ones are retries. Keys older than two days are forgotten now and then.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete

from bot.db.session import insert_new, write_session
from bot.slack.models import SlackDelivery

if TYPE_CHECKING:
    from bot.services import Services

# Slack retries within minutes and clicks are repeated within seconds: two days is plenty.
KEEP_DELIVERIES = timedelta(days=2)
PRUNE_EVERY = 500

_delivered = itertools.count()


def first_delivery(services: Services, key: str, kind: str) -> bool:
    """True the first time `key` is seen (in any process); False for a retry or a double click."""
    now = services.now()
    row = SlackDelivery(key=key[:200], kind=kind[:32], created_at=now)
    if not insert_new(services.session_factory, row):
        return False
    if next(_delivered) % PRUNE_EVERY == 0:
        forget_old_deliveries(services, now)
    return True


def forget_delivery(services: Services, key: str) -> None:
    """Drop `key`: the work it guarded did not happen, so the next delivery may do it."""
    with write_session(services.session_factory) as session:
        session.execute(delete(SlackDelivery).where(SlackDelivery.key == key[:200]))


def forget_old_deliveries(services: Services, now: datetime) -> None:
    """Drop the keys seen more than two days before `now`."""
    with write_session(services.session_factory) as session:
        session.execute(
            delete(SlackDelivery).where(SlackDelivery.created_at < now - KEEP_DELIVERIES)
        )
