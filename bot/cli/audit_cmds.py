"""`datarequest audit`: who asked what, which queries ran, what happened to tickets.

Filters by user, query, channel and time; prints a table, or exports CSV or JSON Lines (to a
file with `--output`). Reads only: the database must be migrated (`datarequest db upgrade`).
Only the standard library is imported at module level (see `bot.cli.db_cmds`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.cli.common import add_format_option, cli_settings, day_count, positive_int
from bot.cli.db_cmds import now, one_line_database_errors, session_factory
from bot.cli.terminal import render_table
from bot.errors import UserFacingError, echoed

KINDS = ("request", "query", "ticket")  # bot.tickets.audit_query.KINDS


# Every entry the app writes lies between these; a bound past them is one of them (a date near
# the ends of the calendar overflowed when moved to UTC: "unexpected error: OverflowError").
EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(9000, 1, 1, tzinfo=dt.UTC)


def _moment(text: str, tz: ZoneInfo, *, end: bool = False) -> dt.datetime:
    """A date (its start, or with `end` the next day's start) or an ISO time, in `tz`, as UTC
    within EARLIEST and LATEST."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        pass
    else:
        if end and day == dt.date.max:
            return LATEST
        start = dt.datetime.combine(day + dt.timedelta(days=1 if end else 0), dt.time(0))
        return _within(start.replace(tzinfo=tz))
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UserFacingError(
            f"{echoed(text)} is not a date or time: write 2026-11-22 or 2026-11-22T09:30."
        ) from None
    return _within(moment if moment.tzinfo else moment.replace(tzinfo=tz))


def _within(moment: dt.datetime) -> dt.datetime:
    try:
        utc = moment.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return EARLIEST if moment.year < 5000 else LATEST
    return min(max(utc, EARLIEST), LATEST)


def _since(args: argparse.Namespace, tz: ZoneInfo) -> dt.datetime | None:
    if args.since:
        return _moment(args.since, tz)
    if args.days:
        return now() - dt.timedelta(days=args.days)
    return None


def _table(entries: list[Any], tz: ZoneInfo) -> str:
    rows = []
    for e in entries:
        what = e.text or ""
        if e.kind == "query":
            params = ", ".join(f"{k}={v}" for k, v in (e.params or {}).items())
            size = f"{e.rows} rows" if e.rows is not None else ""
            if e.bytes_scanned is not None:
                size += f", {e.bytes_scanned:,} bytes"
            what = "; ".join(p for p in (size, "cached" if e.cached else "", what, params) if p)
        elif e.kind == "ticket":
            what = f"#{e.ticket_id} {e.source}" + (f": {e.text}" if e.text else "")
        rows.append(
            (
                e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"),
                e.kind,
                e.user_id or "",
                e.channel_id or "",
                e.query or "",
                e.outcome or "",
                f"{e.duration_ms:.0f}" if e.duration_ms is not None else "",
                what,
            )
        )
    columns = ["at", "kind", "user", "channel", "query", "outcome", "ms", "what"]
    return render_table(columns, rows, max_width=60)


@one_line_database_errors
def cmd_audit(args: argparse.Namespace) -> int:
    # sqlalchemy: off the fast path (see bot.cli.db_cmds)
    from bot.tickets.audit_query import AuditFilter, audit_entries, entries_csv, entries_json

    settings = cli_settings()
    tz = ZoneInfo(settings.timezone)
    kinds = tuple(args.kind) if args.kind else KINDS
    flt = AuditFilter(
        user=args.user,
        query=args.query,
        channel=args.channel,
        since=_since(args, tz),
        until=_moment(args.until, tz, end=True) if args.until else None,
        kinds=kinds,
        limit=args.limit,
    )
    entries = audit_entries(session_factory(settings), flt)
    if args.format == "csv":
        text = entries_csv(entries)
    elif args.format == "json":
        text = entries_json(entries)
    else:
        text = _table(entries, tz) + "\n" if entries else "Nothing in the audit trail matches.\n"
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserFacingError(f"Cannot write {args.output}: {exc.strerror}") from None
        print(f"{len(entries)} entries written to {args.output}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "audit",
        help="the audit trail: requests, query runs and ticket changes",
        description="Newest first. Dates are in TIMEZONE; --until includes that whole day.",
    )
    p.add_argument("--user", metavar="USER", help="only this Slack user id (asked, ran or acted)")
    p.add_argument("--query", metavar="NAME", help="only this library query")
    p.add_argument("--channel", metavar="CHANNEL", help="only this Slack channel id")
    p.add_argument("--since", metavar="WHEN", help="from this date or time (YYYY-MM-DD[THH:MM])")
    p.add_argument("--until", metavar="WHEN", help="up to this date (included) or time")
    p.add_argument("--days", type=day_count, help="the last N days (when --since is not given)")
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        help="only this kind of entry (repeatable; default: all three)",
    )
    add_format_option(p, "one object per line")
    p.add_argument("--output", metavar="FILE", help="write the export to FILE instead of stdout")
    p.add_argument(
        "--limit", type=positive_int, default=1000, help="at most this many entries (1000)"
    )
    p.set_defaults(func=cmd_audit)
