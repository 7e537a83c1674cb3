"""slack app: processed deliveries, message threads of tickets

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "slack_deliveries",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_slack_deliveries")),
    )
    op.create_index(
        "ix_slack_deliveries_created_at", "slack_deliveries", ["created_at"], unique=False
    )
    op.create_table(
        "slack_threads",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_slack_threads_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_threads")),
        sa.UniqueConstraint("channel", "ts", name="uq_slack_threads_channel_ts"),
    )
    op.create_index("ix_slack_threads_ticket_id", "slack_threads", ["ticket_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_slack_threads_ticket_id", table_name="slack_threads")
    op.drop_table("slack_threads")
    op.drop_index("ix_slack_deliveries_created_at", table_name="slack_deliveries")
    op.drop_table("slack_deliveries")
