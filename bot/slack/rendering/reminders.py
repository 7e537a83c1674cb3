"""Block Kit for deadline reminders, overdue notices, escalations and scheduled reports.

Short messages, one purpose each; every one links the ticket when its permalink is known.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.slack import payloads
from bot.slack.rendering import blocks as bk

UNSUBSCRIBE = "unsubscribe"


def _ticket_ref(ticket: Any) -> str:
    if getattr(ticket, "permalink", None):
        return f"<{ticket.permalink}|#{ticket.id}>"
    return f"#{ticket.id}"


def _quote(ticket: Any) -> str:
    return bk.escape(bk.clip(" ".join(str(ticket.text).split()), 200))


def _when(moment: datetime, tz: str) -> str:
    local = moment.astimezone(ZoneInfo(tz))
    return f"{local:%a} {local.day} {local:%b %H:%M %Z}"


def _in(delta_seconds: float) -> str:
    minutes = max(round(delta_seconds / 60), 0)
    if minutes < 90:
        return f"{minutes} min"
    hours = round(minutes / 60)
    if hours < 48:
        return f"{hours} h"
    return f"{round(hours / 24)} days"


def _message(text: str, body: str, key: str, note: str = "") -> dict[str, Any]:
    blocks: list[bk.Block] = [bk.section(body, block_id=key)]
    if note:
        blocks.append(bk.context(bk.escape(note), block_id=f"{key}_note"))
    return {"text": text, "blocks": bk.finalize(blocks)}


def due_soon(
    ticket: Any, now: datetime, tz: str, *, away_owner: str | None = None
) -> dict[str, Any]:
    """DM to the owner some time before the deadline (to the lead if the owner is away)."""
    left = _in((ticket.due_at - now).total_seconds())
    who = f"<@{away_owner}> is out of office; " if away_owner else ""
    body = (
        f":alarm_clock: {who}Ticket {_ticket_ref(ticket)} is due in {left} "
        f"({_when(ticket.due_at, tz)}):\n>{_quote(ticket)}"
    )
    return _message(f"Ticket #{ticket.id} is due in {left}", body, "due_soon")


def overdue_notice(ticket: Any, tz: str) -> dict[str, Any]:
    """The notice in the ticket's thread when it passes its deadline."""
    owner = f" <@{ticket.owner_id}>" if ticket.owner_id else ""
    body = (
        f":rotating_light:{owner} this ticket is now overdue "
        f"(it was due {_when(ticket.due_at, tz)})."
    )
    if not ticket.message_ts:
        body += f"\n{_ticket_ref(ticket)} >{_quote(ticket)}"
    return _message(f"Ticket #{ticket.id} is overdue", body, "overdue")


def escalation(
    ticket: Any, reason: str, now: datetime, tz: str, lead: str | None
) -> dict[str, Any]:
    """To the team lead (or a channel): a ticket stays overdue, or nobody has claimed it."""
    to = f"<@{lead}> " if lead else ""
    owner = f"owner <@{ticket.owner_id}>" if ticket.owner_id else "no owner"
    if reason == "overdue":
        since = _in((now - ticket.due_at).total_seconds())
        what = f"has been overdue for {since} ({owner})"
    else:
        since = _in((now - ticket.created_at).total_seconds())
        what = f"has not been claimed for {since} ({owner})"
    body = (
        f":arrow_double_up: {to}Escalation: ticket {_ticket_ref(ticket)} {what}.\n>{_quote(ticket)}"
    )
    return _message(f"Escalation: ticket #{ticket.id} {what}", body, f"escalate_{reason}")


def report_actions(schedule_id: str, *, removable: bool) -> bk.Block:
    """Buttons under a scheduled report: Unsubscribe for schedules made from Slack."""
    if removable:
        return bk.actions(
            "scheduled_actions",
            bk.button(
                "Unsubscribe",
                UNSUBSCRIBE,
                {"s": schedule_id},
                confirm={
                    "title": {"type": "plain_text", "text": "Unsubscribe?"},
                    "text": {"type": "mrkdwn", "text": "This scheduled report will stop."},
                    "confirm": {"type": "plain_text", "text": "Unsubscribe"},
                    "deny": {"type": "plain_text", "text": "Keep it"},
                },
            ),
        )
    return bk.context(
        f"Scheduled by `{bk.escape(schedule_id)}` in the schedules file; edit the file to change it.",
        block_id="scheduled_actions",
    )


def scheduled_report(
    message: dict[str, Any], schedule_id: str, *, removable: bool
) -> dict[str, Any]:
    """A result message (from the result renderer) made into a scheduled post."""
    blocks = [b for b in message.get("blocks", []) if b.get("block_id") != "result_actions"]
    blocks.append(report_actions(schedule_id, removable=removable))
    return {"text": message.get("text", ""), "blocks": bk.finalize(blocks)}


def report_failed(schedule_id: str, title: str, reason: str, note: str = "") -> dict[str, Any]:
    body = f":warning: The scheduled report *{bk.escape(title)}* could not run: {bk.escape(reason)}"
    return _message(
        f"Scheduled report {title} failed", body, "report_failed", note or f"Schedule {schedule_id}"
    )


