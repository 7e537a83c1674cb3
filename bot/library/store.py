"""Promoted queries kept in the shared database, and the library version every process checks.

A query promoted from a ticket (the Close modal, `tickets promote`) is stored here as its whole
file text, beside the folder, so every process and host sees it. `library_version` is one row
whose number goes up whenever the stored queries change or a process notices that its library
folder changed; a process compares it with the number it loaded (one primary-key SELECT) before
it answers, and reloads the union of its folder and the stored queries when they differ.
Revision "0006_cache_library" creates these tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Integer, String, Text, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.db.session import Base, UTCDateTime, write_session
from bot.errors import UserFacingError

VERSION_ROW = 1


class StoredQuery(Base):
    """One promoted query: its name and its whole file text (YAML header and SQL)."""

    __tablename__ = "library_queries"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(Integer)
    promoted_by: Mapped[str | None] = mapped_column(String(32))
    promoted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LibraryVersion(Base):
    """The single row whose `version` changes with the shared library."""

    __tablename__ = "library_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class StoredQueryText:
    name: str
    text: str


def current_version(session_factory: sessionmaker[Session]) -> int:
    """The library version (0 before anything changed).

    Every process reads it before it answers, so on PostgreSQL it is one statement in
    autocommit (no BEGIN and ROLLBACK round trips around a single read).
    """
    engine = session_factory.kw.get("bind")
    if engine is not None and engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            return _version(conn)
    with session_factory() as session:
        return _version(session)


def _version(session: Session | Connection) -> int:
    found = session.scalar(select(LibraryVersion.version).where(LibraryVersion.id == VERSION_ROW))
    return found or 0


def stored_queries(session_factory: sessionmaker[Session]) -> tuple[int, list[StoredQueryText]]:
    """(version, every stored query) read in one transaction, so they belong together."""
    with session_factory() as session:
        version = _version(session)
        rows = session.scalars(select(StoredQuery).order_by(StoredQuery.name)).all()
        return version, [StoredQueryText(r.name, r.text) for r in rows]


def ticket_of(session_factory: sessionmaker[Session], name: str) -> int | None:
    """The ticket whose SQL the stored query `name` was promoted from (None: no such query, or
    none recorded)."""
    with session_factory() as session:
        return session.scalar(select(StoredQuery.ticket_id).where(StoredQuery.name == name))


def is_stored(session_factory: sessionmaker[Session], name: str) -> bool:
    """Whether a query called `name` is stored (promoted, by any ticket or none)."""
    with session_factory() as session:
        return session.get(StoredQuery, name) is not None


def _bump(session: Session, now: datetime) -> int:
    changed = session.execute(
        update(LibraryVersion)
        .where(LibraryVersion.id == VERSION_ROW)
        .values(version=LibraryVersion.version + 1, changed_at=now)
    )
    if not changed.rowcount:  # type: ignore[attr-defined]
        session.add(LibraryVersion(id=VERSION_ROW, version=1, changed_at=now))
        session.flush()
    return _version(session)


def bump_version(session_factory: sessionmaker[Session], now: datetime) -> int:
    """Tell every process the library changed (a folder edit); returns the new version."""
    try:
        with write_session(session_factory) as session:
            return _bump(session, now)
    except IntegrityError:  # two processes created the row at once: the other one won
        with write_session(session_factory) as session:
            return _bump(session, now)


def save_query(
    session_factory: sessionmaker[Session],
    *,
    name: str,
    text: str,
    now: datetime,
    promoted_by: str | None = None,
    ticket_id: int | None = None,
    overwrite: bool = False,
) -> int:
    """Store a promoted query and bump the version in one transaction; returns the version.

    A name already stored is refused (`UserFacingError`) unless `overwrite` (the operator's
    `tickets promote --overwrite`).
    """
    try:
        with write_session(session_factory) as session:
            if overwrite and (old := session.get(StoredQuery, name)) is not None:
                session.delete(old)
                session.flush()
            session.add(
                StoredQuery(
                    name=name,
                    text=text,
                    ticket_id=ticket_id,
                    promoted_by=(promoted_by or None) and promoted_by[:32],
                    promoted_at=now,
                )
            )
            session.flush()
            return _bump(session, now)
    except IntegrityError:
        raise UserFacingError(f"A query called {name!r} already exists in the library.") from None


def delete_query(session_factory: sessionmaker[Session], name: str, now: datetime) -> bool:
    """Remove a stored query (an operator's undo); True when there was one."""
    with write_session(session_factory) as session:
        row = session.get(StoredQuery, name)
        if row is None:
            return False
        session.delete(row)
        session.flush()
        _bump(session, now)
        return True
