"""`datarequest serve`: run the Slack app.

Socket Mode when SLACK_APP_TOKEN is set (no public URL needed), otherwise HTTP on PORT at
/slack/events behind uvicorn. Two processes: this one verifies every request, stores it in the
database (durable intake) and acks it; a jobs process it starts and supervises (at a lower CPU
priority, restarted with backoff if it dies) takes the stored requests and does the work
(matching, queries, posting) and runs the scheduler; see RELIABILITY.md. `--single-process`
does the work in a thread of this process instead, still through the intake (a crash loses
nothing there either; what runs in the one process competes with the acks). Configuration comes from the
environment and `.env`; a missing or refused token stops start-up with one clear line. Only the
standard library is imported here at module level; Slack, uvicorn and the services are imported
when the command runs.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)",
        description="Run the Slack app. Socket Mode when SLACK_APP_TOKEN is set, otherwise "
        "HTTP at /slack/events on PORT (default 3000).",
    )
    parser.add_argument("--port", type=int, help="HTTP port (default: PORT or 3000)")
    parser.add_argument("--host", default="0.0.0.0", help="HTTP bind address (default 0.0.0.0)")  # noqa: S104
    parser.add_argument(
        "--http", action="store_true", help="serve HTTP even if SLACK_APP_TOKEN is set"
    )
    parser.add_argument(
        "--single-process",
        action="store_true",
        help="do the work in a thread of this process instead of a separate jobs process "
        "(still stored before each ack)",
    )
    parser.add_argument("--jobs-socket", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import asyncio
    import os

    from bot.cli.common import flag_override
    from bot.db.write_probe import unwritable
    from bot.errors import ConfigError
    from bot.logconfig import configure_logging
    from bot.services import load_library_or_explain, open_database
    from bot.settings import load_settings
    from bot.slack import ack_trace

    ack_trace.install("jobs" if args.jobs_socket else "front")
    settings = load_settings()
    if args.port is not None:  # --port 0 too: refused, not ignored
        settings = flag_override(settings, "--port", "port", args.port)
    configure_logging(settings.log_level)
    # A broken query library or an unreachable database stops start-up here, in one line,
    # before Slack is contacted (the front process migrates; its jobs process finds it done).
    library = load_library_or_explain(settings.query_library)
    if not args.jobs_socket:
        engine = open_database(settings, migrate=True)
        try:
            # A store that opens but takes no write (read-only, full disk) would answer every
            # request 503: said here, in one line, instead.
            if problem := unwritable(settings, engine):
                raise ConfigError(problem)
        finally:
            engine.dispose()
        # A broken SCHEDULES_FILE stops start-up here (the jobs process only logs it and runs
        # no file schedule, so that a later broken edit cannot crash-loop it).
        from scheduler.runner import check_schedules_file

        check_schedules_file(settings, library)
    if not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...); see .env.example.")

    from bot.library.known_values import refresh_values_at_start
    from bot.slack.app import create_app, require_signing_secret, runtime_of
    from bot.slack.client import check_token, make_client
    from bot.slack.heap import freeze_heap
    from bot.slack.http import serve_http
    from bot.slack.jobs_priority import jobs_settings
    from bot.slack.jobs_server import run_jobs_server
    from bot.slack.process import start_jobs_process
    from bot.slack.socket_mode import serve_socket_mode

    socket_mode = bool(settings.slack_app_token) and not args.http
    if not socket_mode:
        require_signing_secret(settings)
        if not settings.slack_app_id and not args.jobs_socket:
            logging.getLogger("datarequest").warning(
                "SLACK_APP_ID is not set: a signed request naming another app is taken as this "
                "app's (Basic Information → App ID)"
            )
    if not settings.triage_channel:
        logging.getLogger("datarequest").warning(
            "TRIAGE_CHANNEL is not set: new tickets are not posted to a triage channel"
        )

    log = logging.getLogger("datarequest")
    if args.jobs_socket:
        # The jobs process: matching, queries, Slack posts and the scheduler, at a lower CPU
        # priority than the process that acks.
        os.nice(19)
        _limit_memory(settings, log)
        refresh_values_at_start(
            settings.query_library, settings.data_dir, settings.effective_warehouse_path
        )
        app = create_app(settings)
        scheduler = _start_scheduler(runtime_of(app).services, settings)
        freeze_heap()
        try:
            asyncio.run(run_jobs_server(app, args.jobs_socket))
        finally:
            scheduler.stop()
        return 0

    # Refuse a wrong token before anything else starts (auth.test).
    asyncio.run(check_token(make_client(settings)))
    proc = scheduler = None
    if args.single_process:
        from bot.services import build_services
        from bot.slack.jobs_server import JobsThread

        _limit_memory(settings, log)

        refresh_values_at_start(
            settings.query_library, settings.data_dir, settings.effective_warehouse_path
        )
        services = build_services(settings)
        # Durable all the same: the front stores each request, a thread takes it from there.
        jobs = JobsThread(create_app(settings, services=services))
        log.info("jobs thread started on %s", jobs.socket_path)
        app = create_app(settings, services=services, forward_to=jobs.socket_path)
        runtime_of(app).on_shutdown.append(jobs.stop)
        scheduler = _start_scheduler(services, settings)
    else:
        from bot.services import build_services

        services = build_services(settings)  # migrates the database before the jobs process
        # Supervised: restarted if it dies; DuckDB leaves a core to this process.
        proc = start_jobs_process(jobs_settings(settings))
        log.info("jobs process %d listening on %s", proc.pid, proc.socket_path)
        app = create_app(settings, services=services, forward_to=proc.socket_path)
        runtime_of(app).on_shutdown.append(proc.stop)
    if no_team := runtime_of(app).services.tickets.team_warning():
        log.warning(no_team)  # one line at start-up: nobody can promote yet
    # Start-up is over: what lives now lives as long as the process; no collection walks it
    # again (a full one paused the acks for 200-360 ms in the soak's trace; bot/slack/heap.py).
    freeze_heap()
    try:
        if socket_mode:
            log.info("connecting over Socket Mode")
            asyncio.run(serve_socket_mode(app, settings.slack_app_token))
        else:
            log.info("listening on http://%s:%d/slack/events", args.host, settings.port)
            serve_http(app, port=settings.port, host=args.host)
    finally:
        if scheduler is not None:
            scheduler.stop()
        if proc is not None:
            proc.stop()
    return 0


def _start_scheduler(services: Any, settings: Any) -> Any:
    # The scheduler (digests, reminders, reports) ticks in a background thread; several
    # processes may run it: each slot is claimed in the database and posted once.
    from scheduler.runner import start_scheduler

    return start_scheduler(services, settings)


def _limit_memory(settings: Any, log: logging.Logger) -> None:
    """Cap the memory of the process that runs warehouse queries (see `limit_process_memory`)."""
    from bot.engines.duckdb_engine import limit_process_memory

    cap = limit_process_memory(settings.warehouse_memory_mb)
    if cap is not None:
        log.info("warehouse queries: at most %d MB in this process", cap // 2**20)
