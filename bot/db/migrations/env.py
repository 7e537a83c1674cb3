"""Alembic environment: runs migrations on the connection `bot.db.session.upgrade()` hands over.

Imports every models module so the metadata (and autogenerate) sees all tables; the scheduler
and Slack app models are optional modules owned by other parts of the bot.
"""

from __future__ import annotations

import importlib
import importlib.util

from alembic import context

import bot.tickets.models  # noqa: F401  (registers the ticket tables on Base.metadata)
from bot.db.session import Base, make_engine

for _module in ("scheduler.models", "bot.slack.models"):
    if importlib.util.find_spec(_module) is not None:
        importlib.import_module(_module)

target_metadata = Base.metadata
config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
