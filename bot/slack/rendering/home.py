"""Block Kit for the App Home tab: my open tickets (with actions), my requests, queue numbers."""

from __future__ import annotations

from typing import Any

from bot.slack.rendering import blocks as bk
from bot.slack.rendering.tickets import CLAIM, CLOSE, STATE_EMOJI, WAITING, when, who


def _age(delta: Any) -> str:
    if delta is None:
        return "—"
    hours = delta.total_seconds() / 3600
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} d"


def home_view(data: Any, *, tz: str = "UTC") -> dict[str, Any]:
    """views.publish `view` for one user's App Home (`data`: bot.slack.use_cases.HomeData)."""
    blocks: list[bk.Block] = [bk.header("My open tickets")]
    if not data.mine:
        blocks.append(bk.section("_Nothing assigned to you._", block_id="mine_none"))
    for t in data.mine[:15]:
        emoji = STATE_EMOJI.get(t.state, "")
        link = f"<{t.permalink}|#{t.id}>" if t.permalink else f"#{t.id}"
        blocks.append(
            bk.section(
                f"{emoji} {link} {bk.escape(bk.clip(t.text, 300))}\n"
                f"{t.state_label} · from {who(t.requester_id)} · due {when(t.due_at, tz)}",
                block_id=f"mine:{t.id}",
            )
        )
        elements = []
        if t.state != "in_progress":
            elements.append(bk.button("Claim", CLAIM, str(t.id), style="primary"))
        elements.append(bk.button("Close", CLOSE, str(t.id)))
        if t.state != "waiting":
            elements.append(bk.button("Waiting on requester", WAITING, str(t.id)))
        blocks.append(bk.actions(f"mine_actions:{t.id}", *elements))
    blocks += [bk.divider(), bk.header("Tickets I requested")]
    if not data.requested:
        blocks.append(
            bk.section(
                "_You have not asked for anything that became a ticket._", block_id="req_none"
            )
        )
    else:
        lines = []
        for t in data.requested[:15]:
            link = f"<{t.permalink}|#{t.id}>" if t.permalink else f"#{t.id}"
            lines.append(
                f"{STATE_EMOJI.get(t.state, '')} {link} {bk.escape(bk.clip(t.text, 100))} — "
                f"{t.state_label}, {who(t.owner_id)}"
            )
        blocks.append(bk.section(bk.clip("\n".join(lines), 2900), block_id="requested"))
    s = data.stats
    blocks += [bk.divider(), bk.header("The queue")]
    rate = f"{s.automation_rate:.0%}" if s.automation_rate is not None else "—"
    blocks.append(
        bk.fields_section(
            [
                ("Open", str(s.open_total)),
                ("Unclaimed", str(s.unclaimed)),
                ("Overdue", str(s.overdue)),
                ("Oldest open", _age(s.oldest_open_age)),
                ("Median to first claim", _age(s.median_to_first_claim)),
                ("Answered automatically", rate),
            ],
            block_id="stats",
        )
    )
    if s.open_by_owner:
        load = ", ".join(
            f"{who(getattr(o, 'owner_id', None))}: {getattr(o, 'open', getattr(o, 'count', ''))}"
            for o in s.open_by_owner[:8]
        )
        blocks.append(bk.context(f"Open by owner: {load}", block_id="load"))
    return {"type": "home", "blocks": bk.finalize(blocks, max_blocks=bk.MAX_VIEW_BLOCKS)}
