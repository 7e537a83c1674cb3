"""`datarequest roster show|load|set-ooo|clear-ooo|opt-out|opt-in`: the team roster.

The database must be migrated first (`datarequest db upgrade`); `show` only reads. Only the
standard library is imported at module level (see `bot.cli.db_cmds`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bot.cli.common import cli_settings, iso_date
from bot.cli.db_cmds import now, session_factory
from bot.cli.people import member_names, person, team_command

T = TypeVar("T")
USER_HELP = "the member's Slack user id (U...)"


@team_command
def cmd_roster_show(args: argparse.Namespace) -> int:
    from bot.cli.terminal import render_table
    from bot.tickets.roster import show_roster

    view = show_roster(session_factory(cli_settings()))
    if not view.loaded:
        print("No roster loaded: tickets stay unassigned and anyone may claim them.")
        print("Load one with `datarequest roster load FILE` (or set ROSTER_FILE).")
        return 0
    names = {m.user_id: m.name for m in view.members if m.name}
    print(
        f"Team {view.team}: lead {person(view.lead_id, names, '-')}, triage channel "
        f"{view.triage_channel or '-'}, rotation {view.rotation}"
    )
    today = now().date()
    rows = []
    for m in view.members:
        status = []
        if not m.active:
            status.append("inactive")
        if not m.in_rotation:
            status.append("not in rotation")
        if m.opted_out:
            status.append("opted out")
        if m.is_away(today):
            status.append("out of office")
        away = ", ".join(
            f"{a}..{b}" + (" (manual)" if src == "manual" else "") for a, b, src in m.out_of_office
        )
        rows.append((m.user_id, m.name, m.subteam or "", ", ".join(status) or "in rotation", away))
    print(render_table(["id", "name", "subteam", "status", "out of office"], rows, max_width=60))
    if view.routing:
        print("Routing (first match wins):")
        for r in view.routing:
            what = []
            if r.keywords:
                what.append("keywords " + ", ".join(r.keywords))
            if r.channel:
                what.append(f"channel {r.channel}")
            print(f"  {' or '.join(what)} -> {r.subteam}")
    return 0


@team_command
def cmd_roster_load(args: argparse.Namespace) -> int:
    from bot.tickets.roster import load_roster_file

    result = load_roster_file(session_factory(cli_settings()), Path(args.file), now=now())
    if not result.changed:
        print("Roster unchanged.")
        return 0
    parts = []
    for label, ids in (
        ("added", result.added),
        ("updated", result.updated),
        ("deactivated", result.deactivated),
    ):
        if ids:
            parts.append(f"{label} {', '.join(ids)}")
    if result.team_changed:
        parts.append("team settings updated")
    if result.routing_changed:
        parts.append("routing updated")
    print("Roster loaded: " + "; ".join(parts) + ".")
    return 0


@team_command
def cmd_roster_ooo(args: argparse.Namespace) -> int:
    from bot.tickets.roster import set_out_of_office

    _, who = _change_member(
        args.user, lambda f: set_out_of_office(f, args.user, args.start, args.end)
    )
    print(f"{who} is out of office from {args.start} to {args.end} (both days included).")
    return 0


@team_command
def cmd_roster_clear_ooo(args: argparse.Namespace) -> int:
    from bot.tickets.roster import clear_out_of_office

    n, who = _change_member(args.user, lambda f: clear_out_of_office(f, args.user))
    print(f"Removed {n} out-of-office range(s) of {who} (ranges from the file stay).")
    return 0


@team_command
def cmd_roster_opt(args: argparse.Namespace) -> int:
    from bot.tickets.roster import set_opted_out

    out = args.roster_command == "opt-out"
    changed, who = _change_member(args.user, lambda f: set_opted_out(f, args.user, out, now=now()))
    state = "out of" if out else "back in"
    print(f"{who} is {state} the rotation." + ("" if changed else " (no change)"))
    return 0


def _change_member(user: str, change: Callable[[Any], T]) -> tuple[T, str]:
    """Apply `change(session_factory)` to a member; returns its result and who they are."""
    factory = session_factory(cli_settings())
    result = change(factory)
    return result, person(user, member_names(factory))


def register(subparsers: Any) -> None:
    roster = subparsers.add_parser("roster", help="the team roster and rotation")
    rsub = roster.add_subparsers(dest="roster_command", metavar="ACTION")
    rsub.add_parser("show", help="members, rotation and routing").set_defaults(func=cmd_roster_show)
    p = rsub.add_parser("load", help="validate a roster YAML file and seed it")
    p.add_argument("file", help="the roster YAML file (format: docs/team-and-schedules.md)")
    p.set_defaults(func=cmd_roster_load)
    p = rsub.add_parser("set-ooo", help="mark a member out of office (dates included)")
    p.add_argument("user", help=USER_HELP)
    p.add_argument("start", type=iso_date, metavar="FROM", help="first day away (YYYY-MM-DD)")
    p.add_argument("end", type=iso_date, metavar="TO", help="last day away (YYYY-MM-DD)")
    p.set_defaults(func=cmd_roster_ooo)
    p = rsub.add_parser("clear-ooo", help="remove a member's manual out-of-office ranges")
    p.add_argument("user", help=USER_HELP)
    p.set_defaults(func=cmd_roster_clear_ooo)
    for name, text in (
        ("opt-out", "stop assigning tickets to a member"),
        ("opt-in", "assign tickets to a member again"),
    ):
        p = rsub.add_parser(name, help=text)
        p.add_argument("user", help=USER_HELP)
        p.set_defaults(func=cmd_roster_opt)
    roster.set_defaults(func=lambda _args: roster.print_help() or 2)
