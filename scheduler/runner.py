"""Driving the tick from APScheduler, inside `datarequest serve` or on its own.

APScheduler holds one job (id `datarequest-scheduler-tick`, `replace_existing=True`) that
calls `Scheduler.tick` every minute, with `coalesce` and `max_instances=1` so a slow tick
is never run twice at once, and a listener on EVENT_JOB_ERROR that logs failures. No
APScheduler job store is needed: what has been posted and up to when schedules were checked
lives in the scheduler's own tables (`scheduler.models`), so it survives restarts and is
shared by every process; a process that starts simply ticks and catches up. A second job
refreshes the known values every KNOWN_VALUES_REFRESH_HOURS (`refresh_known_values_job`).
A `ClockGuard` moves both back when the wall clock is set back (`scheduler.clock_jump`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.errors import ConfigError
from scheduler.checks import report_problems
from scheduler.clock_jump import ClockGuard
from scheduler.config import SchedulesConfig, empty_config
from scheduler.config_file import load_config
from scheduler.core import Scheduler
from scheduler.delivery import Outbox, SlackPoster, instance_name, make_slack_client

log = logging.getLogger(__name__)

JOB_ID = "datarequest-scheduler-tick"
VALUES_JOB_ID = "datarequest-known-values-refresh"


def build_scheduler(
    services: Any,
    settings: Any,
    *,
    client: Any = None,
    clock: Callable[[], datetime] | None = None,
    instance: str = "",
    config: SchedulesConfig | None = None,
) -> Scheduler:
    """The Scheduler over `services` (session factory, tickets, library, engines)."""
    clock = clock or getattr(services, "clock", None) or (lambda: datetime.now(UTC))
    instance = instance or instance_name()  # host:pid@start: a killed owner's rows are known
    config = config if config is not None else load_config(settings)
    poster = SlackPoster(client if client is not None else make_slack_client(settings))
    outbox = Outbox(services.session_factory, poster, clock, instance=instance)
    sched = Scheduler(services, config, outbox, clock=clock, instance=instance)
    if services.library is not None:
        check_reports(sched)
    return sched


def check_schedules_file(settings: Any, library: Any) -> SchedulesConfig:
    """SCHEDULES_FILE validated, reports against the library (`serve` refuses a bad one at
    start-up); raises ConfigError listing every `file:line: reason`."""
    config = load_config(settings)
    if library is not None:
        problems = report_problems(config.schedules, library, datetime.now(UTC))
        if problems:
            raise ConfigError("Invalid schedules file:\n" + "\n".join(problems))
    return config


def _config_or_none(settings: Any, library: Any) -> SchedulesConfig:
    """SCHEDULES_FILE for a process that must keep running (the jobs process, restarted after
    a crash while the file held a broken edit): the problem is logged and no file schedule
    runs until the file is fixed (each tick reads it again), instead of a crash loop that
    would also stop the work on requests."""
    try:
        return check_schedules_file(settings, library)
    except ConfigError as exc:
        log.error("%s; no schedule of the file runs until it is fixed", exc)
        return dataclasses.replace(empty_config(settings.timezone), path=settings.schedules_file)


def check_reports(sched: Scheduler) -> None:
    """Refuse, at start-up, report schedules of the file that the library cannot run
    (unknown query or parameter, a value or period phrase that does not parse)."""
    problems = report_problems(sched.config.schedules, sched.services.library, sched.clock())
    if problems:
        raise ConfigError("Invalid schedules file:\n" + "\n".join(problems))


def _tick_job(scheduler: Scheduler) -> None:
    scheduler.tick()


def refresh_known_values_job(services: Any, settings: Any) -> bool:
    """Read the known values again (the warehouse's data changes) and answer with them here.

    Runs in the process that matches requests (the jobs process runs the scheduler); the file
    is replaced atomically, so processes that share the data folder read it whole.
    """
    from bot.library.known_values import refresh_values_logged

    stored = refresh_values_logged(
        lambda: services.library,
        settings.data_dir,
        settings.effective_warehouse_path,
        "on schedule",
    )
    if stored and services.shared_library is not None:
        services.shared_library.reload()  # attaches the new values to the live library
    return stored


def _on_error(event: Any) -> None:
    log.error(
        "scheduler job %s failed: %r",
        event.job_id,
        event.exception,
        exc_info=(type(event.exception), event.exception, event.traceback)
        if event.exception is not None
        else None,
    )


@dataclass
class SchedulerHandle:
    scheduler: Scheduler
    apscheduler: Any
    guard: ClockGuard | None = None

    def stop(self) -> None:
        if self.guard is not None:
            self.guard.stop()
        if self.apscheduler.running:
            self.apscheduler.shutdown(wait=True)

    def tick(self) -> Any:
        return self.scheduler.tick()


def start_scheduler(
    services: Any,
    settings: Any,
    *,
    client: Any = None,
    clock: Callable[[], datetime] | None = None,
    interval_s: int = 60,
    blocking: bool = False,
) -> SchedulerHandle:
    """Start ticking in a background thread (or, `blocking=True`, in this one until Ctrl-C)."""
    config = _config_or_none(settings, services.library)
    sched = build_scheduler(services, settings, client=client, clock=clock, config=config)
    aps_cls = BlockingScheduler if blocking else BackgroundScheduler
    aps = aps_cls(timezone=UTC)
    aps.add_listener(_on_error, EVENT_JOB_ERROR)
    aps.add_job(
        _tick_job,
        IntervalTrigger(seconds=interval_s, timezone=UTC),
        args=[sched],
        id=JOB_ID,
        name="scheduler tick",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=max(interval_s // 2, 1),
        next_run_time=datetime.now(UTC),
    )
    hours = float(getattr(settings, "known_values_refresh_hours", 0) or 0)
    if hours > 0:
        aps.add_job(
            refresh_known_values_job,
            IntervalTrigger(seconds=int(hours * 3600), timezone=UTC),
            args=[services, settings],
            id=VALUES_JOB_ID,
            name="known values refresh",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
    guard = ClockGuard(aps)
    handle = SchedulerHandle(sched, aps, guard)
    log.info(
        "scheduler started: %d schedule(s) from the file, ticking every %ds",
        len(sched.config.schedules),
        interval_s,
    )
    guard.start()
    aps.start()  # returns at once for BackgroundScheduler; blocks for BlockingScheduler
    return handle
