"""The scheduler's heart: `Scheduler.tick(now)` decides what is due and posts it once.

Each tick, for every schedule (the file's and the database's):

- the slots in (checked_until, now] are computed (`scheduler.slots.due_slots`);
- a slot due less than `ON_TIME` ago is run; one missed by less than the schedule's grace
  period (the bot was down) is run with a "posted late" note; an older one is recorded as
  `skipped` and logged;
- running a slot starts with INSERTing (schedule_id, slot_at) into `scheduled_posts` under a
  UNIQUE constraint, in its own transaction: of several processes only the one whose INSERT
  wins runs the slot. Each message the slot sends goes through `Outbox.send_once` (recorded
  under its own unique key before it is sent, see `scheduler.delivery`);
- a slot left `claimed` (a crash while running it) or `retry` (Slack was down) is run again by
  a later tick once its lease has passed (a `claimed` one at once when the process that held
  it, of this host, is gone); messages already sent are not sent again; a slot is not run
  again once a later slot of its schedule has run.

`checked_until` per schedule lives in `scheduler_state`, so after a restart the scheduler
knows which slots it missed. The clock is a parameter: tests drive `tick(now)` directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import insert_new, write_session
from bot.errors import NotFound
from bot.slack.request_log import QuietLog
from scheduler.config import ScheduleDef, SchedulesConfig, format_duration
from scheduler.config_file import file_digest, reload_schedules
from scheduler.delivery import (
    Delivery,
    Message,
    Outbox,
    claim_columns,
    instance_name,
    reclaim,
)
from scheduler.jobs import Jobs
from scheduler.models import (
    CLAIMED,
    FAILED,
    RETRY,
    SENT,
    SKIPPED,
    ScheduledPost,
    SchedulerState,
)
from scheduler.preview import PreviewOutbox
from scheduler.resend import resend_kept
from scheduler.slots import due_slots
from scheduler.stale import GAVE_UP, ON_TIME, TOO_LATE, newest_slots, stale_posts, verdict
from scheduler.store import db_schedules

log = logging.getLogger(__name__)
DATABASE_AWAY = QuietLog(log, interval=300.0)  # one line per 5 min while it is away

# How loud closing a stale slot is: giving up on a slot is an error, skipping one a warning.
CLOSE_LOG_LEVELS = {GAVE_UP: logging.ERROR, TOO_LATE: logging.WARNING}
SKIP_ROWS = 20  # at most this many skipped slots are recorded per schedule and tick


@dataclass(frozen=True)
class SlotRun:
    """What a tick did with one slot."""

    schedule_id: str
    slot_at: datetime
    outcome: str  # posted | late | skipped | taken (another process has it) | retry | failed
    deliveries: tuple[Delivery, ...] = ()


class Scheduler:
    """Runs schedules against a database and a Slack poster; `tick(now)` is the whole job."""

    def __init__(
        self,
        services: Any,  # bot.services.Services: settings, session_factory, tickets, library...
        config: SchedulesConfig,
        outbox: Outbox,
        *,
        clock: Callable[[], datetime] | None = None,
        instance: str = "",
    ) -> None:
        self.services = services
        self.config = config
        self.outbox = outbox
        self.clock = clock or (lambda: datetime.now(UTC))
        self.instance = instance or instance_name()
        self.jobs = Jobs(services, outbox)
        self._file_seen = file_digest(config.path)

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return self.services.session_factory

    # ---- schedules ---------------------------------------------------------------------------

    def schedules(self) -> list[ScheduleDef]:
        return list(self.config.schedules) + db_schedules(self.session_factory, self.config)

    def schedule(self, schedule_id: str) -> ScheduleDef | None:
        return next((s for s in self.schedules() if s.id == schedule_id), None)

    def reload_file(self, now: datetime) -> bool:
        """Apply SCHEDULES_FILE again when its content changed; True when it was applied.

        An edit that does not validate is refused in one log line naming `file:line`, and
        the schedules in force stay (`scheduler.config_file.reload_schedules`).
        """
        seen = file_digest(self.config.path)
        if self.config.path is None or seen == self._file_seen:
            return False
        self._file_seen = seen
        config = reload_schedules(
            self.config,
            default_timezone=self.services.settings.timezone,
            library=getattr(self.services, "library", None),
            now=now,
        )
        if config is None:
            return False
        self.config = config
        return True

    # ---- the tick ----------------------------------------------------------------------------

    def tick(self, now: datetime | None = None) -> list[SlotRun]:
        """Post everything due at `now` (default: the clock); safe to call from many processes.

        A database that is away or takes no write (read-only, full disk) ends the tick in one
        line, at most every 5 minutes, not a traceback per schedule and tick: the next tick
        after it is back does the work (a slot within its grace is still posted)."""
        try:
            return self._tick(now)
        except OperationalError as exc:
            lines = str(exc.orig or exc).strip().splitlines()
            DATABASE_AWAY.warning(
                f"scheduler: the database is unavailable or cannot be written "
                f"({(lines[0] if lines else type(exc).__name__)[:160]}); the schedules wait"
            )
            return []

    def _tick(self, now: datetime | None) -> list[SlotRun]:
        now = (now or self.clock()).astimezone(UTC)
        self.reload_file(now)
        runs: list[SlotRun] = []
        schedules = self.schedules()
        for schedule in schedules:
            try:
                runs.extend(self._tick_schedule(schedule, now))
            except OperationalError:
                raise  # the whole tick waits for the database (`tick`)
            except Exception:
                log.exception("schedule %s failed at %s", schedule.id, now.isoformat())
        runs.extend(self._retry_stale(now, {s.id: s for s in schedules}))
        for schedule in schedules:
            if schedule.kind == "standup_checkin":
                try:
                    self.jobs.checkin_reminders(schedule, now)
                except OperationalError:
                    raise
                except Exception:
                    log.exception("check-in reminders of %s failed", schedule.id)
        try:  # the kept lines whose first send failed (a report's file line, a person's)
            resend_kept(self.outbox)
        except OperationalError:
            raise
        except Exception:
            log.exception("re-sending the outbox's kept lines failed")
        return runs

    def _tick_schedule(self, schedule: ScheduleDef, now: datetime) -> list[SlotRun]:
        start = self._checked_until(schedule, now)
        edge = now - max(schedule.grace, ON_TIME)
        # Two enumerations: each is bounded (MAX_SLOTS), and after a long down time the slots
        # too old to post must not use up the bound before the ones still due are reached.
        missed = due_slots(schedule, start, edge) if start < edge else []
        recent = due_slots(schedule, max(start, edge), now)
        runs: list[SlotRun] = []
        # Only the newest slot is posted: the ones before it (a down time within the grace, a
        # late tick) would be stale the moment they appeared.
        if recent:
            runs.append(self._claim_and_run(schedule, recent[-1], now))
        if missed:
            runs.extend(self._skip(schedule, missed, now, "missed by more than the grace period"))
        if len(recent) > 1:
            runs.extend(self._skip(schedule, recent[:-1], now, "coalesced into the newest one"))
        self._advance(schedule.id, now)
        return runs

    def _checked_until(self, schedule: ScheduleDef, now: datetime) -> datetime:
        with self.session_factory() as session:
            row = session.get(SchedulerState, schedule.id)
            if row is not None:
                return min(row.checked_until, now)
        # First time this schedule is seen: look back just enough for the current minute.
        start = now - ON_TIME
        created = getattr(schedule, "created_at", None)
        return max(start, created) if created else start

    def _advance(self, schedule_id: str, now: datetime) -> None:
        try:
            with write_session(self.session_factory) as session:
                row = session.get(SchedulerState, schedule_id)
                if row is None:
                    session.add(SchedulerState(schedule_id=schedule_id, checked_until=now))
                elif row.checked_until < now:
                    row.checked_until = now
        except IntegrityError:  # another process created the row first; its value is as good
            pass

    def _skip(
        self, schedule: ScheduleDef, slots: list[datetime], now: datetime, why: str
    ) -> list[SlotRun]:
        recorded = slots[-SKIP_ROWS:]
        runs = []
        for slot in recorded:
            if self._insert_post(schedule.id, slot, now, status=SKIPPED) is not None:
                runs.append(SlotRun(schedule.id, slot, "skipped"))
        if runs:
            log.warning(
                "schedule %s: %d slot(s) %s (grace %s) were skipped, the latest due %s",
                schedule.id,
                len(slots),
                why,
                format_duration(schedule.grace),
                slots[-1].isoformat(),
            )
        return runs

    def _insert_post(
        self,
        schedule_id: str,
        slot: datetime,
        now: datetime,
        *,
        status: str,
        late: bool = False,
        manual: bool = False,
    ) -> int | None:
        """INSERT the slot's row; its id when this process won, None when it already existed."""
        row = ScheduledPost(
            schedule_id=schedule_id,
            slot_at=slot.astimezone(UTC),
            status=status,
            late=late,
            manual=manual,
            finished_at=now if status == SKIPPED else None,
            **claim_columns(now, self.instance),
        )
        return row.id if insert_new(self.session_factory, row) else None

    def _claim_and_run(
        self, schedule: ScheduleDef, slot: datetime, now: datetime, *, manual: bool = False
    ) -> SlotRun:
        late = now - slot > ON_TIME
        post_id = self._insert_post(
            schedule.id, slot, now, status=CLAIMED, late=late, manual=manual
        )
        if post_id is None:
            return SlotRun(schedule.id, slot, "taken")
        return self._run(schedule, slot, now, post_id, attempts=1, late=late)

    def _run(
        self,
        schedule: ScheduleDef,
        slot: datetime,
        now: datetime,
        post_id: int,
        *,
        attempts: int,
        late: bool,
    ) -> SlotRun:
        note = late_note(slot, schedule.timezone) if late else ""
        try:
            deliveries = tuple(self.jobs.run(schedule, slot, now, note))
        except Exception as exc:
            log.exception("schedule %s, slot %s failed", schedule.id, slot.isoformat())
            status = FAILED if attempts >= self.outbox.max_attempts else RETRY
            self._finish_post(post_id, status, error=f"{type(exc).__name__}: {exc}")
            return SlotRun(schedule.id, slot, "failed" if status == FAILED else "retry")
        pending = [d for d in deliveries if not d.done]
        if pending and attempts < self.outbox.max_attempts:
            self._finish_post(post_id, RETRY, error=f"{len(pending)} message(s) not sent yet")
            return SlotRun(schedule.id, slot, "retry", deliveries)
        failed = bool(deliveries) and all(d.outcome == "failed" for d in deliveries)
        self._finish_post(post_id, SENT if not pending and not failed else FAILED)
        return SlotRun(schedule.id, slot, "late" if late else "posted", deliveries)

    def _finish_post(self, post_id: int, status: str, *, error: str | None = None) -> None:
        with write_session(self.session_factory) as session:
            session.execute(
                update(ScheduledPost)
                .where(ScheduledPost.id == post_id)
                .values(status=status, finished_at=self.clock(), error=error)
                .execution_options(synchronize_session=False)
            )

    def _retry_stale(self, now: datetime, by_id: dict[str, ScheduleDef]) -> list[SlotRun]:
        """Run again the slots a crash left `claimed` and those Slack refused (`retry`)."""
        lease = self.outbox.lease
        stale = stale_posts(self.session_factory, now, lease)
        newest = newest_slots(self.session_factory, {row[1] for row in stale})
        runs = []
        for post_id, schedule_id, slot_at, status, claimed_at, attempts, _ in stale:
            schedule = by_id.get(schedule_id)
            closed = verdict(
                schedule,
                slot_at,
                attempts,
                newest=newest.get(schedule_id),
                now=now,
                lease=lease,
                max_attempts=self.outbox.max_attempts,
            )
            if closed is not None:
                level = CLOSE_LOG_LEVELS.get(closed[1], logging.INFO)
                log.log(
                    level, "schedule %s, slot %s: %s", schedule_id, slot_at.isoformat(), closed[1]
                )
                self._finish_post(post_id, closed[0], error=closed[1])
                continue
            assert schedule is not None  # verdict closes the slots of a schedule that is gone
            seen = (status, claimed_at, attempts)
            if not reclaim(
                self.session_factory,
                ScheduledPost,
                ScheduledPost.id == post_id,
                seen,
                now=now,
                by=self.instance,
                late=True,
            ):
                continue
            log.info(
                "schedule %s: retrying slot %s (attempt %d)",
                schedule_id,
                slot_at.isoformat(),
                attempts + 1,
            )
            late = now - slot_at > ON_TIME
            runs.append(
                self._run(schedule, slot_at, now, post_id, attempts=attempts + 1, late=late)
            )
        return runs

    # ---- by hand -----------------------------------------------------------------------------

    def _existing(self, schedule_id: str) -> ScheduleDef:
        schedule = self.schedule(schedule_id)
        if schedule is None:
            raise NotFound(
                f"There is no schedule {schedule_id!r}; see `datarequest schedule list`."
            )
        return schedule

    def run_now(self, schedule_id: str, now: datetime | None = None) -> SlotRun:
        """Run one schedule now, as a manual slot (`datarequest schedule run-now ID`)."""
        schedule = self._existing(schedule_id)
        now = (now or self.clock()).astimezone(UTC).replace(microsecond=0)
        return self._claim_and_run(schedule, now, now, manual=True)

    def preview(self, schedule_id: str, now: datetime | None = None) -> list[Message]:
        """The messages `run_now` would post, without posting or recording anything."""
        schedule = self._existing(schedule_id)
        now = (now or self.clock()).astimezone(UTC).replace(microsecond=0)
        outbox = PreviewOutbox()
        Jobs(self.services, outbox).run(schedule, now, now, "")
        return outbox.messages


def late_note(slot: datetime, timezone: str) -> str:
    local = slot.astimezone(ZoneInfo(timezone))
    return f"Posted late: this was due at {local.strftime('%H:%M %Z')} (the bot was not running)."
