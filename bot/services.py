"""The services the Slack app calls, bundled, and the use cases its handlers run.

`build_services(settings)` wires the query library, the warehouse engines, the database (migrated
to head) and the ticket queue. Each use case below is a plain, blocking function taking and
returning dataclasses; the Slack handlers run exactly one of them in a worker thread after they
have acknowledged Slack, then render what it returns. Nothing here imports Slack.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.errors import GENERIC_FAILURE, NotFound, UserFacingError
from bot.library.loader import Library, QueryDef
from bot.settings import Settings

log = logging.getLogger(__name__)

THANKS = re.compile(
    r"^\W*(thanks?( you)?|thx|ty|cheers|thank you( so much| very much)?|great|perfect|awesome|"
    r"ok(ay)?|got it|👍|🙏)[\s!.,:)🙏👍]*(\w+[\s!.]*)?$",
    re.IGNORECASE,
)


@dataclass
class Services:
    settings: Settings
    library: Library
    engines: Any  # bot.engines.registry.EngineRegistry
    tickets: Any  # bot.tickets.service.TicketService
    session_factory: Any
    db_engine: Any
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    _library_lock: threading.Lock = field(default_factory=threading.Lock)
    _deliveries: int = 0

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        try:
            tz = ZoneInfo(self.settings.timezone)
        except (KeyError, ValueError):
            tz = ZoneInfo("UTC")
        return self.clock().astimezone(tz).date()

    def query(self, name: str) -> QueryDef:
        query = self.library.get(name)
        if query is None:
            raise NotFound(f"The query {name!r} is no longer in the library.")
        return query

    def close(self) -> None:
        self.engines.close()
        self.db_engine.dispose()


def build_services(
    settings: Settings, *, clock: Callable[[], datetime] | None = None, migrate: bool = True
) -> Services:
    """Load the library, open the database (migrated to head), seed the roster if one is given."""
    from bot.db.session import make_engine, make_session_factory, upgrade
    from bot.engines.registry import EngineRegistry
    from bot.library.loader import load_library
    from bot.tickets.service import TicketService

    library = load_library(settings.query_library)
    url = settings.effective_database_url
    if migrate:
        upgrade(url)
    db_engine = make_engine(url)
    sf = make_session_factory(db_engine)
    clock = clock or (lambda: datetime.now(UTC))
    tickets = TicketService(
        sf, clock=clock, tz=settings.timezone, sla_hours=settings.ticket_sla_hours
    )
    if settings.roster_file is not None:
        _seed_roster(settings, sf)
    return Services(settings, library, EngineRegistry(settings), tickets, sf, db_engine, clock)


def _seed_roster(settings: Settings, session_factory: Any) -> None:
    from bot.tickets.roster import load_roster_file

    assert settings.roster_file is not None
    load_roster_file(session_factory, settings.roster_file)


def triage_channel(services: Services) -> str | None:
    """Where new tickets are posted: TRIAGE_CHANNEL, else the roster file's triage_channel."""
    if services.settings.triage_channel:
        return services.settings.triage_channel
    from sqlalchemy import select

    from bot.tickets.models import TeamConfig

    with services.session_factory() as session:
        return session.scalar(select(TeamConfig.triage_channel).where(TeamConfig.id == 1))


# ---- idempotency and threads ---------------------------------------------------------------------


def first_delivery(services: Services, key: str, kind: str) -> bool:
    """True the first time `key` is seen (in any process); False for a retry or a double click."""
    from sqlalchemy.exc import IntegrityError

    from bot.db.session import write_session
    from bot.slack.models import SlackDelivery

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
    from datetime import timedelta

    from sqlalchemy import delete

    from bot.db.session import write_session
    from bot.slack.models import SlackDelivery

    with write_session(services.session_factory) as session:
        session.execute(
            delete(SlackDelivery).where(SlackDelivery.created_at < now - timedelta(days=2))
        )


