"""audit trail: every query run, and where each request came from

Revision ID: 0004_audit
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_audit"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("request_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=24), nullable=True))

    op.create_table(
        "query_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.String(length=32), nullable=True),
        sa.Column("channel_id", sa.String(length=32), nullable=True),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("query_name", sa.String(length=200), nullable=False),
        sa.Column("params", sa.JSON(), nullable=True),
        sa.Column("engine", sa.String(length=32), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.Float(), nullable=True),
        sa.Column("bytes_scanned", sa.BigInteger(), nullable=True),
        sa.Column("cached", sa.Boolean(), nullable=False),
        sa.Column("schedule_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["request_log.id"],
            name=op.f("fk_query_runs_request_id_request_log"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_query_runs")),
    )
    with op.batch_alter_table("query_runs", schema=None) as batch_op:
        batch_op.create_index("ix_query_runs_at", ["at"], unique=False)
        batch_op.create_index("ix_query_runs_user_id", ["user_id", "at"], unique=False)
        batch_op.create_index("ix_query_runs_query_name", ["query_name", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("query_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_query_runs_query_name")
        batch_op.drop_index("ix_query_runs_user_id")
        batch_op.drop_index("ix_query_runs_at")
    op.drop_table("query_runs")
    with op.batch_alter_table("request_log", schema=None) as batch_op:
        batch_op.drop_column("source")
