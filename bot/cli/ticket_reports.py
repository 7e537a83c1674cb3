"""`datarequest tickets stats|demand`: reports over the queue (read only).

`stats` is the queue's health (open, overdue, time to claim and close, automation rate, per
owner and per week); `demand` groups recurring requests, the candidates for a library query.
Only the standard library is imported at module level (see `bot.cli.db_cmds`).
"""

from __future__ import annotations

import argparse
import datetime as dt

from bot.cli.common import cli_settings
from bot.cli.db_cmds import now, session_factory, ticket_service
from bot.cli.people import member_names, person, readable, team_command
from bot.cli.terminal import render_table


def age(delta: dt.timedelta | None) -> str:
    """A duration as the queue shows it: 45m, 20h, 3d."""
    if delta is None:
        return ""
    seconds = int(delta.total_seconds())
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400 * 2:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


@team_command
def cmd_stats(args: argparse.Namespace) -> int:
    settings = cli_settings()
    s = ticket_service(settings).stats(weeks=args.weeks)
    names = member_names(session_factory(settings))
    rate = f"{s.automation_rate:.0%}" if s.automation_rate is not None else "-"
    print(f"Open tickets: {s.open_total} ({s.unclaimed} unclaimed, {s.overdue} overdue)")
    if s.open_by_state:
        print("  by state: " + ", ".join(f"{k} {v}" for k, v in sorted(s.open_by_state.items())))
    print(f"Oldest open: {age(s.oldest_open_age) or '-'}")
    print(f"Median time to first claim: {age(s.median_to_first_claim) or '-'}")
    print(f"Median time to close: {age(s.median_to_close) or '-'}")
    print(
        f"Automation rate: {rate} ({s.requests_answered} of {s.requests_total} requests "
        f"answered by a query since {s.window_start.date()})"
    )
    if s.open_by_owner:
        print()
        print(
            render_table(
                ["owner", "open", "overdue", "oldest"],
                [
                    (
                        person(o.owner_id, names, "(unassigned)"),
                        o.open,
                        o.overdue,
                        age(s.generated_at - o.oldest_created_at) if o.oldest_created_at else "",
                    )
                    for o in s.open_by_owner
                ],
            )
        )
    print()
    print(
        render_table(
            ["week", "created", "closed"], [(w.week_start, w.created, w.closed) for w in s.weekly]
        )
    )
    return 0


@team_command
def cmd_demand(args: argparse.Namespace) -> int:
    settings = cli_settings()
    since = now() - dt.timedelta(days=args.days) if args.days else None
    groups = ticket_service(settings).demand(since=since, min_count=args.min_count)
    if not groups:
        print("No recurring requests among the tickets.")
        return 0
    rows = [
        (
            g.count,
            g.label,
            ", ".join(f"#{i}" for i in sorted(g.ticket_ids)[-5:]),
            readable(g.examples[0], {}),
        )
        for g in groups[: args.limit]
    ]
    print(render_table(["tickets", "topic", "latest", "example"], rows, max_width=50))
    print("\nPromote a done ticket's SQL with `datarequest tickets promote ID`.")
    return 0