def link_thread(services: Services, ticket_id: int, channel: str, ts: str, role: str) -> None:
    """Remember that the message (channel, ts) belongs to `ticket_id` in `role`."""
    from sqlalchemy.exc import IntegrityError

    from bot.db.session import write_session
    from bot.slack.models import SlackThread

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
    from sqlalchemy import select

    from bot.slack.models import SlackThread

    with services.session_factory() as session:
        row = session.scalars(
            select(SlackThread)
            .where(SlackThread.ticket_id == ticket_id, SlackThread.role == role)
            .order_by(SlackThread.id)
            .limit(1)
        ).first()
        return (row.channel, row.ts) if row is not None else None


def ticket_of_thread(services: Services, channel: str, ts: str) -> int | None:
    from sqlalchemy import select

    from bot.slack.models import SlackThread

    with services.session_factory() as session:
        return session.scalar(
            select(SlackThread.ticket_id).where(
                SlackThread.channel == channel, SlackThread.ts == ts
            )
        )


# ---- answering ---------------------------------------------------------------------------------------


@dataclass
class Answer:
    """What became of a request. `kind`: result, ambiguous, missing, ticket, failed, duplicate."""

    kind: str
    text: str
    query: QueryDef | None = None
    binds: dict[str, Any] = field(default_factory=dict)
    result: Any = None  # bot.engines.registry.QueryResult
    candidates: list[tuple[QueryDef, float]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    ticket: Any = None  # bot.tickets.service.TicketView
    reason: str = ""
    request_id: int | None = None

    @property
    def decision(self) -> str:
        """A short word for the request log line."""
        if self.kind == "result" and self.query is not None:
            return f"answered:{self.query.name}"
        if self.kind == "ticket" and self.ticket is not None:
            return f"ticket:{self.ticket.id}"
        return self.kind


def execute(services: Services, query: QueryDef, binds: dict[str, Any]) -> Any:
    """Run `query` with validated `binds` on its engine (timeout and row cap from settings)."""
    from bot.answering import run_query

    return run_query(query, binds, services.engines, services.settings)


def _run(services: Services, answer: Answer) -> Answer:
    assert answer.query is not None
    try:
        answer.result = execute(services, answer.query, answer.binds)
        answer.kind = "result"
    except UserFacingError as exc:
        answer.kind, answer.reason = "failed", exc.reason
    except Exception:
        log.exception("query %s failed", answer.query.name)
        answer.kind, answer.reason = "failed", GENERIC_FAILURE
    return answer


def answer_request(
    services: Services, text: str, *, user: str, channel: str | None, key: str
) -> Answer:
    """Match the request; run it, ask to choose, ask for missing values, or open a ticket."""
    from bot.matching.matcher import match

    started = time.perf_counter()
    text = (text or "").strip()
    try:
        decision = match(text, services.library, services.today())
    except UserFacingError as exc:  # the request names a value that cannot be meant
        return Answer("failed", text, reason=exc.reason)
    answer = Answer("unmatched", text)
    if decision.status == "matched" and decision.query:
        answer.query = services.query(decision.query)
        answer.binds = dict(decision.params)
        if decision.missing:
            answer.kind, answer.missing = "missing", list(decision.missing)
        else:
            _run(services, answer)
    elif decision.status == "ambiguous":
        answer.kind = "ambiguous"
        answer.candidates = [
            (q, c.score) for c in decision.candidates if (q := services.library.get(c.query))
        ]
    else:
        best = decision.candidates[0] if decision.candidates else None
        answer.ticket = services.tickets.create_ticket(
            text or "(empty request)",
            user,
            channel,
            best_query=best.query if best else None,
            best_score=best.score if best else None,
            source="unmatched",
            idempotency_key=key,
        )
        answer.kind = "ticket"
    answer.request_id = services.tickets.record_request(
        text,
        user,
        channel,
        status=decision.status,
        query=decision.query,
        score=decision.confidence,
        answered=answer.kind == "result",
        ticket_id=answer.ticket.id if answer.ticket is not None else None,
        duration_ms=(time.perf_counter() - started) * 1000,
    )
    return answer


def run_with_inputs(
    services: Services, query_name: str, raw: dict[str, Any], *, text: str = ""
) -> Answer:
    """Run a query with values a person typed in a form (validated per type)."""
    from bot.matching.params import coerce_inputs

    query = services.query(query_name)
    binds = coerce_inputs(query, raw, services.today())  # UserFacingError names the field
    return _run(services, Answer("run", text, query=query, binds=binds))


def run_candidate(services: Services, query_name: str, text: str) -> Answer:
    """The person picked `query_name` among candidates: fill its params from the text and run."""
    from bot.matching.params import default_binds, extract, find_entities

    query = services.query(query_name)
    today = services.today()
    try:
        extraction = extract(query, find_entities(text, today), today)
        binds, missing = dict(extraction.binds), list(extraction.missing)
    except Exception:
        log.exception("parameter extraction failed for %s", query_name)
        binds, missing = default_binds(query, today), [p.name for p in query.params if p.required]
    answer = Answer("run", text, query=query, binds=binds)
    if missing:
        answer.kind, answer.missing = "missing", missing
        return answer
    return _run(services, answer)


def run_binds(services: Services, query_name: str, binds: dict[str, Any], text: str = "") -> Answer:
    """Run a query with binds stored earlier (a ticket's best candidate)."""
    query = services.query(query_name)
    return _run(services, Answer("run", text, query=query, binds=dict(binds)))


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
) -> Answer:
    """Turn a request into a ticket (stored before anything is posted); idempotent on `key`."""
    if best_query and best_params is None:
        from bot.matching.params import default_binds

        query = services.library.get(best_query)
        best_params = default_binds(query, services.today()) if query else None
    ticket = services.tickets.create_ticket(
        text or "(no text)",
        user,
        channel,
        best_query=best_query,
        best_params=best_params,
        source=source,
        idempotency_key=key,
    )
    return Answer("ticket", text, ticket=ticket)


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


