"""Which ticket change a run tells of: the note and the DM of a change are keyed by its event.

Several processes may receive the same click (two `serve`s behind a load balancer), and a stored
click is run again after its process died (`kill -9`): the change is told once, by whichever
run records its key first, and a replay tells of the change its dead run made rather than make
it again.
"""

from __future__ import annotations

from typing import Any

from bot.slack import deliveries
from bot.slack.replay import CURRENT_RUN


def _replaying() -> bool:
    run = CURRENT_RUN.get()
    return run is not None and run.item.replayed


async def change_to_tell(
    rt: Any, ticket_id: int, user: str, kinds: tuple[str, ...], *, made: bool
) -> int | None:
    """The id of the ticket event this run tells of (its note and DM are keyed by it), or None.

    The change is the ticket's latest event of `kinds` or of another state, past the notes
    added after it that changed no state (a comment, the promotion of its SQL: a run that died
    after promoting left a "promoted" event on top of its close). Of several processes
    receiving the same click, whichever made the change or found it made, only the first to
    record the event's key tells.
    A stored click run again after its process died (`kill -9`) may find its own change already
    made, and its "told" mark recorded, with nothing posted yet: it tells of the latest event
    when `user` made it with this action; the posts are keyed by the event, and a replay looks
    each key up in Slack first, so what did reach Slack is not posted again.
    """
    events = await rt.worker.run(rt.services.tickets.events, ticket_id)
    event = the_change(events, kinds)
    event_id = event.id if event is not None else 0
    if made:
        key = f"told:{ticket_id}:{event_id}"
        if await rt.worker.run(deliveries.first_delivery, rt.services, key, "told"):
            return event_id
    if not _replaying() or event is None:
        return None
    return event_id if event.actor_id == user and event.kind in kinds else None


async def made_before(rt: Any, ticket_id: int, user: str, kinds: tuple[str, ...]) -> int | None:
    """On a replay, the change of `kinds` by `user` its dead run made after the request was
    stored (its event id), else None. The replay tells of it and does not make it again: the
    ticket may have moved on before the takeover (reopened after the dead run's close,
    released after its claim), and making it again would undo that.
    "After the request was stored" is by event id: the intake row keeps the highest ticket
    event id the database had when it stored the request (`SlackIntake.events_before`), so
    two hosts whose clocks differ cannot hide the dead run's change (comparing the row's
    `created_at`, from the front's clock, with the event's `at`, from the dead run's host,
    did: a clock behind made the change again). Rows stored before that column existed
    still compare times."""
    run = CURRENT_RUN.get()
    if run is None or not run.item.replayed:
        return None
    events = await rt.worker.run(rt.services.tickets.events, ticket_id)
    before, since = run.item.events_before, run.item.created_at
    made = [
        e
        for e in events
        if e.kind in kinds
        and e.actor_id == user
        and (e.id > before if before is not None else e.at >= since)
    ]
    return made[-1].id if made else None


def the_change(events: list[Any], kinds: tuple[str, ...]) -> Any:
    """The latest event that is a change of `kinds` or changed the state, or None; with no
    `kinds`, the change that names the ticket's current state (comments, a promotion or a due
    date on top of it change nothing)."""
    for event in reversed(events):
        if event.kind in kinds or event.from_state != event.to_state:
            return event
    return None
