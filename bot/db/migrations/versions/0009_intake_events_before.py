"""the intake keeps the highest ticket event id when it stored a request (replays across hosts)

Revision ID: 0009_intake_events_before
Revises: 0008_outbound_body
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_intake_events_before"
down_revision: str | None = "0008_outbound_body"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("slack_intake", sa.Column("events_before", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("slack_intake") as batch:
        batch.drop_column("events_before")
