"""Long queries that every process can see, so a *Cancel* click works whichever process gets it.

A query that runs long enough to show a *Cancel* button is announced here (its run id, who
asked, which process runs it). A click that reaches a process not running that query (another
`serve` behind the same load balancer, another host) records the cancel on the row; the
process running the query reads its row at each progress update and stops the query on its
engine (`bot.engines.cancel`). The row goes when the query ends; rows left by a process that
died are removed once they are older than `STALE`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable

from sqlalchemy import String, delete, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.db.session import Base, UTCDateTime, write_session
from bot.engines.base import first_line
from bot.engines.cancel import RUNNING, RunningQueries, RunningQuery, may_cancel

log = logging.getLogger(__name__)

STALE = dt.timedelta(days=1)


class RunningQueryRow(Base):
    __tablename__ = "running_queries"

    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(32))  # the Slack user who asked
    process: Mapped[str] = mapped_column(String(120))  # host:pid running it
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(32))


class SharedRuns:
    """The `running_queries` table: announce, look up, ask to cancel, read the cancel, finish."""

    def __init__(
        self, session_factory: sessionmaker[Session], clock: Callable[[], dt.datetime]
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock

    def announce(self, run_id: str, owner: str) -> None:
        now = self.clock()
        process = f"{socket.gethostname()}:{os.getpid()}"
        with write_session(self.session_factory) as session:
            session.execute(delete(RunningQueryRow).where(RunningQueryRow.started_at < now - STALE))
            session.add(
                RunningQueryRow(run_id=run_id, owner=owner, process=process, started_at=now)
            )

    def owner(self, run_id: str) -> str | None:
        """Who asked for the query `run_id`, or None when no process runs it."""
        with self.session_factory() as session:
            return session.scalar(
                select(RunningQueryRow.owner).where(RunningQueryRow.run_id == run_id)
            )

    def request_cancel(self, run_id: str, by: str) -> bool:
        """Ask the process running `run_id` to stop it; False when it is no longer running."""
        with write_session(self.session_factory) as session:
            done = session.execute(
                update(RunningQueryRow)
                .where(RunningQueryRow.run_id == run_id)
                .values(
                    cancelled_by=func.coalesce(RunningQueryRow.cancelled_by, by)
                )  # the first click
            )
            return bool(done.rowcount)  # type: ignore[attr-defined]

    def cancelled_by(self, run_id: str) -> str | None:
        """Who asked (from any process) to cancel `run_id`, or None."""
        with self.session_factory() as session:
            return session.scalar(
                select(RunningQueryRow.cancelled_by).where(RunningQueryRow.run_id == run_id)
            )

    def finish(self, run_id: str) -> None:
        with write_session(self.session_factory) as session:
            session.execute(delete(RunningQueryRow).where(RunningQueryRow.run_id == run_id))


NOT_RUNNING = "not_running"
REFUSED = "refused"
CANCELLED = "cancelled"  # stopped here, at once
REQUESTED = "requested"  # another process runs it and stops it at its next progress update


class Cancels:
    """Cancel a long query from any process: this process's tokens, then the shared table.

    Every step on the shared table is best effort: a database that cannot be reached costs the
    cross-process cancel (logged), never the answer.
    """

    def __init__(self, shared: SharedRuns | None, local: RunningQueries = RUNNING) -> None:
        self.shared = shared
        self.local = local

    def start(self, owner: str) -> RunningQuery:
        return self.local.start(owner)

    def announce(self, run: RunningQuery) -> bool:
        """Make `run` cancellable from other processes; False when it could not be."""
        return self._shared("announce", run.run_id, run.owner) is not _FAILED

    def poll(self, run: RunningQuery) -> None:
        """Stop `run` here if someone asked another process to cancel it."""
        by = self._shared("cancelled_by", run.run_id)
        if isinstance(by, str) and by:
            run.token.cancel(by)

    def finish(self, run: RunningQuery, announced: bool) -> None:
        self.local.finish(run.run_id)
        if announced:
            self._shared("finish", run.run_id)

    def cancel(self, run_id: str, user: str, is_team_member: Callable[[str], bool]) -> str:
        """What a *Cancel* click by `user` did: CANCELLED, REQUESTED, REFUSED or NOT_RUNNING."""
        run = self.local.get(run_id)
        if run is not None:
            if not run.may_be_cancelled_by(user, is_team_member):
                return REFUSED
            run.token.cancel(user)
            return CANCELLED
        owner = self._shared("owner", run_id)
        if not isinstance(owner, str):
            return NOT_RUNNING
        if not may_cancel(user, owner, is_team_member):
            return REFUSED
        return REQUESTED if self._shared("request_cancel", run_id, user) is True else NOT_RUNNING

    def _shared(self, method: str, *args: str) -> object:
        if self.shared is None:
            return _FAILED
        try:
            return getattr(self.shared, method)(*args)
        except Exception as exc:
            log.warning("running queries table: %s failed (%s)", method, first_line(exc))
            return _FAILED


_FAILED = object()