# ---- the Subscribe modal ------------------------------------------------------------------------

SUBSCRIBE_CALLBACK = "subscribe_modal"
FREQUENCY_LABELS = {
    "daily": "Every working day",
    "weekly": "Every Monday",
    "monthly": "The 1st of every month",
}


def _option(value: str, label: str) -> dict[str, Any]:
    return {"text": {"type": "plain_text", "text": label}, "value": value}


def subscribe_modal(query: Any, binds: dict[str, Any], channel: str | None) -> dict[str, Any]:
    """Ask how often and where; date parameters are asked as phrases resolved at each run."""
    fixed = {}
    blocks: list[bk.Block] = [
        bk.section(f"Post *{bk.escape(query.title)}* on a schedule.", block_id="sub_intro"),
        {
            "type": "input",
            "block_id": "frequency",
            "label": {"type": "plain_text", "text": "How often"},
            "element": {
                "type": "static_select",
                "action_id": "frequency",
                "initial_option": _option("weekly", FREQUENCY_LABELS["weekly"]),
                "options": [_option(k, v) for k, v in FREQUENCY_LABELS.items()],
            },
        },
        {
            "type": "input",
            "block_id": "hour",
            "label": {"type": "plain_text", "text": "At"},
            "element": {
                "type": "static_select",
                "action_id": "hour",
                "initial_option": _option("8", "08:00"),
                "options": [_option(str(h), f"{h:02d}:00") for h in range(5, 21)],
            },
        },
        {
            "type": "input",
            "block_id": "channel",
            "label": {"type": "plain_text", "text": "Post in"},
            "element": {
                "type": "conversations_select",
                "action_id": "channel",
                "filter": {"include": ["public", "private"], "exclude_bot_users": True},
                # A DM cannot be chosen with this filter: only offer channels as the default.
                **(
                    {"initial_conversation": channel}
                    if channel and channel[:1] in ("C", "G")
                    else {}
                ),
            },
        },
    ]
    for p in query.params:
        if p.kind.is_period:
            phrase = str(p.default) if p.default else "last 7 days"
            blocks.append(
                {
                    "type": "input",
                    "block_id": f"period_{p.name}",
                    "label": {"type": "plain_text", "text": bk.clip(p.label or p.name, 60)},
                    "hint": {"type": "plain_text", "text": "A period, worked out at each run"},
                    "element": {
                        "type": "plain_text_input",
                        "action_id": f"period_{p.name}",
                        "initial_value": phrase,
                    },
                }
            )
        else:
            value = binds.get(p.name)
            if value not in (None, ""):
                fixed[p.name] = value
    meta = bk.fitted({"q": query.name, "p": fixed}, bk.MAX_PRIVATE_METADATA)
    return {
        "type": "modal",
        "callback_id": SUBSCRIBE_CALLBACK,
        "private_metadata": meta,
        "title": {"type": "plain_text", "text": "Subscribe"},
        "submit": {"type": "plain_text", "text": "Subscribe"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": blocks,
    }


def read_subscribe_form(view: dict[str, Any]) -> dict[str, Any]:
    """(query, params, frequency, hour, channel) from a submitted Subscribe modal.

    Odd values (not what this modal sends) read as empty, never raise.
    """
    meta = payloads.json_object(view.get("private_metadata"))
    state = payloads.mapping(payloads.mapping(view, "state"), "values")

    def element(block: str) -> dict[str, Any]:
        return payloads.mapping(payloads.mapping(state, block), block)

    def selected(block: str) -> str:
        el = element(block)
        return payloads.text(payloads.mapping(el, "selected_option"), "value") or payloads.text(
            el, "selected_conversation"
        )

    params = dict(payloads.mapping(meta, "p"))
    for block_id in state:
        if isinstance(block_id, str) and block_id.startswith("period_"):
            params[block_id.removeprefix("period_")] = payloads.text(element(block_id), "value")
    hour = selected("hour")
    return {
        "query": payloads.text(meta, "q"),
        "params": params,
        "frequency": selected("frequency"),
        # isdecimal, not isdigit: "²" is a digit that int() refuses (a 500 and a traceback).
        "hour": int(hour) if hour.isdecimal() and len(hour) <= 2 else 8,
        "channel": selected("channel"),
    }


def subscribed_text(schedule: Any) -> str:
    label = next(
        (
            v
            for k, v in FREQUENCY_LABELS.items()
            if schedule.cron.endswith(
                {"daily": "* * mon-fri", "weekly": "* * mon", "monthly": "1 * *"}[k]
            )
        ),
        schedule.cron,
    )
    hour = schedule.cron.split()[1]
    return (
        f"Subscribed: *{bk.escape(schedule.query)}* will be posted in <#{schedule.channel}> "
        f"{label.lower()} at {int(hour):02d}:00 ({schedule.timezone}). "
        f"Use *Unsubscribe* on a post to stop it (schedule `{schedule.id}`)."
    )
