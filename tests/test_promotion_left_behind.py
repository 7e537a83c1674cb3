"""A promotion whose run died after writing the query's file and before storing it (issue 9).

The Close form with SQL and a promotion: the run closes the ticket, writes
`queries/promoted/NAME.sql`, then stores the query in the database. Killed between the file and
the store, it left the file, and the replay (the restarted jobs process, or another `serve`)
said the name was taken: "Ticket #N is closed, but a query called 'x' already exists", and
the query was never stored, so no other process or host had it. Promotion is idempotent now:
the replay finding the file this very promotion writes completes the store and tells once; a
file with other content still refuses. The stored click runs as in tests/test_kill_replays.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from slack_helpers import view_submission_body
from test_kill_replays import _store_click, _taken_by_a_dead_process
from test_kill_replays_later_events import ANALYST, _direct, world  # noqa: F401
from test_slack_durable_store import _run_pending, _store_command

from bot.library import store as library_store
from bot.library.promote import write_draft
from bot.slack import use_cases

NAME = "churn_board"


def _stored(rt: Any) -> bool:
    return NAME in [q.name for q in library_store.stored_queries(rt.services.session_factory)[1]]


def _closed_with_sql(fake: Any, rt: Any, store: Any) -> tuple[Any, str]:
    """A ticket, and its Close form (SQL, promote as NAME) stored and taken by a dead run."""
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "built it"}},
        "sql": {"value": {"type": "plain_text_input", "value": "SELECT 1 AS n"}},
        "promote": {"value": {"type": "plain_text_input", "value": NAME}},
    }
    view = {
        "callback_id": "ticket_close_modal",
        "private_metadata": json.dumps({"ticket": ticket.id}),
    }
    key = _store_click(store, view_submission_body(view, values, user_id=ANALYST))
    _taken_by_a_dead_process(store, key)
    return ticket, key


def _killed_after_the_file(rt: Any, ticket: Any) -> Path:
    """The dead run's work: the close, then the file of the promotion; no store row."""
    rt.services.tickets.close(ticket.id, ANALYST, "built it", "SELECT 1 AS n")
    draft = rt.services.tickets.promote(
        ticket.id,
        today=rt.services.today(),
        name=NAME,
        existing_names=rt.services.library.queries,
    )
    return write_draft(draft, Path(rt.settings.query_library) / "promoted")


def test_a_replay_finding_its_own_file_completes_the_promotion_once(world: Any) -> None:  # noqa: F811
    fake, rt, store = world
    ticket, _key = _closed_with_sql(fake, rt, store)
    path = _killed_after_the_file(rt, ticket)
    written = path.read_text()
    assert not _stored(rt)
    _run_pending(rt, store, "host:2")
    notes = fake.posted(lambda m: m.get("thread_ts") == ticket.message_ts)
    assert [n["text"].count(NAME) for n in notes] == [1], notes
    assert not [d for d in _direct(fake) if "already exists" in d or "closed, but" in d]
    assert library_store.ticket_of(rt.services.session_factory, NAME) == ticket.id
    assert rt.services.library.get(NAME) is not None and path.read_text() == written
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert (kinds.count("closed"), kinds.count("promoted")) == (1, 1), kinds
    # Promoting it again is the ticket's own earlier promotion, as before.
    use_cases.promote_to_library(rt.services, ticket_id=ticket.id, actor=ANALYST, name=NAME)
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert kinds.count("promoted") == 1


def test_a_file_of_other_content_under_the_name_still_refuses(world: Any) -> None:  # noqa: F811
    fake, rt, store = world
    ticket, _key = _closed_with_sql(fake, rt, store)
    path = _killed_after_the_file(rt, ticket)
    other = path.read_text().replace("SELECT 1 AS n", "SELECT 2 AS n")
    path.write_text(other)
    _run_pending(rt, store, "host:2")
    refusals = [d for d in _direct(fake) if "closed, but" in d]
    assert len(refusals) == 1 and "already exists" in refusals[0], _direct(fake)
    assert path.read_text() == other
    assert not _stored(rt)
    assert "promoted" not in [e.kind for e in rt.services.tickets.events(ticket.id)]


def test_a_file_another_ticket_promoted_is_not_taken_over(world: Any) -> None:  # noqa: F811
    """The same SQL and name from another ticket: its file names that ticket, so it is not this
    promotion's, and the name stays taken."""
    fake, rt, store = world
    ticket, _key = _closed_with_sql(fake, rt, store)
    path = _killed_after_the_file(rt, ticket)
    path.write_text(path.read_text().replace(f"ticket #{ticket.id} ", "ticket #999 "))
    _run_pending(rt, store, "host:2")
    assert [d for d in _direct(fake) if "already exists" in d]
    assert not _stored(rt)
