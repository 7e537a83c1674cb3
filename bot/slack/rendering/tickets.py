"""Block Kit for tickets: the triage message, thread notes, requester replies, the close modal.

The triage message shows the request, requester, owner, due date and state with the buttons
*Claim*, *Reassign* (a user picker), *Close* (a modal for the resolution, optional SQL and
promotion to the library) and *Waiting on requester*; a ticket that carries a best candidate
query also gets *Run suggested query*, which answers the requester with one click. The message is
re-rendered from the ticket after every change; closed tickets keep no action buttons.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.slack.rendering import blocks as bk

CLAIM = "ticket_claim"
REASSIGN = "ticket_reassign"
CLOSE = "ticket_close"
WAITING = "ticket_waiting"
CONFIRM = "ticket_confirm"
CLOSE_CALLBACK = "ticket_close_modal"

STATE_EMOJI = {
    "open": ":white_circle:",
    "assigned": ":large_blue_circle:",
    "in_progress": ":large_orange_circle:",
    "waiting": ":hourglass_flowing_sand:",
    "reopened": ":leftwards_arrow_with_hook:",
    "done": ":white_check_mark:",
    "cancelled": ":no_entry_sign:",
}


def when(at: datetime | None, tz: str = "UTC") -> str:
    """A date and time in the team's time zone, e.g. `Tue Nov 24, 17:00 UTC`."""
    if at is None:
        return "no due date"
    local = at.astimezone(ZoneInfo(tz))  # validated at start-up (Settings.timezone)
    return f"{local:%a %b} {local.day}, {local:%H:%M} {local.tzname()}"


def who(user_id: str | None, nobody: str = "unassigned") -> str:
    return f"<@{user_id}>" if user_id else f"_{nobody}_"


def ticket_message(ticket: Any, *, tz: str = "UTC") -> dict[str, Any]:
    """chat.postMessage / chat.update arguments for the ticket's triage message."""
    label = getattr(ticket, "state_label", ticket.state)
    emoji = STATE_EMOJI.get(ticket.state, "")
    blocks: list[bk.Block] = [
        bk.header(f"Ticket #{ticket.id}"),
        bk.section(
            f">{bk.escape(bk.clip(ticket.text, 2800)).replace(chr(10), chr(10) + '>')}",
            block_id="text",
        ),
        bk.fields_section(
            [
                ("Requester", who(ticket.requester_id)),
                ("Owner", who(ticket.owner_id)),
                ("Due", when(ticket.due_at, tz)),
                ("State", f"{emoji} {label}".strip()),
            ],
            block_id="facts",
        ),
    ]
    notes = [f"priority {ticket.priority}", f"from {ticket.source}"]
    if ticket.claimed_by:
        notes.append(f"claimed by <@{ticket.claimed_by}>")
    if ticket.best_query:
        score = f" ({ticket.best_score:.2f})" if ticket.best_score is not None else ""
        notes.append(f"closest query: `{ticket.best_query}`{score}")
    blocks.append(bk.context(" · ".join(notes), block_id="notes"))
    if ticket.resolution:
        blocks.append(
            bk.section(
                f"*Resolution:* {bk.escape(bk.clip(ticket.resolution, 2800))}",
                block_id="resolution",
            )
        )
    if ticket.is_open:
        value = str(ticket.id)
        elements = []
        if ticket.state != "in_progress":
            elements.append(bk.button("Claim", CLAIM, value, style="primary"))
        elements.append(
            {
                "type": "users_select",
                "action_id": REASSIGN,
                "placeholder": {"type": "plain_text", "text": "Reassign to…"},
            }
        )
        elements.append(bk.button("Close", CLOSE, value))
        if ticket.state != "waiting":
            elements.append(bk.button("Waiting on requester", WAITING, value))
        if ticket.best_query:
            # An over-budget request waits for a member's approval: the click is the approval.
            run = "Approve: run for requester" if ticket.source == "budget" else None
            elements.append(bk.button(run or "Run suggested query", CONFIRM, value))
        blocks.append(bk.actions(f"ticket:{ticket.id}", *elements))
    text = f"Ticket #{ticket.id} ({label}): {bk.escape(bk.clip(ticket.text, 200))}"
    return bk.message(text, blocks)


