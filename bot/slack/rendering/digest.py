"""Block Kit for the standup digest and the standup check-in (DM, reminder, modal).

A digest must stay readable and inside Slack's limits whatever the queue looks like: one
section per member with counts and their top items ("… and 12 more"), the blockers first, the
queue's numbers as fields (at most 10), never more than 50 blocks (members beyond the room left
are summed up in one line), and every section under 3,000 characters.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.slack import payloads
from bot.slack.rendering import blocks as bk
from scheduler.standup import CheckinPrefill, Digest, DigestTicket, MemberDigest

TOP_ITEMS = 3  # items listed per category and member; the rest are counted
ITEM_TEXT = 70
STANDUP_OPEN = "standup_open"  # DM button: open the check-in form
STANDUP_CALLBACK = "standup_checkin"  # the form's callback_id


def _when(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def _item(t: DigestTicket, tz: ZoneInfo, *, due: bool = False) -> str:
    label = f"#{t.id}"
    if t.permalink:
        label = f"<{t.permalink}|#{t.id}>"
    text = bk.escape(bk.clip(" ".join(t.text.split()), ITEM_TEXT))
    extra = ""
    if due and t.due_at is not None:
        extra = f" (due {_when(t.due_at, tz)})"
    if t.priority in ("high", "urgent"):
        extra += f" `{t.priority}`"
    return f"{label} {text}{extra}"


def _category(title: str, items: list[DigestTicket], tz: ZoneInfo, *, due: bool = False) -> str:
    if not items:
        return ""
    lines = [f"{title} ({len(items)}):"]
    lines += [f"  • {_item(t, tz, due=due)}" for t in items[:TOP_ITEMS]]
    if len(items) > TOP_ITEMS:
        lines.append(f"  • _… and {len(items) - TOP_ITEMS} more_")
    return "\n".join(lines)


def member_text(m: MemberDigest, tz: ZoneInfo) -> str:
    name = f"<@{m.user_id}>"
    status = " — _out of office_" if m.away else ""
    counts = (
        f"{len(m.closed)} closed · {len(m.in_progress)} in progress · {len(m.assigned)} assigned · "
        f"{len(m.due_today)} due today · {len(m.overdue)} overdue"
    )
    parts = [f"*{name}*{status}  {counts}"]
    parts.append(_category(":rotating_light: *Overdue*", m.overdue, tz, due=True))
    parts.append(_category(":calendar: Due today", m.due_today, tz, due=True))
    parts.append(_category(":hammer_and_wrench: In progress", m.in_progress, tz))
    parts.append(_category(":inbox_tray: Assigned, not started", m.assigned, tz))
    parts.append(_category(":white_check_mark: Closed", m.closed, tz))
    if m.checkin is not None:
        c = m.checkin
        said = []
        if c.yesterday:
            said.append(f"_Yesterday:_ {bk.escape(bk.clip(c.yesterday, 300))}")
        if c.today:
            said.append(f"_Today:_ {bk.escape(bk.clip(c.today, 300))}")
        if c.has_blockers:
            said.append(f":warning: *Blocked:* {bk.escape(bk.clip(c.blockers, 300))}")
        parts.append("\n".join(said))
    text = "\n".join(p for p in parts if p)
    return bk.clip(text, bk.MAX_SECTION_TEXT)


def numbers_fields(d: Digest) -> list[tuple[str, str]]:
    n = d.numbers
    rate = "—" if n.automation_rate is None else f"{n.automation_rate:.0%}"
    return [
        ("Open", f"{n.open:,}"),
        ("Unassigned", f"{n.unassigned:,}"),
        ("Overdue", f"{n.overdue:,}" + (" :rotating_light:" if n.overdue else "")),
        ("Created yesterday", f"{n.created_yesterday:,}"),
        ("Closed yesterday", f"{n.closed_yesterday:,}"),
        ("Automation rate", rate),
    ]


def digest_message(
    d: Digest, *, note: str = "", schedule_id: str = "", max_blocks: int = bk.MAX_MESSAGE_BLOCKS
) -> dict[str, Any]:
    """chat.postMessage arguments (text + blocks) for a standup digest."""
    tz = ZoneInfo(d.timezone)
    day = d.local_date
    title = f"Standup — {day:%A} {day.day} {day:%B}"
    blocks: list[bk.Block] = [
        bk.header(bk.clip(title, 150)),
        bk.context(
            f"{bk.escape(d.team)} · since {_when(d.since, tz)} · {d.timezone}",
            block_id="digest_facts",
        ),
    ]
    if note:
        blocks.append(bk.context(f":hourglass: {bk.escape(note)}", block_id="digest_note"))
    blocks.append(bk.fields_section(numbers_fields(d), block_id="digest_numbers"))
    blockers = d.blockers
    if blockers:
        lines = [f"• <@{uid}>: {bk.escape(bk.clip(text, 300))}" for uid, text in blockers]
        blocks.append(
            bk.section(
                bk.clip(":warning: *Blockers*\n" + "\n".join(lines), bk.MAX_SECTION_TEXT),
                block_id="digest_blockers",
            )
        )
    if d.checkin_expected:
        missing = [f"<@{m.user_id}>" for m in d.members if m.checkin is None and not m.away]
        if missing:
            blocks.append(
                bk.context(
                    bk.clip("No check-in yet: " + ", ".join(missing), 2000),
                    block_id="digest_no_checkin",
                )
            )
    blocks.append(bk.divider())

    tail: list[bk.Block] = []
    if d.unassigned:
        lines = [f"• {_item(t, tz, due=True)}" for t in d.unassigned[:5]]
        if len(d.unassigned) > 5:
            lines.append(f"• _… and {len(d.unassigned) - 5} more_")
        head = f":inbox_tray: *Unassigned* ({len(d.unassigned)}, {d.new_unassigned} new)"
        tail.append(
            bk.section(
                bk.clip(head + "\n" + "\n".join(lines), bk.MAX_SECTION_TEXT),
                block_id="digest_unassigned",
            )
        )
    if schedule_id:
        tail.append(bk.context(f"Schedule `{bk.escape(schedule_id)}`", block_id="digest_footer"))

    # Busy members first (overdue, then open work); quiet ones share one line at the end.
    busy = [m for m in d.members if not m.quiet or m.checkin is not None]
    quiet = [m for m in d.members if m.quiet and m.checkin is None]
    busy.sort(key=lambda m: (-len(m.overdue), -len(m.due_today), -len(m.in_progress)))
    room = max_blocks - len(blocks) - len(tail) - 2  # a line for the quiet, one for overflow
    shown, hidden = busy[:room], busy[room:]
    for i, m in enumerate(shown):
        blocks.append(bk.section(member_text(m, ZoneInfo(d.timezone)), block_id=f"member_{i}"))
    rest = []
    if quiet:
        names = ", ".join(f"<@{m.user_id}>" + (" (out of office)" if m.away else "") for m in quiet)
        rest.append(f"Nothing open: {names}")
    if hidden:
        open_work = sum(len(m.in_progress) + len(m.overdue) for m in hidden)
        rest.append(
            f"… and {len(hidden)} more members with {open_work} tickets in progress or overdue"
        )
    if rest:
        blocks.append(bk.context(*(bk.clip(r, 2000) for r in rest), block_id="digest_rest"))
    blocks.extend(tail)
    n = d.numbers
    text = (
        f"Standup {d.local_date.isoformat()}: {n.open} open, {n.overdue} overdue, "
        f"{n.unassigned} unassigned" + (f", {len(blockers)} blocked" if blockers else "")
    )
    return {"text": text, "blocks": bk.finalize(blocks, max_blocks=max_blocks)}


# ---- check-in -----------------------------------------------------------------------------------


def checkin_dm(
    user_id: str,
    local_date: str,
    prefill: CheckinPrefill,
    *,
    reminder: bool = False,
    note: str = "",
) -> dict[str, Any]:
    """The DM that asks a member for their standup (or reminds them once)."""
    if reminder:
        intro = f"<@{user_id}>, a reminder: your standup for today is not in yet."
    else:
        intro = (
            f"Good morning <@{user_id}>! Your standup for {local_date}: what did you do "
            "yesterday, what is next today, anything blocking you?"
        )
    blocks: list[bk.Block] = [bk.section(intro, block_id="checkin_intro")]
    if note:
        blocks.append(bk.context(bk.escape(note), block_id="checkin_note"))
    if not reminder and (prefill.yesterday or prefill.today):
        facts = []
        if prefill.yesterday:
            facts.append("*Closed recently*\n" + bk.escape(prefill.yesterday))
        if prefill.today:
            facts.append("*Open with you*\n" + bk.escape(prefill.today))
        blocks.append(
            bk.section(bk.clip("\n".join(facts), bk.MAX_SECTION_TEXT), block_id="checkin_facts")
        )
    blocks.append(
        bk.actions(
            "checkin_actions",
            bk.button("Answer", STANDUP_OPEN, {"d": local_date}, style="primary"),
        )
    )
    text = "Standup reminder" if reminder else "Your standup check-in"
    return {"text": text, "blocks": bk.finalize(blocks)}


def checkin_modal(local_date: str, prefill: CheckinPrefill) -> dict[str, Any]:
    """The check-in form, pre-filled with the member's ticket activity."""

    def field(block_id: str, label: str, initial: str, placeholder: str) -> bk.Block:
        element: bk.Block = {
            "type": "plain_text_input",
            "action_id": block_id,
            "multiline": True,
            "max_length": 1500,
            "placeholder": bk.plain(placeholder, 150),
        }
        if initial:
            element["initial_value"] = bk.clip(initial, 1500)
        return {
            "type": "input",
            "block_id": block_id,
            "label": bk.plain(label, 2000),
            "element": element,
            "optional": block_id != "today",
        }

    return {
        "type": "modal",
        "callback_id": STANDUP_CALLBACK,
        "private_metadata": local_date,
        "title": bk.plain("Standup", 24),
        "submit": bk.plain("Send", 24),
        "close": bk.plain("Cancel", 24),
        "blocks": [
            field("yesterday", "Yesterday", prefill.yesterday, "What you finished"),
            field("today", "Today", prefill.today, "What you will work on"),
            field("blockers", "Blockers", "", "Anything in your way (leave empty if none)"),
        ],
    }


def read_checkin_form(state_values: dict[str, Any]) -> dict[str, str]:
    out = {}
    for key in ("yesterday", "today", "blockers"):
        out[key] = payloads.text(
            payloads.mapping(payloads.mapping(state_values, key), key), "value"
        )
    return out


def checkin_thanks(blockers: bool) -> str:
    if blockers:
        return "Thanks — your standup is in; your blocker will stand out in today's digest."
    return "Thanks — your standup is in."
