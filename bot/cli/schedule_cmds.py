"""`datarequest schedule list|check|add|remove|run-now|run`: schedules from the command line.

Schedules come from SCHEDULES_FILE (validated: `file:line` and the reason) and from the
database (made with *Subscribe* in Slack or `schedule add`). `check` validates the file and
every report schedule against the library (query, parameters, period phrases). `remove`
deletes database schedules only; a file schedule is changed by editing the file. `run-now ID`
posts one now (a manual slot), or with `--dry-run` prints its messages and posts nothing; `run`
runs the scheduler in the foreground (beside `datarequest serve`). The database must be
migrated first (`datarequest db upgrade`). A library file that does not load is printed on
stderr as `file:line: reason`; the commands work on the queries that load, and exit 1.

Only the standard library is imported at module level: the scheduler (sqlalchemy, apscheduler)
is imported inside the commands, off the fast path of `datarequest match`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo

from bot.cli.common import (
    broken_names,
    check_param_names,
    cli_settings,
    load_good_queries,
    missing_query,
    positive_int,
)
from bot.cli.db_cmds import now, one_line_database_errors, session_factory
from bot.cli.terminal import render_table
from bot.errors import ConfigError, UserFacingError, echoed


def _config(settings: Any) -> Any:
    from scheduler.config_file import load_config  # yaml, apscheduler: off the fast path

    return load_config(settings)


def _where(s: Any) -> str:
    if s.kind == "standup_checkin":
        return "DM each member"
    if s.kind == "deadline_reminders":
        return f"DMs, threads; escalations to {s.channel or 'the lead'}"
    return s.channel


def _what(s: Any) -> str:
    if s.kind == "report":
        params = ", ".join(f"{k}={v}" for k, v in s.params.items())
        return f"{s.query}({params})" if params else s.query
    return s.kind


@one_line_database_errors
def cmd_list(args: argparse.Namespace) -> int:
    from scheduler.slots import next_slot  # sqlalchemy, apscheduler: off the fast path
    from scheduler.store import db_schedules, last_sent_slots

    settings = cli_settings()
    config = _config(settings)
    sf = session_factory(settings)
    schedules = list(config.schedules) + db_schedules(sf, config)
    at = now()
    last = last_sent_slots(sf)
    rows = []
    for s in schedules:
        nxt = next_slot(s, at)
        tz = ZoneInfo(s.timezone)
        rows.append(
            {
                "id": s.id,
                "kind": s.kind,
                "what": _what(s),
                "cron": s.cron,
                "timezone": s.timezone,
                "where": _where(s),
                "next": nxt.astimezone(tz).strftime("%Y-%m-%d %H:%M") if nxt else "",
                "last_sent": last[s.id].astimezone(tz).strftime("%Y-%m-%d %H:%M")
                if last.get(s.id)
                else "",
                "source": s.source,
            }
        )
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return 0
    if not rows:
        print("No schedules. Set SCHEDULES_FILE, or use `datarequest schedule add`.")
        return 0
    columns = ["id", "what", "cron", "timezone", "where", "next", "last_sent", "source"]
    print(render_table(columns, [tuple(r[c] for c in columns) for r in rows], max_width=48))
    return 0


@one_line_database_errors
def cmd_check(args: argparse.Namespace) -> int:
    from scheduler.checks import period_phrases, report_problems  # off the fast path

    settings = cli_settings()
    config = _config(settings)
    if settings.schedules_file is None:
        print("SCHEDULES_FILE is not set: no file schedules.")
        return 0
    library, bad_files = load_good_queries(settings)  # each bad file: one line on stderr
    problems = report_problems(config.schedules, library, now(), broken_names(bad_files))
    if problems:
        raise ConfigError("Invalid schedules file:\n" + "\n".join(problems))
    valid = f"{len(config.schedules)} schedule(s), all valid"
    phrases = period_phrases(config.schedules, library)
    print(f"{settings.schedules_file}: {valid} ({phrases} period phrase(s) resolved).")
    return 1 if bad_files else 0


@one_line_database_errors
def cmd_add(args: argparse.Namespace) -> int:
    from scheduler.store import add_schedule  # sqlalchemy: off the fast path

    settings = cli_settings()
    config = _config(settings)
    values: dict[str, Any] = {
        "id": args.id,
        "kind": args.kind,
        "cron": args.cron,
        "channel": args.channel,
        "timezone": args.timezone,
        "query": args.query,
        "remind_after": args.remind_after,
        "remind_before": args.remind_before,
        "escalate_overdue_after": args.escalate_overdue_after,
        "escalate_unclaimed_after": args.escalate_unclaimed_after,
        "grace": args.grace,
    }
    if args.every_day:
        values["working_days_only"] = False
    params = {}
    for item in args.param or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserFacingError(
                f"--param {echoed(item)}: write NAME=VALUE, e.g. period='last week'"
            )
        params[name.strip()] = value.strip()
    if params:
        values["params"] = params
    if args.kind == "report":
        from bot.matching.params import coerce_inputs  # the library: off the fast path

        library, bad_files = load_good_queries(settings, warn=True)  # a warning each
        query = library.get(args.query or "")
        if query is None:
            raise UserFacingError(missing_query(args.query, bad_files))
        check_param_names(query, params)
        coerce_inputs(query, params, now().date())
    sf = session_factory(settings)
    sched = add_schedule(sf, config, values, now=now(), created_by=args.created_by)
    print(f"Added schedule {sched.id} ({sched.kind}, {sched.cron} {sched.timezone}).")
    return 0  # added: a bad file beside its query was a warning, not a failure of this


@one_line_database_errors
def cmd_remove(args: argparse.Namespace) -> int:
    from scheduler.store import remove_schedule  # sqlalchemy: off the fast path

    settings = cli_settings()
    sched = remove_schedule(session_factory(settings), _config(settings), args.id)
    print(f"Removed schedule {sched.id}.")
    return 0


def _services(settings: Any, *, needs_slack: bool = True) -> Any:
    """The services over the library's good queries (each bad file: one warning on stderr)."""
    from bot.services import build_services  # the whole app: off the fast path

    if needs_slack and not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...); see .env.example.")
    session_factory(settings)  # refuses an unmigrated or unreachable database in one line
    library, _bad_files = load_good_queries(settings, warn=True)
    return build_services(settings, migrate=False, folder=library)