def requester_message(ticket: Any, *, tz: str = "UTC") -> dict[str, Any]:
    """The reply a requester gets when their request became a ticket."""
    owner = f"<@{ticket.owner_id}> owns it" if ticket.owner_id else "the data team will pick it up"
    text = (
        f":ticket: No query answers _{bk.escape(bk.clip(ticket.text, 500))}_ yet, so it is now "
        f"ticket #{ticket.id}: {owner}, due {when(ticket.due_at, tz)}. "
        "Reply in this thread to add details."
    )
    return bk.message(
        f"Ticket #{ticket.id}: {bk.escape(bk.clip(ticket.text, 200))}",
        [bk.section(text, block_id="ticket")],
    )


def change_note(kind: str, actor: str, ticket: Any, extra: str = "") -> str:
    """One line for the ticket's thread describing a change."""
    lines = {
        "claimed": f"<@{actor}> claimed the ticket.",
        "reassigned": f"<@{actor}> reassigned it to {who(ticket.owner_id)}.",
        "closed": f"<@{actor}> closed it: {bk.escape(bk.clip(ticket.resolution or '', 2500))}",
        "waiting": f"<@{actor}> marked it waiting on <@{ticket.requester_id}>.",
        "reopened": f"<@{actor}> reopened it.",
        "commented": f"<@{actor}> added a comment.",
        "answered": f"<@{actor}> ran the suggested query; the answer went to <@{ticket.requester_id}>.",
    }
    line = lines.get(kind, f"<@{actor}>: {kind}")
    return f"{line} {extra}".strip()


def dm_message(kind: str, ticket: Any, actor: str) -> dict[str, Any]:
    """The DM a requester gets when their ticket is claimed or closed."""
    if kind == "claimed":
        text = f"<@{actor}> is working on your ticket #{ticket.id}: _{bk.escape(bk.clip(ticket.text, 500))}_"
    else:
        text = (
            f"Your ticket #{ticket.id} is done: _{bk.escape(bk.clip(ticket.text, 300))}_\n"
            f"*Resolution:* {bk.escape(bk.clip(ticket.resolution or '', 2000))}"
        )
        if ticket.permalink:
            text += f"\n<{ticket.permalink}|The ticket's thread>"
    return bk.message(text, [bk.section(text, block_id="dm")])


def close_modal(ticket: Any) -> dict[str, Any]:
    """Resolution (required), SQL (optional), and promotion of that SQL to the library."""
    blocks: list[bk.Block] = [
        bk.section(
            f"*Ticket #{ticket.id}:* {bk.escape(bk.clip(ticket.text, 500))}", block_id="about"
        ),
        bk.input_block(
            "resolution",
            "Resolution",
            {
                "type": "plain_text_input",
                "action_id": "value",
                "multiline": True,
                "max_length": 2500,
            },
        ),
        bk.input_block(
            "sql",
            "SQL that answered it",
            {"type": "plain_text_input", "action_id": "value", "multiline": True},
            optional=True,
            hint="Bound parameters as :name. Kept with the ticket.",
        ),
        bk.input_block(
            "promote",
            "Add this SQL to the query library as",
            {
                "type": "plain_text_input",
                "action_id": "value",
                "placeholder": {"type": "plain_text", "text": "query_name (leave empty to skip)"},
            },
            optional=True,
            hint="A new query file named like this; people can ask for it from then on.",
        ),
    ]
    return bk.modal(
        f"Close ticket #{ticket.id}",
        blocks,
        callback_id=CLOSE_CALLBACK,
        submit="Close ticket",
        private_metadata={"ticket": ticket.id},
    )


def tickets_list_message(tickets: list[Any], *, tz: str = "UTC") -> dict[str, Any]:
    """A requester's tickets, newest first (`/datarequest tickets`)."""
    if not tickets:
        return bk.message(
            "You have no tickets.", [bk.section("You have no tickets.", block_id="none")]
        )
    lines = []
    for t in tickets[:20]:
        emoji = STATE_EMOJI.get(t.state, "")
        due = f", due {when(t.due_at, tz)}" if t.is_open else ""
        link = f"<{t.permalink}|#{t.id}>" if t.permalink else f"#{t.id}"
        lines.append(
            f"{emoji} {link} {bk.escape(bk.clip(t.text, 120))} — {t.state_label}, {who(t.owner_id)}{due}"
        )
    blocks: list[bk.Block] = [bk.header("Your tickets")]
    chunk: list[str] = []
    for line in lines:
        if sum(len(x) + 1 for x in chunk) + len(line) > 2900:
            blocks.append(bk.section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(bk.section("\n".join(chunk)))
    return bk.message(f"Your tickets ({len(tickets)})", blocks)
