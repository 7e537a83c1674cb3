"""`datarequest serve`: run the Slack app.

Socket Mode when SLACK_APP_TOKEN is set (no public URL needed), otherwise HTTP on PORT at
/slack/events behind uvicorn. Configuration comes from the environment and `.env`; a missing or
refused token stops start-up with one clear line. Only the standard library is imported here at
module level; Slack, uvicorn and the services are imported when the command runs.
"""

from __future__ import annotations

import argparse
import logging
import sys
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
    parser.set_defaults(func=run)


def _configure_logging(level: str) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(stream=sys.stderr)
    root.setLevel(logging.WARNING)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        handler.setFormatter(fmt)
    for name in ("datarequest", "bot", "handlers"):
        logging.getLogger(name).setLevel(level.upper())


def run(args: argparse.Namespace) -> int:
    import asyncio

    from bot.errors import ConfigError
    from bot.settings import load_settings

    settings = load_settings()
    if args.port:
        settings = settings.with_overrides(port=args.port)
    _configure_logging(settings.log_level)
    if not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...); see .env.example.")
    if not settings.slack_signing_secret and (args.http or not settings.slack_app_token):
        raise ConfigError("SLACK_SIGNING_SECRET is not set (Basic Information → Signing Secret).")
    if not settings.triage_channel:
        logging.getLogger("datarequest").warning(
            "TRIAGE_CHANNEL is not set: new tickets are not posted to a triage channel"
        )

    from bot.slack_app import check_token, create_app, make_client, serve_http, serve_socket_mode

    # Refuse a wrong token before anything else starts (auth.test).
    asyncio.run(check_token(make_client(settings)))
    app = create_app(
        settings.with_overrides(slack_signing_secret=settings.slack_signing_secret or "-")
    )
    log = logging.getLogger("datarequest")
    # The scheduler (digests, reminders, reports) ticks in a background thread of this process;
    # several processes may run it: each slot is claimed in the database and posted once.
    from bot.slack_app import runtime_of
    from scheduler.runner import start_scheduler

    logging.getLogger("scheduler").setLevel(settings.log_level.upper())
    scheduler = start_scheduler(runtime_of(app).services, settings)
    try:
        if settings.slack_app_token and not args.http:
            log.info("connecting over Socket Mode")
            asyncio.run(serve_socket_mode(app, settings.slack_app_token))
        else:
            log.info("listening on http://%s:%d/slack/events", args.host, settings.port)
            serve_http(app, port=settings.port, host=args.host)
    finally:
        scheduler.stop()
    return 0
