"""Setting up a shell: data folder, demo warehouse, example roster and schedules, app, scheduler.

On first run the data folder gets an SQLite store and a DuckDB demo warehouse; the roster and the
schedules come from ROSTER_FILE / SCHEDULES_FILE, or else from the examples shipped in
`examples/`. The Slack app is the one `datarequest serve` runs (`create_app`), its Web API
client pointed at `LocalSlack`; the scheduler is the real one, reading the shell's clock.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from bot.cli.progress import ProgressLine
from bot.engines.demo_data import ensure_warehouse
from bot.services import build_services
from bot.settings import REPO_ROOT, Settings
from bot.shell.forms import Ask
from bot.shell.local_slack import LocalSlack
from bot.shell.people import People, ShellClock
from bot.shell.session import ShellSession
from bot.slack.app import create_app, runtime_of
from bot.tickets.roster import show_roster
from scheduler.runner import build_scheduler

EXAMPLES = REPO_ROOT / "examples"
LOCAL_TOKEN = "xoxb-local-shell"
GENERAL = ("C0GENERAL1", "general")


@dataclass(frozen=True)
class ShellOptions:
    now: datetime | None = None
    user: str = "caroline"
    channel: str = "general"
    demo_scale: float | None = None


def shell_settings(settings: Settings, api_url: str) -> Settings:
    """The settings the shell runs with: the local Web API, its own SQLite store in DATA_DIR,
    and the example roster and schedules where none are set."""
    data_dir = settings.data_dir
    roster = settings.roster_file or EXAMPLES / "roster.yaml"
    schedules = settings.schedules_file or EXAMPLES / "schedules.yaml"
    return settings.with_overrides(
        # Its own SQLite store in DATA_DIR, whatever DATABASE_URL says: tickets made while
        # trying things out must never land in a team's real database.
        database_url="",
        slack_bot_token=LOCAL_TOKEN,
        slack_signing_secret="local-shell",
        slack_app_token="",
        slack_api_url=api_url,
        data_dir=data_dir,
        warehouse_path=settings.warehouse_path or data_dir / "warehouse.duckdb",
        roster_file=roster if roster.is_file() else None,
        schedules_file=schedules if schedules.is_file() else None,
    )


def _channels(services: Any, scheduler: Any) -> dict[str, str]:
    """Channel ids the shell may show, with readable names."""
    names = {GENERAL[0]: GENERAL[1]}
    roster = show_roster(services.session_factory)
    triage = services.settings.triage_channel or roster.triage_channel
    if triage:
        names[triage] = roster.team or "triage"
    for schedule in scheduler.config.schedules:
        channel = getattr(schedule, "channel", None)
        if channel and channel not in names:
            names[channel] = schedule.id
    return names


@contextlib.asynccontextmanager
async def open_shell(
    settings: Settings, *, out: TextIO, ask: Ask, options: ShellOptions
) -> AsyncIterator[ShellSession]:
    """A ready ShellSession; everything it started is stopped on the way out."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    clock = ShellClock(options.now or datetime.now(UTC), settings.timezone)
    people = People()
    local = LocalSlack(LOCAL_TOKEN, names=people.name_of).start()
    services = None
    runtime = None
    try:
        settings = shell_settings(settings, local.api_url)
        if settings.warehouse_path and not settings.warehouse_path.exists():
            out.write(f"Creating the demo warehouse in {settings.warehouse_path} …\n")
            out.flush()
            scale = options.demo_scale if options.demo_scale is not None else settings.demo_scale
            with ProgressLine("demo warehouse") as progress:
                ensure_warehouse(settings.warehouse_path, scale, clock.today(), progress)
        services = build_services(settings, clock=clock)
        for member in show_roster(services.session_factory).members:
            people.add(member.user_id, member.name)
        app = create_app(settings, services=services)
        runtime = runtime_of(app)
        scheduler = build_scheduler(services, settings, clock=clock)
        local.channels.update(_channels(services, scheduler))
        yield ShellSession(
            app=app,
            runtime=runtime,
            scheduler=scheduler,
            local=local,
            clock=clock,
            people=people,
            out=out,
            ask=ask,
            user=options.user,
            channel=options.channel,
            channels=dict(local.channels),
        )
    finally:
        if runtime is not None:
            await runtime.worker.drain(timeout=30)
            await runtime.aclose()
            runtime.worker.shutdown()
        if services is not None:
            services.close()
        local.stop()
