"""The services container: what every edge (Slack, the CLI, the scheduler) calls through.

`build_services(settings)` wires the query library, the warehouse engines, the database and
the ticket queue into one `Services`. Its `answer(text, context)` is the one answer path
(`bot.answering`). The use cases only Slack runs live at the edge (`bot.slack.use_cases`,
`bot.slack.threads`, `bot.slack.deliveries`); nothing here renders or calls Slack.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bot import redaction
from bot.answering import RequestContext, get_query
from bot.answering import answer as answer_request
from bot.answering.cache import ResultCache
from bot.answering.permissions import visible
from bot.answering.running import Cancels, SharedRuns
from bot.clock import Clock, system_clock
from bot.db.session import make_engine, make_session_factory, upgrade
from bot.engines.registry import EngineRegistry, library_engine_uses
from bot.errors import ConfigError
from bot.library.known_values import attach_known_values
from bot.library.loader import Library, LibraryError, QueryDef, load_library
from bot.library.shared import SharedLibrary, with_stored_queries
from bot.settings import Settings
from bot.tickets.roster import load_roster_file
from bot.tickets.service import TicketService

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    loaded_library: Library  # read `library`, which first catches up with other processes
    engines: EngineRegistry
    tickets: TicketService
    session_factory: sessionmaker[Session]
    db_engine: Engine
    clock: Clock = system_clock
    shared_library: SharedLibrary | None = None  # None: the library never changes
    result_cache: ResultCache | None = None  # None: every request runs its query
    # Long queries that a Cancel click in any process can stop.
    cancels: Cancels = field(default_factory=lambda: Cancels(None))
    # Held while the library is replaced (a promotion), so two promotions never race.
    library_lock: threading.Lock = field(default_factory=threading.Lock)
    # The database takes no write (read-only, full disk), already said once at opening: the
    # answer path then writes nothing (request log, audit, result cache) instead of warning
    # at each write.
    unwritable: bool = False

    @property
    def library(self) -> Library:
        """The query library, reloaded first when another process or the folder changed it."""
        if self.shared_library is not None:
            self.loaded_library = self.shared_library.current()
        return self.loaded_library

    @library.setter
    def library(self, library: Library) -> None:
        self.loaded_library = library
        if self.shared_library is not None:
            self.shared_library.replace(library)

    def warm_matcher(self) -> None:
        """Build the matcher's index and lookups for the library now, before the first request
        (a long-running process; a 2,000-query library takes ~2 s)."""
        from bot.matching.matcher import warm_index

        warm_index(self.library)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """Today in the workspace's time zone."""
        return self.clock().astimezone(self.settings.tz).date()

    def context(
        self,
        *,
        user: str,
        where: str | None,
        source: str,
        now: datetime | None = None,
        today: date | None = None,
        **details: Any,
    ) -> RequestContext:
        """A RequestContext at this moment (or `now`), today in the workspace's time zone."""
        moment = now or self.now()
        return RequestContext(
            user=user,
            where=where or "",
            now=moment,
            today=today or moment.astimezone(self.settings.tz).date(),
            source=source,
            **details,
        )

    # The one answer path: `services.answer(text, context, query=, inputs=, binds=)` is
    # `bot.answering.core.answer` with this container as its backend (bound like a method).
    answer = answer_request

    def query(self, name: str) -> QueryDef:
        return get_query(self.library, name)

    def visible_queries(self, context: RequestContext) -> list[QueryDef]:
        """The library queries this person may run here (what their help lists)."""
        return visible(self.library, context)

    def close(self) -> None:
        self.engines.close()
        self.db_engine.dispose()


def build_services(
    settings: Settings,
    *,
    clock: Clock | None = None,
    migrate: bool = True,
    folder: Library | None = None,
) -> Services:
    """Load the library, open the database (migrated to head), seed the roster if one is given.

    The library is the folder plus the queries promoted into the database; a query naming an
    engine nobody configured stops start-up. A database that cannot be opened or migrated is
    a ConfigError naming DATABASE_URL. `folder`: the folder's queries already loaded (a CLI
    command keeps the good ones of a library with bad files); else a bad file stops here.
    """
    if folder is None:
        folder = load_library_or_explain(settings.query_library)
    db_engine = open_database(settings, migrate=migrate)
    sf = make_session_factory(db_engine)
    clock = clock or system_clock
    redaction.remember(settings.secrets)  # never in a log line, a message or the audit

    def prepare(library: Library) -> Library:
        return attach_known_values(library, settings.data_dir, settings.effective_warehouse_path)

    version, library = with_stored_queries(folder, sf)
    library = prepare(library)
    engines = EngineRegistry(settings)
    engines.check(library_engine_uses(library))
    tickets = TicketService(
        sf,
        clock=clock,
        tz=settings.timezone,
        sla_hours=settings.ticket_sla_hours,
        secrets=settings.secrets,
        admins=settings.admins,
    )
    if settings.roster_file is not None:
        load_roster_file(sf, settings.roster_file)
    shared = (  # a database without the library tables (not migrated): the folder alone
        SharedLibrary(
            settings.query_library, sf, library, version=version, clock=clock, prepare=prepare
        )
        if version >= 0
        else None
    )
    cache = ResultCache(
        sf,
        ttl_s=settings.result_cache_seconds,
        max_cells=settings.result_cache_max_cells,
        clock=clock,
    )
    cancels = Cancels(SharedRuns(sf, clock) if shared is not None else None)
    return Services(
        settings, library, engines, tickets, sf, db_engine, clock, shared, cache, cancels
    )


def load_library_or_explain(root: Path) -> Library:
    """The query library; a broken one is a one-line ConfigError naming its first problem."""
    try:
        return load_library(root)
    except LibraryError as exc:
        raise ConfigError(library_refusal(root, exc)) from None


def library_refusal(root: Path, exc: LibraryError) -> str:
    """One line for a library that does not load: the problem itself when there is one (the
    folder missing, a file given for it, one broken file), else the first and a count."""
    count = len(exc.problems)
    if count == 0:
        return f"The query library {root} cannot be loaded"
    first = exc.problems[0]
    where = f"{first.path}:{first.line}" if first.line else str(first.path)
    if count == 1 and Path(first.path) == Path(root):
        return f"The query library {root}: {first.reason} (QUERY_LIBRARY or --library)"
    more = f" (and {count - 1} more)" if count > 1 else ""
    return (
        f"The query library {root} cannot be loaded: {where}: {first.reason}{more}; "
        "run `datarequest queries validate` for details"
    )


def open_database(settings: Settings, *, migrate: bool) -> Engine:
    """The database engine (migrated to head first when `migrate`); one-line ConfigErrors."""
    url = settings.effective_database_url
    shown = _masked(url)
    try:
        if migrate:
            upgrade(url)
        engine = make_engine(url)
        with engine.connect():
            pass
    except ArgumentError:
        raise ConfigError(
            f"Invalid setting DATABASE_URL={shown!r}: not a database URL "
            "(e.g. postgresql+psycopg://user:password@host:5432/datarequest)"
        ) from None
    except (DBAPIError, OSError) as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        where = "DATABASE_URL" if settings.database_url else "DATA_DIR"
        raise ConfigError(
            f"Cannot open the database {shown}: {detail[0] if detail else type(exc).__name__} "
            f"(check {where})"
        ) from None
    return engine


def _masked(url: str) -> str:
    """`url` without its password, for messages."""
    head, at, rest = url.rpartition("@")
    if not at or ":" not in head.partition("://")[2]:
        return url
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{rest}"