@dataclass
class HomeData:
    user: str
    mine: list[Any]
    requested: list[Any]
    stats: Any
    is_member: bool


def home_for(services: Services, user: str) -> HomeData:
    """What a person's App Home shows: their open tickets, their requests, the queue's numbers."""
    from bot.tickets.models import ALL_STATES

    t = services.tickets
    mine = t.list_tickets(owner_id=user, limit=20)
    requested = t.list_tickets(requester_id=user, states=ALL_STATES, limit=15, newest_first=True)
    return HomeData(user, mine, requested, t.stats(weeks=4), t.is_member(user))


def my_tickets(services: Services, user: str) -> list[Any]:
    from bot.tickets.models import ALL_STATES

    return services.tickets.list_tickets(
        requester_id=user, states=ALL_STATES, limit=20, newest_first=True
    )


def promote_to_library(services: Services, *, ticket_id: int, actor: str, name: str) -> QueryDef:
    """Promote a done ticket's SQL into the library (`<library>/promoted/NAME.sql`).

    The draft comes from `bot.library.promote` (its refusals apply: one SELECT, no `{{ }}`); the file
    is kept only if the whole library still validates, and the ticket's history records it.
    """
    from bot.library.loader import check_library
    from bot.library.promote import write_draft

    root = Path(services.settings.query_library)
    with services._library_lock:
        if services.library.get(name):
            raise UserFacingError(f"A query called {name!r} already exists in the library.")
        draft = services.tickets.promote(
            ticket_id, today=services.today(), name=name, existing_names=services.library.queries
        )
        path = write_draft(draft, root / "promoted")
        library, problems = check_library(root)
        if problems:
            path.unlink(missing_ok=True)
            raise UserFacingError(
                "The query was not added: " + "; ".join(str(p) for p in problems[:3])
            )
        services.library = library
    services.tickets.record_promotion(ticket_id, actor, draft.name, str(path))
    return library.queries[draft.name]
