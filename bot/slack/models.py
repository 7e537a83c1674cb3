"""Database models the Slack app needs beyond the ticket queue.

`SlackDelivery` remembers which Slack deliveries (a command's trigger, an event's id, a click on
a given message) were already handled, so a retried request or a double click is processed once
even across several bot processes: the first insert of a key wins, later ones hit the primary
key. `SlackThread` maps Slack messages to the ticket they belong to (the triage post, the reply
the requester saw), so a reply in either thread lands on the right ticket and a confirmed answer
goes back to the requester's thread. Revision "0003" creates these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.session import Base, UTCDateTime


class SlackDelivery(Base):
    __tablename__ = "slack_deliveries"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_slack_deliveries_created_at", "created_at"),)


class SlackThread(Base):
    __tablename__ = "slack_threads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))
    # "triage": the ticket's message in the triage channel; "requester": where the requester
    # was told (their channel or DM), the thread a confirmed answer is posted to; "dm": a DM
    # telling the requester of a change (claimed, closed...), a reply under it is on the ticket.
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("channel", "ts", name="uq_slack_threads_channel_ts"),
        Index("ix_slack_threads_ticket_id", "ticket_id"),
    )
