"""The services container: what every edge (Slack, the CLI, the scheduler) calls through.

`build_services(settings)` wires the query library, the warehouse engines, the database and
the ticket queue into one `Services`. Its `answer(text, context)` is the one answer path
(`bot.answering`); the use cases below are plain, blocking functions taking and returning
dataclasses. The Slack handlers run exactly one of them in a worker thread after they have
acknowledged Slack, then render what it returns. Nothing here renders or calls Slack.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot import redaction
from bot.answering import Outcome, RequestContext, answer, get_query
from bot.answering.cache import ResultCache
from bot.answering.permissions import visible
from bot.clock import Clock, system_clock
from bot.db.session import make_engine, make_session_factory, upgrade, write_session
from bot.engines.catalog import warehouse_tables
from bot.engines.registry import EngineRegistry, library_engine_uses
from bot.errors import ConfigError, UserFacingError
from bot.library import store as library_store
from bot.library.known_values import attach_known_values
from bot.library.loader import Library, LibraryError, QueryDef, check_library, load_library
from bot.library.promote import write_draft
from bot.library.shared import SharedLibrary, with_stored_queries
from bot.matching.params import default_binds
from bot.settings import Settings
from bot.slack.models import SlackDelivery, SlackThread
from bot.tickets.models import ALL_STATES, TeamConfig
from bot.tickets.roster import load_roster_file
from bot.tickets.service import TicketService, TicketView
from scheduler import standup as standup_store
from scheduler import store as schedule_store

log = logging.getLogger(__name__)

THANKS = re.compile(
    r"^\W*(thanks?( you)?|thx|ty|cheers|thank you( so much| very much)?|great|perfect|awesome|"
    r"ok(ay)?|got it|👍|🙏)[\s!.,:)🙏👍]*(\w+[\s!.]*)?$",
    re.IGNORECASE,
)


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
    _library_lock: threading.Lock = field(default_factory=threading.Lock)
    _deliveries: int = 0

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

    def answer(
        self,
        text: str,
        context: RequestContext,
        *,
        query: str | None = None,
        inputs: Mapping[str, Any] | None = None,
        binds: Mapping[str, Any] | None = None,
    ) -> Outcome:
        """The one answer path (see `bot.answering.core.answer`)."""
        return answer(self, text, context, query=query, inputs=inputs, binds=binds)

    def query(self, name: str) -> QueryDef:
        return get_query(self.library, name)

    def visible_queries(self, context: RequestContext) -> list[QueryDef]:
        """The library queries this person may run here (what their help lists)."""
        return visible(self.library, context)

    def close(self) -> None:
        self.engines.close()
        self.db_engine.dispose()


def build_services(
    settings: Settings, *, clock: Clock | None = None, migrate: bool = True
) -> Services:
    """Load the library, open the database (migrated to head), seed the roster if one is given.

    The library is the folder plus the queries promoted into the database; a query naming an
    engine nobody configured stops start-up. A database that cannot be opened or migrated is
    a ConfigError naming DATABASE_URL.
    """
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
    return Services(settings, library, engines, tickets, sf, db_engine, clock, shared, cache)


def load_library_or_explain(root: Path) -> Library:
    """The query library; a broken one is a one-line ConfigError naming its first problem."""
    try:
        return load_library(root)
    except LibraryError as exc:
        count = len(exc.problems)
        first = f": {exc.problems[0]}" if exc.problems else ""
        more = f" (and {count - 1} more)" if count > 1 else ""
        raise ConfigError(
            f"The query library {root} has {count} problem(s){first}{more}; "
            "run `datarequest queries validate` for details"
        ) from None


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


def triage_channel(services: Services) -> str | None:
    """Where new tickets are posted: TRIAGE_CHANNEL, else the roster file's triage_channel."""
    if services.settings.triage_channel:
        return services.settings.triage_channel
    with services.session_factory() as session:
        return session.scalar(select(TeamConfig.triage_channel).where(TeamConfig.id == 1))


# ---- schedules and check-ins (the scheduler's stores, called through the container) ------------


def subscribe(
    services: Services,
    *,
    query_name: str,
    params: dict[str, Any],
    channel: str,
    frequency: str,
    hour: int,
    user: str,
) -> Any:
    """Turn a result into a scheduled report (the Subscribe modal); returns the ScheduleDef."""
    return schedule_store.subscribe(
        services,
        query_name=query_name,
        params=params,
        channel=channel,
        frequency=frequency,
        hour=hour,
        user=user,
    )


def unsubscribe(services: Services, schedule_id: str, user: str) -> Any:
    """Stop a scheduled report made from Slack (its creator or the data team)."""
    return schedule_store.unsubscribe(services, schedule_id, user)


def checkin_prefill(services: Services, user: str) -> Any:
    """What a member's check-in form starts with: their ticket activity."""
    return standup_store.checkin_prefill(
        services.session_factory, user, now=services.now(), timezone=services.settings.timezone
    )


def save_checkin(services: Services, user: str, day: date, **answers: str) -> Any:
    """Store (or replace) a member's check-in answers for `day`."""
    return standup_store.save_checkin(
        services.session_factory, user, day, now=services.now, **answers
    )


# ---- idempotency and threads ---------------------------------------------------------------------


def first_delivery(services: Services, key: str, kind: str) -> bool:
    """True the first time `key` is seen (in any process); False for a retry or a double click."""
    now = services.now()
    try:
        with write_session(services.session_factory) as session:
            session.add(SlackDelivery(key=key[:200], kind=kind[:32], created_at=now))
    except IntegrityError:
        return False
    services._deliveries += 1
    if services._deliveries % 500 == 1:
        _forget_old_deliveries(services, now)
    return True


