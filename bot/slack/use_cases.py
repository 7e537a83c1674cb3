"""The use cases only the Slack handlers run: tickets opened by a click, App Home, promotion,
subscriptions and check-ins.

Each is a plain, blocking function taking the services container and returning dataclasses;
the handlers run exactly one in a worker thread after acknowledging Slack, then render what it
returns. Nothing here renders or calls Slack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.engines.catalog import warehouse_tables
from bot.errors import UserFacingError
from bot.library import store as library_store
from bot.library.loader import QueryDef, check_library
from bot.library.promote import Draft, own_left_behind, write_draft
from bot.matching.params import default_binds
from bot.tickets.models import ALL_STATES
from bot.tickets.service import TicketView
from scheduler import standup as standup_store
from scheduler.store import subscribe, unsubscribe

if TYPE_CHECKING:
    from bot.services import Services

# `subscribe` (the Subscribe modal) and `unsubscribe` (its button) are the scheduler store's own
# use cases, taking the container as they are: (services, query_name=, params=, channel=,
# frequency=, hour=, user=) and (services, schedule_id, user), each returning the ScheduleDef.
__all__ = [
    "HomeData",
    "checkin_prefill",
    "home_for",
    "my_tickets",
    "open_ticket",
    "promote_to_library",
    "save_checkin",
    "subscribe",
    "unsubscribe",
]


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


# ---- a person's tickets ------------------------------------------------------------------------


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
    """The tickets `user` requested, newest first."""
    return services.tickets.list_tickets(
        requester_id=user, states=ALL_STATES, limit=20, newest_first=True
    )


def promote_to_library(services: Services, *, ticket_id: int, actor: str, name: str) -> QueryDef:
    """Promote a done ticket's SQL into the library: `<library>/promoted/NAME.sql` and the database.

    Only the data team may (`bot.tickets.team`: an admin or a roster member, never "everyone").
    The SQL must be one SELECT over the warehouse's own tables (`bot.library.promote_guard`); the
    file is kept only if the whole library still validates, and the ticket's history records it.
    Idempotent: run again (a replay of a run that died), it finds its own stored query
    (`_promoted_before`) or its own file not yet stored (`_left_behind`) and completes, once.
    """
    services.tickets.require_promoter(actor)  # a team action, checked here, not on the button
    tables = warehouse_tables(services.engines, services.settings)
    root = Path(services.settings.query_library)
    with services.library_lock:
        if library_store.ticket_of(services.session_factory, name) == ticket_id:
            return _promoted_before(services, ticket_id, actor, name, root)
        left = _left_behind(services, ticket_id, name, tables, root / "promoted" / f"{name}.sql")
        if left is None and services.library.get(name):
            raise UserFacingError(f"A query called {name!r} already exists in the library.")
        if left is not None:  # this promotion's own file, written by a run that died
            draft, path = left, root / "promoted" / left.filename
        else:
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


def _left_behind(
    services: Services, ticket_id: int, name: str, tables: Any, path: Path
) -> Draft | None:
    """The draft of this ticket's promotion to `name` when a run that died wrote its file and
    never stored it (the query is not in the database, and the file holds exactly what this
    promotion writes, on the day it names); None otherwise: a file of other content is
    another query, and the name stays taken."""
    if not path.is_file() or library_store.is_stored(services.session_factory, name):
        return None
    others = [n for n in services.library.queries if n != name]
    return own_left_behind(
        path,
        ticket_id,
        lambda day: services.tickets.promote(
            ticket_id, today=day, name=name, existing_names=others, tables=tables
        ),
    )


def _promoted_before(
    services: Services, ticket_id: int, actor: str, name: str, root: Path
) -> QueryDef:
    """The ticket's own promotion, stored by a run that died before telling of it (a replayed
    Close form, another process's copy of it): the query as stored, its history recorded once,
    never "already exists"."""
    shared = services.shared_library
    library = services.library = shared.reload() if shared is not None else services.library
    path = root / "promoted" / f"{name}.sql"
    services.tickets.record_promotion_once(ticket_id, actor, name, str(path))
    query = library.get(name)
    if query is None:
        raise UserFacingError(f"The query {name!r} is stored but does not load; see doctor.")
    return query


# ---- check-ins (the scheduler's standup store) --------------------------------------------------


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