class _NoSlack:
    """The Slack client of a dry run: nothing may reach Slack."""

    def __getattr__(self, name: str) -> Any:
        raise UserFacingError("A dry run does not talk to Slack.")


@one_line_database_errors
def cmd_run_now(args: argparse.Namespace) -> int:
    from scheduler.preview import message_as_text  # the scheduler: off the fast path
    from scheduler.runner import build_scheduler

    settings = cli_settings()
    services = _services(settings, needs_slack=not args.dry_run)
    try:
        if args.dry_run:
            scheduler = build_scheduler(services, settings, client=_NoSlack(), clock=now)
            messages = scheduler.preview(args.id)
        else:
            run = build_scheduler(services, settings, clock=now).run_now(args.id)
    finally:
        services.close()
    if args.dry_run:
        for message in messages:
            print(message_as_text(message))
        print(f"{args.id}: dry run, {len(messages)} message(s) would be posted; nothing was sent.")
        return 0
    sent = [d for d in run.deliveries if d.outcome in ("sent", "found")]
    print(f"{run.schedule_id}: {run.outcome}, {len(sent)} message(s) sent.")
    return 0 if run.outcome in ("posted", "late") else 1


@one_line_database_errors
def cmd_run(args: argparse.Namespace) -> int:
    from bot.logconfig import configure_logging
    from scheduler.runner import start_scheduler  # the scheduler: off the fast path

    settings = cli_settings()
    configure_logging(settings.log_level)
    services = _services(settings)
    print("Scheduler running (Ctrl-C to stop).", file=sys.stderr)
    try:
        start_scheduler(services, settings, interval_s=args.interval, blocking=True)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        services.close()
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schedule",
        help="standups, reminders and scheduled reports",
        description="List, add, remove and run schedules (SCHEDULES_FILE and the database).",
    )
    sub = parser.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="every schedule with its next run")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "check", help="validate SCHEDULES_FILE and its reports against the query library"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("add", help="add a schedule to the database")
    p.add_argument("--id", help="schedule id (default: made from the query or kind)")
    p.add_argument(
        "--kind",
        required=True,
        choices=["standup_digest", "standup_checkin", "deadline_reminders", "report"],
    )
    p.add_argument("--cron", required=True, help='crontab line, e.g. "0 9 * * mon-fri"')
    p.add_argument("--channel", help="Slack channel id (digest, report; escalations)")
    p.add_argument("--timezone", help="IANA zone (default: the file's, else TIMEZONE)")
    p.add_argument("--query", help="library query (report)")
    p.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="report parameter (repeatable)"
    )
    p.add_argument("--every-day", action="store_true", help="also on weekends")
    p.add_argument("--grace", help="post a missed slot late within this (e.g. 30m)")
    p.add_argument("--remind-after", help="check-in reminder after (e.g. 45m)")
    p.add_argument("--remind-before", help="deadline reminder before (e.g. 24h)")
    p.add_argument("--escalate-overdue-after", help="escalate overdue tickets after (e.g. 24h)")
    p.add_argument("--escalate-unclaimed-after", help="escalate unclaimed tickets after (4h)")
    p.add_argument("--created-by", default="", help="Slack user id to record as creator")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("remove", help="remove a database schedule")
    p.add_argument("id", help="the schedule id (see `schedule list`)")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("run-now", help="post one schedule now (a manual slot)")
    p.add_argument("id", help="the schedule id (see `schedule list`)")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print the messages instead of posting them (nothing is sent or recorded)",
    )
    p.set_defaults(func=cmd_run_now)

    p = sub.add_parser("run", help="run the scheduler in the foreground")
    p.add_argument(
        "--interval", type=positive_int, default=60, help="seconds between ticks (default 60)"
    )
    p.set_defaults(func=cmd_run)
