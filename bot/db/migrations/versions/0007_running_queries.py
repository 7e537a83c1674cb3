"""long queries every process can see (a Cancel click reaches the process running the query)

Revision ID: 0007_running_queries
Revises: 0006_cache_library
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_running_queries"
down_revision: str | None = "0006_cache_library"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "running_queries",
        sa.Column("run_id", sa.String(length=64), nullable=False),
        sa.Column("owner", sa.String(length=32), nullable=False),
        sa.Column("process", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_by", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("run_id", name=op.f("pk_running_queries")),
    )


def downgrade() -> None:
    op.drop_table("running_queries")
