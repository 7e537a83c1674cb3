"""One library for every process: the folder plus the promoted queries in the database.

`SharedLibrary.current()` is what a process answers from. Before it answers it compares the
library version in the database (one primary-key SELECT, `bot.library.store`) with the version
it loaded, and now and then the folder's files (names, sizes, mtimes) with what it read; on any
difference it reloads the union. A process that notices a folder change bumps the version so
every other process reloads too. A promotion stores the query in the database and bumps the
version in one transaction, so the front process's help, parameter modals and "Change
parameters" see it without a restart.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.library import store
from bot.library.loader import check_library, parse_query_file
from bot.library.model import Library, Problem

log = logging.getLogger(__name__)

FolderStamp = tuple[tuple[str, int, int], ...]


def check_union(
    root: Path | str, stored: Iterable[tuple[str, str]]
) -> tuple[Library, list[Problem]]:
    """The folder's queries plus queries stored in the database as (name, file text)."""
    library, problems = check_library(root)
    add_stored(library, stored, problems)
    return library, problems


def add_stored(
    library: Library, stored: Iterable[tuple[str, str]], problems: list[Problem]
) -> None:
    """Add stored queries (name, file text) to `library`, their problems to `problems`.

    A stored query whose name the folder already has is left out (the process that promoted it
    also wrote it into its own folder); stored queries have no path (`database:NAME` in
    messages).
    """
    for name, text in stored:
        if name in library.queries:
            continue
        query = parse_query_file(Path(f"{name}.sql"), text, problems, f"database:{name}")
        if query is not None:
            library.queries[query.name] = replace(query, path=None)


def with_stored_queries(
    folder: Library, session_factory: sessionmaker[Session]
) -> tuple[int, Library]:
    """The folder's library plus the promoted queries in the database, and their version.

    Version -1 when the database has no library tables yet (not migrated): the folder alone.
    """
    try:
        version, stored = store.stored_queries(session_factory)
    except SQLAlchemyError:
        return -1, folder
    problems: list[Problem] = []
    add_stored(folder, ((q.name, q.text) for q in stored), problems)
    for problem in problems:
        log.warning("query library: %s", problem)
    return version, folder


def folder_stamp(root: Path) -> FolderStamp:
    """What changes when a query file is added, removed or edited (path, size, mtime)."""
    stamp = []
    for path in sorted(Path(root).rglob("*.sql")):
        try:
            info = path.stat()
        except OSError:
            continue
        stamp.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(stamp)


class SharedLibrary:
    """The library this process answers from, kept in step with the database and the folder.

    `check_interval_s` and `scan_interval_s` bound how often the version row and the folder are
    looked at (0: before every use); `prepare` gives a freshly loaded library what it needs
    besides its queries (the known values).
    """

    def __init__(
        self,
        root: Path,
        session_factory: sessionmaker[Session],
        library: Library,
        *,
        version: int = -1,
        clock: Callable[[], dt.datetime],
        prepare: Callable[[Library], Library] = lambda library: library,
        check_interval_s: float = 0.0,
        scan_interval_s: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.root = Path(root)
        self.session_factory = session_factory
        self.clock = clock
        self.prepare = prepare
        self.check_interval_s = check_interval_s
        self.scan_interval_s = scan_interval_s
        self._monotonic = monotonic
        self._lock = threading.RLock()
        self._library = library
        self._version = version  # -1: unknown, the first check loads what the database holds
        self._stamp = folder_stamp(self.root)
        self._checked_at: float | None = None  # monotonic times of the last looks
        self._scanned_at = monotonic()

    @property
    def version(self) -> int:
        return self._version

    def current(self) -> Library:
        """The library, reloaded first when the database's version or the folder changed."""
        now = self._monotonic()
        if self._checked_at is not None and now < self._checked_at + self.check_interval_s:
            return self._library
        self._checked_at = now
        try:
            if now >= self._scanned_at + self.scan_interval_s:
                self._scan(now)
            version = store.current_version(self.session_factory)  # outside the lock: cheap
            if version != self._version:
                with self._lock:
                    if version != self._version:  # another thread may have reloaded meanwhile
                        self.reload()
        except SQLAlchemyError as exc:  # the database is briefly away: answer from the
            # library already loaded
            log.warning("the library version could not be checked: %s", str(exc)[:200])
        return self._library

    def _scan(self, now: float) -> None:
        """Bump the version when the folder's files changed since this process last looked."""
        with self._lock:
            self._scanned_at = now
            stamp = folder_stamp(self.root)
            if stamp != self._stamp:
                log.info("the query library folder %s changed", self.root)
                self._stamp = stamp
                store.bump_version(self.session_factory, self.clock())

    def reload(self) -> Library:
        """Load the folder and the stored queries again (problems are logged, not raised)."""
        with self._lock:
            version, stored = store.stored_queries(self.session_factory)
            library, problems = check_union(self.root, ((q.name, q.text) for q in stored))
            for problem in problems[:20]:
                log.warning("query library: %s", problem)
            self._library = self.prepare(library)
            self._version = version
            self._stamp = folder_stamp(self.root)
            return self._library

    def replace(self, library: Library) -> None:
        """Use `library` (just loaded by the caller) until the next change."""
        with self._lock:
            self._library = library
