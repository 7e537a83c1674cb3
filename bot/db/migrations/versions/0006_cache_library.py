"""result cache and the shared library: cached results, promoted queries, the library version

Revision ID: 0006_cache_library
Revises: 0005_intake
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_cache_library"
down_revision: str | None = "0005_intake"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "result_cache",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("query_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cells", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_result_cache")),
    )
    with op.batch_alter_table("result_cache", schema=None) as batch_op:
        batch_op.create_index("ix_result_cache_created_at", ["created_at"], unique=False)

    op.create_table(
        "library_queries",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("promoted_by", sa.String(length=32), nullable=True),
        sa.Column("promoted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_library_queries")),
    )
    version = op.create_table(
        "library_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_version")),
    )
    op.bulk_insert(version, [{"id": 1, "version": 0, "changed_at": None}])


def downgrade() -> None:
    op.drop_table("library_version")
    op.drop_table("library_queries")
    with op.batch_alter_table("result_cache", schema=None) as batch_op:
        batch_op.drop_index("ix_result_cache_created_at")
    op.drop_table("result_cache")