def _forget_old_deliveries(services: Services, now: datetime) -> None:
    # Slack retries within minutes and clicks are repeated within seconds: two days is plenty.

    with write_session(services.session_factory) as session:
        session.execute(
            delete(SlackDelivery).where(SlackDelivery.created_at < now - timedelta(days=2))
        )


def link_thread(services: Services, ticket_id: int, channel: str, ts: str, role: str) -> None:
    """Remember that the message (channel, ts) belongs to `ticket_id` in `role`."""
    try:
        with write_session(services.session_factory) as session:
            session.add(
                SlackThread(
                    ticket_id=ticket_id,
                    channel=channel,
                    ts=ts,
                    role=role,
                    created_at=services.now(),
                )
            )
    except IntegrityError:
        pass


def thread_of(services: Services, ticket_id: int, role: str) -> tuple[str, str] | None:
    with services.session_factory() as session:
        row = session.scalars(
            select(SlackThread)
            .where(SlackThread.ticket_id == ticket_id, SlackThread.role == role)
            .order_by(SlackThread.id)
            .limit(1)
        ).first()
        return (row.channel, row.ts) if row is not None else None


def ticket_of_thread(services: Services, channel: str, ts: str) -> int | None:
    with services.session_factory() as session:
        return session.scalar(
            select(SlackThread.ticket_id).where(
                SlackThread.channel == channel, SlackThread.ts == ts
            )
        )


# ---- tickets opened by a click -----------------------------------------------------------------


def open_ticket(
    services: Services,
    text: str,
    *,
    user: str,
    channel: str | None,
    source: str,
    key: str,
    best_query: str | None = None,
    best_params: dict[str, Any] | None = None,
) -> TicketView:
    """Turn a request into a ticket (stored before anything is posted); idempotent on `key`.

    For "Not what I asked", "None of these" and a failed answer's "Make a ticket" button.
    """
    if best_query and best_params is None:
        query = services.library.get(best_query)
        best_params = default_binds(query, services.today()) if query else None
    return services.tickets.create_ticket(
        text or "(no text)",
        user,
        channel,
        best_query=best_query,
        best_params=best_params,
        source=source,
        idempotency_key=key,
    )


# ---- tickets from Slack ------------------------------------------------------------------------


def reply_in_thread(services: Services, ticket_id: int, user: str, text: str) -> tuple[Any, str]:
    """A reply in a ticket's thread: a comment; the requester's reopens a closed ticket.

    Returns (ticket, what happened: "commented", "reopened" or "ignored").
    """
    ticket = services.tickets.get(ticket_id)
    is_requester = user == ticket.requester_id
    if not is_requester and not services.tickets.is_member(user):
        return ticket, "ignored"
    services.tickets.comment(ticket_id, user, text)
    if is_requester and not ticket.is_open and ticket.state == "done" and not THANKS.match(text):
        return services.tickets.reopen(ticket_id, user, reason=text[:500]), "reopened"
    return services.tickets.get(ticket_id), "commented"


@dataclass(frozen=True)
class HomeData:
    user: str
    mine: tuple[TicketView, ...]
    requested: tuple[TicketView, ...]
    stats: Any  # bot.tickets.stats.QueueStats
    is_member: bool


def home_for(services: Services, user: str) -> HomeData:
    """What a person's App Home shows: their open tickets, their requests, the queue's numbers."""
    t = services.tickets
    mine = t.list_tickets(owner_id=user, limit=20)
    requested = t.list_tickets(requester_id=user, states=ALL_STATES, limit=15, newest_first=True)
    return HomeData(user, tuple(mine), tuple(requested), t.stats(weeks=4), t.is_member(user))


def my_tickets(services: Services, user: str) -> list[Any]:
    return services.tickets.list_tickets(
        requester_id=user, states=ALL_STATES, limit=20, newest_first=True
    )


def promote_to_library(services: Services, *, ticket_id: int, actor: str, name: str) -> QueryDef:
    """Promote a done ticket's SQL into the library: `<library>/promoted/NAME.sql` and the database.

    Only the data team may (`bot.tickets.team`: an admin or a roster member, never "everyone").
    The SQL must be one SELECT over the warehouse's own tables (`bot.library.promote_guard`); the
    file is kept only if the whole library still validates, and the ticket's history records it.
    """
    services.tickets.require_promoter(actor)  # a team action, checked here, not on the button
    tables = warehouse_tables(services.engines, services.settings)
    root = Path(services.settings.query_library)
    with services._library_lock:
        if services.library.get(name):
            raise UserFacingError(f"A query called {name!r} already exists in the library.")
        draft = services.tickets.promote(
            ticket_id,
            today=services.today(),
            name=name,
            existing_names=services.library.queries,
            tables=tables,
        )
        path = write_draft(draft, root / "promoted")
        checked, problems = check_library(root)
        if problems:
            path.unlink(missing_ok=True)
            raise UserFacingError(
                "The query was not added: " + "; ".join(str(p) for p in problems[:3])
            )
        try:  # every other process and host gets it from the database
            library_store.save_query(
                services.session_factory,
                name=draft.name,
                text=draft.text,
                now=services.now(),
                promoted_by=actor,
                ticket_id=ticket_id,
            )
        except UserFacingError:
            path.unlink(missing_ok=True)
            raise
        shared = services.shared_library
        library = services.library = shared.reload() if shared is not None else checked
    services.tickets.record_promotion(ticket_id, actor, draft.name, str(path))
    return library.queries[draft.name]
