"""`datarequest tickets list|show|create|claim|release|close|stats|demand|promote`: the queue.

The database must be migrated first (`datarequest db upgrade`); these commands never change the
schema. Only the standard library is imported at module level: the services (sqlalchemy) are
imported inside the commands, off the fast path of `datarequest match` (see `bot.cli.db_cmds`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.cli import promote_cmd
from bot.cli.common import (
    cli_settings,
    day_count,
    iso_date,
    looked_up_path,
    positive_int,
    request_text,
    week_count,
)
from bot.cli.db_cmds import now, session_factory, ticket_service
from bot.cli.people import member_names, person, readable, team_command
from bot.cli.terminal import render_table
from bot.cli.ticket_reports import age, cmd_demand, cmd_stats
from bot.errors import UserFacingError, read_text_file

ID_HELP = "the ticket number"
AS_HELP = "who does it: a Slack user id (U...)"
PRIORITY_CHOICES = ("low", "normal", "high", "urgent")  # bot.tickets.models.PRIORITIES


def _local(value: dt.datetime | None, tz: str) -> str:
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


# --- tickets --------------------------------------------------------------------------------


@team_command
def cmd_list(args: argparse.Namespace) -> int:
    from bot.tickets.models import ALL_STATES  # sqlalchemy: off the fast path

    settings = cli_settings()
    service = ticket_service(settings)
    states = None
    if args.state:
        states = [s.strip() for part in args.state for s in part.split(",") if s.strip()]
        unknown = [s for s in states if s not in ALL_STATES]
        if unknown:
            raise UserFacingError(
                f"Unknown state {unknown[0]!r}: use one of {', '.join(ALL_STATES)}."
            )
    elif args.all:
        states = list(ALL_STATES)
    tickets = service.list_tickets(
        owner_id=args.mine, requester_id=args.requester, states=states, limit=args.limit
    )
    if not tickets:
        print("No tickets.")
        return 0
    at = now()
    names = member_names(session_factory(settings))
    rows = [
        (
            f"#{t.id}",
            t.state_label + (" (overdue)" if t.is_overdue(at) else ""),
            t.priority,
            person(t.claimed_by or t.owner_id, names),
            _local(t.due_at, settings.timezone),
            age(at - t.created_at),
            readable(t.text, names),
        )
        for t in tickets
    ]
    print(render_table(["ticket", "state", "priority", "owner", "due", "age", "request"], rows))
    return 0


@team_command
def cmd_show(args: argparse.Namespace) -> int:
    settings = cli_settings()
    service = ticket_service(settings)
    t = service.get(args.id)
    tz = settings.timezone
    names = member_names(session_factory(settings))
    lines = [
        f"Ticket #{t.id}: {t.state_label}",
        f"  request:   {readable(t.text, names)}",
        f"  requester: {person(t.requester_id, names)}"
        + (f" in {t.channel_id}" if t.channel_id else ""),
        f"  owner:     {person(t.owner_id, names, '-')}"
        + (f" (claimed by {person(t.claimed_by, names)})" if t.claimed_by else ""),
        f"  priority:  {t.priority}",
        f"  due:       {_local(t.due_at, tz) or '-'}",
        f"  created:   {_local(t.created_at, tz)}",
    ]
    if t.subteam:
        lines.append(f"  subteam:   {t.subteam}")
    if t.best_query:
        score = f" ({t.best_score:.2f})" if t.best_score is not None else ""
        lines.append(f"  best guess: {t.best_query}{score}")
    if t.closed_at:
        lines.append(f"  closed:    {_local(t.closed_at, tz)}")
    if t.resolution:
        lines.append(f"  resolution: {readable(t.resolution, names)}")
    if t.resolution_sql:
        lines.append("  sql:")
        lines.extend("    " + line for line in t.resolution_sql.splitlines())
    if t.permalink:
        lines.append(f"  message:   {t.permalink}")
    lines.append("History:")
    for e in service.events(t.id):
        change = f" {e.from_state or ''} -> {e.to_state}" if e.from_state != e.to_state else ""
        extra = ""
        if e.detail.get("text"):
            extra = f": {e.detail['text']}"
        elif e.detail.get("owner"):
            extra = f": {person(e.detail['owner'], names)}"
        elif e.detail.get("resolution"):
            extra = f": {e.detail['resolution']}"
        elif e.detail.get("reason"):
            extra = f": {e.detail['reason']}"
        elif e.detail.get("query"):
            extra = f": query {e.detail['query']} ({e.detail.get('path', '')})"
        actor = person(e.actor_id, names, "bot")
        extra = readable(extra, names)
        lines.append(f"  {_local(e.at, tz)}  {e.kind:<12} by {actor}{change}{extra}")
    print("\n".join(lines))
    return 0


# The last year a due date may fall in: later ones overflow a UTC time in zones west of UTC.
LAST_DUE_YEAR = 9000


@team_command
def cmd_create(args: argparse.Namespace) -> int:
    settings = cli_settings()
    due_at = None
    if args.due is not None:
        today = now().astimezone(ZoneInfo(settings.timezone)).date()
        if args.due < today:
            raise UserFacingError(
                f"--due {args.due} is in the past: a ticket is due today or later."
            )
        if args.due.year > LAST_DUE_YEAR:
            raise UserFacingError(
                f"--due {args.due} is past {LAST_DUE_YEAR}: give a date a team can meet."
            )
        end_of_day = dt.datetime.combine(
            args.due, dt.time(17, 0), tzinfo=ZoneInfo(settings.timezone)
        )
        due_at = end_of_day.astimezone(dt.UTC)
    t = ticket_service(settings).create_ticket(
        args.text,
        args.user,
        args.channel,
        source="manual",
        due_at=due_at,
        priority=args.priority,
    )
    owner = f"assigned to {t.owner_id}" if t.owner_id else "unassigned"
    print(
        f"Ticket #{t.id} opened ({owner}, {t.priority} priority, "
        f"due {_local(t.due_at, settings.timezone)})."
    )
    return 0


@team_command
def cmd_claim(args: argparse.Namespace) -> int:
    settings = cli_settings()
    t = ticket_service(settings).claim(args.id, args.user)
    names = member_names(session_factory(settings))
    print(f"Ticket #{t.id} claimed by {person(t.claimed_by, names)}.")
    return 0


@team_command
def cmd_release(args: argparse.Namespace) -> int:
    t = ticket_service(cli_settings()).release(args.id, args.user)
    print(f"Ticket #{t.id} released; it is {t.state_label} again.")
    return 0


@team_command
def cmd_close(args: argparse.Namespace) -> int:

    sql = read_text_file(args.sql, "the SQL file") if args.sql else None
    settings = cli_settings()
    t = ticket_service(settings).close(args.id, args.user, args.resolution, sql=sql)
    names = member_names(session_factory(settings))
    print(f"Ticket #{t.id} closed by {person(args.user, names)}.")
    return 0


def register(subparsers: Any) -> None:
    tickets = subparsers.add_parser("tickets", help="the ticket queue")
    tsub = tickets.add_subparsers(dest="tickets_command", metavar="ACTION")

    p = tsub.add_parser("list", help="list tickets (open ones unless --state/--all)")
    p.add_argument("--mine", metavar="USER", help="only tickets owned by this Slack user id")
    p.add_argument("--requester", metavar="USER", help="only tickets asked by this user")
    p.add_argument(
        "--state",
        action="append",
        metavar="STATE",
        help="only these states (repeat or comma-separate)",
    )
    p.add_argument("--all", action="store_true", help="include done and cancelled tickets")
    p.add_argument("--limit", type=positive_int, default=50, help="at most this many (default 50)")
    p.set_defaults(func=cmd_list)

    p = tsub.add_parser("show", help="one ticket with its history")
    p.add_argument("id", type=int, help=ID_HELP)
    p.set_defaults(func=cmd_show)

    p = tsub.add_parser("create", help="open a ticket by hand (owner by rotation)")
    p.add_argument("text", type=request_text, help="the request, in the requester's words")
    p.add_argument("--as", dest="user", required=True, metavar="USER", help="the requester")
    p.add_argument("--channel", metavar="CHANNEL", help="the Slack channel id it belongs to")
    p.add_argument("--priority", choices=PRIORITY_CHOICES, help="default: from the text")
    p.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD", help="due at the end of that day")
    p.set_defaults(func=cmd_create)

    p = tsub.add_parser("claim", help="claim a ticket")
    p.add_argument("id", type=int, help=ID_HELP)
    p.add_argument("--as", dest="user", required=True, metavar="USER", help=AS_HELP)
    p.set_defaults(func=cmd_claim)

    p = tsub.add_parser("release", help="give a claimed ticket back to the queue")
    p.add_argument("id", type=int, help=ID_HELP)
    p.add_argument("--as", dest="user", required=True, metavar="USER", help=AS_HELP)
    p.set_defaults(func=cmd_release)

    p = tsub.add_parser("close", help="close a ticket with a resolution")
    p.add_argument("id", type=int, help=ID_HELP)
    p.add_argument("--as", dest="user", required=True, metavar="USER", help=AS_HELP)
    p.add_argument("--resolution", required=True, metavar="TEXT", help="what was done")
    p.add_argument("--sql", metavar="FILE", help="the SQL that answered it (for promotion)")
    p.set_defaults(func=cmd_close)

    p = tsub.add_parser("stats", help="queue numbers: load, age, weekly flow, medians, automation")
    p.add_argument("--weeks", type=week_count, default=8, help="weeks of history (default 8)")
    p.set_defaults(func=cmd_stats)

    p = tsub.add_parser("demand", help="recurring unanswered requests, grouped by wording")
    p.add_argument("--days", type=day_count, default=90, help="tickets of the last N days (0: all)")
    p.add_argument("--min-count", type=positive_int, default=2, help="smallest group shown")
    p.add_argument("--limit", type=positive_int, default=20, help="groups shown")
    p.set_defaults(func=cmd_demand)

    p = tsub.add_parser(
        "promote",
        help="turn a done ticket's SQL into a library query file",
        description="Literals are written as in the SQL: --param \"region='EMEA'\"; give a "
        "date range's start and end as two --param with the same name.",
    )
    p.add_argument("id", type=int, help=ID_HELP)
    p.add_argument("--name", help="query name (default: from the title)")
    p.add_argument("--title", help="query title (default: from the request)")
    p.add_argument(
        "--param",
        action="append",
        metavar="NAME=LITERAL",
        help="a literal that becomes parameter NAME (repeat)",
    )
    p.add_argument("--type", action="append", metavar="NAME=TYPE", help="a parameter's type")
    p.add_argument("--default", action="append", metavar="NAME=VALUE", help="a parameter's default")
    p.add_argument(
        "--choices", action="append", metavar="NAME=A,B,C", help="a parameter's allowed values"
    )
    p.add_argument(
        "--optional", action="append", metavar="NAME", help="a parameter may be left out"
    )
    p.add_argument(
        "--dir",
        type=looked_up_path,
        metavar="DIR",
        help="where to write (default: <library>/promoted)",
    )
    p.add_argument("--overwrite", action="store_true", help="replace a file of the same name")
    p.add_argument("--dry-run", action="store_true", help="print the file instead of writing it")
    p.add_argument("--as", dest="user", metavar="USER", help="who promotes it (for the history)")
    p.set_defaults(func=promote_cmd.cmd_promote)

    tickets.set_defaults(func=lambda _args: tickets.print_help() or 2)


__all__ = ["register"]
