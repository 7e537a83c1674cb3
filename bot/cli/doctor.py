"""`datarequest doctor`: is this installation ready? One line per check, and the fix for each.

Checks, in order: the settings; the bot token (`auth.test`); its scopes against
`slack_manifest.yaml`; the app-level token (Socket Mode) or the signing secret (HTTP); the
bot's membership of the triage channel and of every channel a schedule posts to
(`conversations.info`); the database and its migrations (read only: nothing is created), and
the triage posts Slack refused for good (`bot.slack.outbox`); every engine the library uses;
`queries validate`; `schedule check`. A library file that does not load is one failing line of
its own (`file:line: reason`); the engines and schedules are still checked against the queries
that load. The exit status is 1 when any check fails. Only the standard library is imported at
module level.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.cli.checks import FAIL, OK, WARN, Check
from bot.cli.doctor_slack import slack_checks


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check the installation: Slack token, scopes, channels, database, engines, library, schedules",
        description="Check everything the bot needs and print one line per check with the fix. "
        "Exit status 1 when a check fails. Nothing is changed.",
    )
    parser.add_argument(
        "--manifest",
        type=Path,
        help="the app manifest to check scopes against (default: slack_manifest.yaml)",
    )
    parser.add_argument(
        "--no-examples",
        action="store_true",
        help="in the library check, do not match every example back to its query",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.errors import ConfigError
    from bot.settings import REPO_ROOT, load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(Check("settings", FAIL, str(exc), "fix the variable named above in .env").line())
        return 1
    logging.getLogger("slack_sdk").setLevel(logging.CRITICAL)  # each failure is one line below
    checks: list[Check] = [
        Check("settings", OK, f"read from the environment and .env; DATA_DIR {settings.data_dir}")
    ]
    print(checks[0].line())
    manifest = args.manifest or REPO_ROOT / "slack_manifest.yaml"
    steps: list[Callable[[], Iterable[Check]]] = [
        lambda: slack_checks(settings, manifest),
        lambda: database_checks(settings),
        lambda: engine_checks(settings),
        lambda: library_check(settings, examples=not args.no_examples),
        lambda: [schedules_check(settings)],
    ]
    for step in steps:
        for check in step():
            checks.append(check)
            print(check.line(), flush=True)
    failed = [c for c in checks if c.status == FAIL]
    print(
        f"\n{len(checks) - len(failed)} of {len(checks)} checks passed."
        if failed
        else "\nAll checks passed."
    )
    return 1 if failed else 0


# ---- database, engines, library, schedules ---------------------------------------------------


def database_check(settings: Any) -> Check:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bot.db.session import MIGRATIONS_DIR, current_revision

    url = settings.effective_database_url
    shown = url.split("@")[-1] if "@" in url else url
    try:
        current = current_revision(url)
    except Exception as exc:  # unreachable server, bad URL, unreadable file
        return Check(
            "database",
            FAIL,
            f"cannot open {shown}: {str(exc).splitlines()[0][:160]}",
            "check DATABASE_URL (and that the server is running)",
        )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    if current is None:
        return Check("database", FAIL, f"{shown} has no tables yet", "run `datarequest db upgrade`")
    if current != head:
        return Check(
            "database",
            FAIL,
            f"{shown} is at migration {current}, not {head}",
            "run `datarequest db upgrade`",
        )
    from bot.db.session import make_engine
    from bot.db.write_probe import write_problem

    engine = make_engine(url)
    try:
        problem = write_problem(engine)
    finally:
        engine.dispose()
    if problem is not None:
        return Check(
            "database",
            FAIL,
            f"{shown} cannot be written: {problem}",
            "make DATA_DIR and its SQLite file writable and free disk space (or a server that "
            "accepts writes at DATABASE_URL)",
        )
    return Check("database", OK, f"{shown} at migration {head}")


def database_checks(settings: Any) -> list[Check]:
    """The database, then (when it is ready) what could not be delivered to Slack."""
    database = database_check(settings)
    return [database] if database.status != OK else [database, deliveries_check(settings)]


def deliveries_check(settings: Any) -> Check:
    """Triage posts the outbox gave up (Slack refused them for good), counted by reason."""
    from bot.db.session import make_engine, make_session_factory
    from bot.slack.outbox import undelivered_posts

    try:
        engine = make_engine(settings.effective_database_url)
        try:
            counts = undelivered_posts(make_session_factory(engine))
        finally:
            engine.dispose()
    except Exception as exc:  # the database went away since its check
        return Check("deliveries", WARN, f"not checked ({str(exc).splitlines()[0][:120]})")
    if not counts:
        return Check("deliveries", OK, "every ticket's triage post reached Slack")
    total = sum(counts.values())
    reasons = ", ".join(f"{error} ({n})" for error, n in sorted(counts.items()))
    return Check(
        "deliveries",
        WARN,
        f"{total} triage post{'s' if total != 1 else ''} could not be delivered: {reasons}",
        "check that TRIAGE_CHANNEL exists, is not archived and has the bot in it; the tickets "
        "are in `datarequest tickets`",
    )


def engine_checks(settings: Any) -> list[Check]:
    """Every engine the library's good queries use (the bad files are the library check's)."""
    from bot.engines.registry import EngineRegistry
    from bot.library.loader import check_library

    library, problems = check_library(settings.query_library)
    if not Path(settings.query_library).is_dir():  # the folder itself: its one problem
        return [
            Check(
                "engines",
                FAIL,
                f"{problems[0].path}: {problems[0].reason}",
                "set QUERY_LIBRARY to the library folder",
            )
        ]
    if not len(library):
        return [Check("engines", WARN, "not checked: no query of the library loads")]
    names = sorted({q.engine for q in library})
    checks = []
    engines = EngineRegistry(settings)
    try:
        for name in names:
            users = sum(1 for q in library if q.engine == name)
            try:
                engines.get(name).explain("SELECT 1", {})
            except Exception as exc:
                fix = (
                    "run `datarequest demo-data`, or set WAREHOUSE_PATH"
                    if name == "duckdb"
                    else ("set ATHENA_DATABASE, AWS_REGION and AWS credentials")
                )
                checks.append(
                    Check(
                        f"engine {name}",
                        FAIL,
                        f"{users} queries; {str(exc).splitlines()[0][:160]}",
                        fix,
                    )
                )
            else:
                checks.append(Check(f"engine {name}", OK, f"answers ({users} queries use it)"))
    finally:
        engines.close()
    return checks


def library_check(settings: Any, *, examples: bool) -> list[Check]:
    """`queries validate`, then each of its problems on a line of its own (`file:line: reason`)."""
    from bot.answering.selftest import validate_library
    from bot.errors import ConfigError

    try:
        report = validate_library(settings, today=dt.date.today(), explain=True, examples=examples)
    except ConfigError as exc:
        return [
            Check(
                "queries validate",
                FAIL,
                str(exc).splitlines()[0],
                "see `datarequest queries validate`",
            )
        ]
    if report.problems:
        return [
            Check(
                "queries validate",
                FAIL,
                report.summary,
                "fix each file:line below (`datarequest queries validate` prints them too)",
            ),
            *(Check("library", FAIL, line) for line in report.problems),
        ]
    return [Check("queries validate", OK, report.summary)]


def schedules_check(settings: Any) -> Check:
    """`schedule check`: every report schedule's query, parameters and period phrases."""
    from bot.cli.common import broken_names
    from bot.cli.db_cmds import now
    from bot.errors import ConfigError
    from bot.library.loader import check_library
    from scheduler.checks import period_phrases, report_problems
    from scheduler.runner import load_config

    if settings.schedules_file is None:
        return Check("schedule check", OK, "SCHEDULES_FILE is not set: no file schedules")
    try:
        config = load_config(settings)
    except (ConfigError, OSError) as exc:
        return Check(
            "schedule check", FAIL, str(exc).replace("\n", " ")[:300], "fix the file:line named"
        )
    # Against the queries that load; a schedule of a bad file's query names that file.
    library, bad_files = check_library(settings.query_library)
    problems = report_problems(config.schedules, library, now(), broken_names(bad_files))
    if problems:
        return Check("schedule check", FAIL, "; ".join(problems), "fix the schedules file")
    phrases = period_phrases(config.schedules, library)
    return Check(
        "schedule check",
        OK,
        f"{len(config.schedules)} schedule(s) in {settings.schedules_file}, "
        f"{phrases} period phrase(s) resolved",
    )
