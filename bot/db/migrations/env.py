"""Alembic environment: runs migrations on the connection `bot.db.session.upgrade()` hands over.

Imports every models module, by name, so the metadata (and autogenerate) sees all tables. This
file is loaded by Alembic only (nothing imports it), so reaching up to the scheduler's and the
Slack app's models here creates no dependency of `bot.db` on them.
"""

from __future__ import annotations

from alembic import context

import bot.answering.cache  # noqa: F401  (each import registers its tables on Base.metadata)
import bot.answering.running  # noqa: F401
import bot.library.store  # noqa: F401
import bot.slack.models  # noqa: F401
import bot.tickets.models  # noqa: F401
import scheduler.models  # noqa: F401
from bot.db.session import Base, make_engine

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
