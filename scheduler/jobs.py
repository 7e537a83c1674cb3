"""What each kind of schedule does when its slot runs; every message goes through the Outbox.

Message keys (unique in `outbound_messages`) decide what "once" means for each kind:

- standup_digest:     slot:<schedule>:<slot UTC>            one digest per slot
- report:             slot:<schedule>:<slot UTC>            one report per slot
- standup_checkin:    checkin:<schedule>:<local date>:<user>         one DM per member a day
                      checkin-remind:<schedule>:<local date>:<user>  one reminder a day
- deadline_reminders: due_soon:<ticket>:<due UTC>            before the deadline
                      overdue:<ticket>:<due UTC>             in the ticket's thread
                      escalate_overdue:<ticket>:<due UTC>    to the lead (or the channel)
                      escalate_unclaimed:<ticket>:<created UTC>
  A new deadline (set_due) makes new keys, so a moved deadline is reminded again.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.answering import Answered, Failed
from bot.errors import NotFound, UserFacingError
from bot.slack.rendering import reminders
from bot.slack.rendering.digest import checkin_dm, digest_message
from bot.tickets.roster import RosterView, show_roster
from scheduler.config import ScheduleDef
from scheduler.delivery import Delivery, Message
from scheduler.models import SENT, OutboundMessage, ScheduledPost
from scheduler.slots import due_slots
from scheduler.standup import (
    CheckinPrefill,
    Digest,
    answered_users,
    build_digest,
    checkin_prefill,
)
from scheduler.ticket_guard import still_as_listed

log = logging.getLogger(__name__)

UNCLAIMED_STATES = ("open", "assigned", "reopened")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Jobs:
    """The work of each kind of schedule; every message goes out through `outbox`.

    `outbox` is the scheduler's `Outbox` (sends once), or a `PreviewOutbox` that only collects
    the messages (`schedule run-now --dry-run`).
    """

    def __init__(self, services: Any, outbox: Any) -> None:
        self.services = services  # bot.services.Services: tickets, library, engines, settings
        self.outbox = outbox

    @property
    def sf(self) -> Any:
        return self.services.session_factory

    def run(
        self, schedule: ScheduleDef, slot: datetime, now: datetime, note: str
    ) -> list[Delivery]:
        handler = getattr(self, f"_run_{schedule.kind}")
        return handler(schedule, slot, now, note)

    def _send(
        self, key: str, kind: str, channel: str, message: dict[str, Any], **kw: Any
    ) -> Delivery:
        return self.outbox.send_once(
            Message(key, kind, channel, message["text"], message["blocks"], **kw)
        )

    def _roster(self) -> RosterView:
        return show_roster(self.sf)

    # ---- standup digest ----------------------------------------------------------------------

    def _last_digest(self, schedule: ScheduleDef, slot: datetime) -> datetime:
        with self.sf() as session:
            last = session.scalar(
                select(ScheduledPost.slot_at)
                .where(
                    ScheduledPost.schedule_id == schedule.id,
                    ScheduledPost.status == SENT,
                    ScheduledPost.slot_at < slot.astimezone(UTC),
                )
                .order_by(ScheduledPost.slot_at.desc())
                .limit(1)
            )
        if last is not None:
            return last
        # The first digest covers the time since the previous slot (Friday's, on a Monday).
        earlier = due_slots(schedule, slot - timedelta(days=8), slot - timedelta(seconds=1))
        return earlier[-1] if earlier else slot - timedelta(days=1)

    def _checkin_ran(self, local_date: str) -> bool:
        with self.sf() as session:
            return (
                session.scalar(
                    select(OutboundMessage.id)
                    .where(
                        OutboundMessage.kind == "checkin",
                        OutboundMessage.key.like(f"checkin:%:{local_date}:%"),
                    )
                    .limit(1)
                )
                is not None
            )

    def digest(self, schedule: ScheduleDef, slot: datetime, now: datetime) -> Digest:
        stats = self.services.tickets.stats(now)
        local_date = slot.astimezone(ZoneInfo(schedule.timezone)).date()
        return build_digest(
            self.sf,
            now=now,
            since=self._last_digest(schedule, slot),
            timezone=schedule.timezone,
            roster=self._roster(),
            automation_rate=stats.automation_rate,
            checkin_expected=self._checkin_ran(local_date.isoformat()),
        )

    def _run_standup_digest(
        self, schedule: ScheduleDef, slot: datetime, now: datetime, note: str
    ) -> list[Delivery]:
        message = digest_message(
            self.digest(schedule, slot, now), note=note, schedule_id=schedule.id
        )
        key = f"slot:{schedule.id}:{_iso(slot)}"
        return [self._send(key, "digest", schedule.channel, message, schedule_id=schedule.id)]

    # ---- standup check-in --------------------------------------------------------------------

    def _run_standup_checkin(
        self, schedule: ScheduleDef, slot: datetime, now: datetime, note: str
    ) -> list[Delivery]:
        local_date = slot.astimezone(ZoneInfo(schedule.timezone)).date()
        out = []
        for member in self._roster().members:
            if not member.active or member.is_away(local_date):
                continue
            prefill = checkin_prefill(self.sf, member.user_id, now=now, timezone=schedule.timezone)
            message = checkin_dm(member.user_id, local_date.isoformat(), prefill, note=note)
            key = f"checkin:{schedule.id}:{local_date.isoformat()}:{member.user_id}"
            out.append(self._send(key, "checkin", member.user_id, message, schedule_id=schedule.id))
        return out

    def checkin_reminders(self, schedule: ScheduleDef, now: datetime) -> list[Delivery]:
        """Remind, once, the members who got today's check-in `remind_after` ago and said nothing."""
        if schedule.remind_after is None:
            return []
        local_date = now.astimezone(ZoneInfo(schedule.timezone)).date().isoformat()
        prefix = f"checkin:{schedule.id}:{local_date}:"
        with self.sf() as session:
            asked = session.execute(
                select(OutboundMessage.key, OutboundMessage.sent_at).where(
                    OutboundMessage.kind == "checkin",
                    OutboundMessage.status == SENT,
                    OutboundMessage.key.like(prefix + "%"),
                )
            ).all()
        due = [
            key.removeprefix(prefix)
            for key, sent in asked
            if sent is not None and sent + schedule.remind_after <= now
        ]
        if not due:
            return []
        answered = answered_users(self.sf, datetime.fromisoformat(local_date).date())
        out = []
        for user_id in due:
            if user_id in answered:
                continue
            key = f"checkin-remind:{schedule.id}:{local_date}:{user_id}"
            if self.outbox.status(key) is not None:
                continue
            message = checkin_dm(user_id, local_date, CheckinPrefill("", ""), reminder=True)
            out.append(self._send(key, "checkin_remind", user_id, message, schedule_id=schedule.id))
        return out

    # ---- deadlines ---------------------------------------------------------------------------

    def _run_deadline_reminders(
        self, schedule: ScheduleDef, slot: datetime, now: datetime, note: str
    ) -> list[Delivery]:
        roster = self._roster()
        lead = roster.lead_id
        away = {
            m.user_id
            for m in roster.members
            if m.is_away(now.astimezone(ZoneInfo(schedule.timezone)).date())
        }
        tz = schedule.timezone
        out: list[Delivery] = []

        def send(ticket: Any, key: str, kind: str, target: str, message: Any, **kw: Any) -> None:
            # The list was read at the start of the run; a ticket closed, claimed or given a
            # new deadline since (while earlier reminders were being sent) gets nothing now:
            # the next run judges it as it is then.
            if not self._unchanged(ticket):
                log.info("ticket #%s changed during the run; its %s is not sent", ticket.id, kind)
                return
            kw.setdefault("ticket_id", ticket.id)
            # Checked again where the message is claimed, with the ticket's row locked: a close
            # committed after the check above and before the claim is not missed.
            kw.setdefault("guard", still_as_listed(ticket))
            out.append(self._send(key, kind, target, message, schedule_id=schedule.id, **kw))

        def escalate(ticket: Any, reason: str, key: str) -> None:
            target = schedule.channel or lead
            if not target:
                log.info("no lead or channel to escalate ticket #%s to", ticket.id)
                return
            message = reminders.escalation(ticket, reason, now, tz, lead)
            send(ticket, key, f"escalate_{reason}", target, message)

        for t in self.services.tickets.list_tickets(limit=100_000):
            if t.due_at is not None:
                due = _iso(t.due_at)
                if now < t.due_at <= now + (schedule.remind_before or timedelta(0)) and t.owner_id:
                    owner_away = t.owner_id in away and lead
                    target = lead if owner_away else t.owner_id
                    message = reminders.due_soon(
                        t, now, tz, away_owner=t.owner_id if owner_away else None
                    )
                    send(t, f"due_soon:{t.id}:{due}", "due_soon", target, message)
                if t.due_at <= now:
                    message = reminders.overdue_notice(t, tz)
                    if t.message_channel and t.message_ts:
                        send(
                            t,
                            f"overdue:{t.id}:{due}",
                            "overdue",
                            t.message_channel,
                            message,
                            thread_ts=t.message_ts,
                        )
                    elif t.owner_id:
                        send(t, f"overdue:{t.id}:{due}", "overdue", t.owner_id, message)
                    after = schedule.escalate_overdue_after
                    if after is not None and t.due_at + after <= now:
                        escalate(t, "overdue", f"escalate_overdue:{t.id}:{due}")
            after = schedule.escalate_unclaimed_after
            if (
                after is not None
                and t.claimed_by is None
                and t.state in UNCLAIMED_STATES
                and t.created_at + after <= now
            ):
                escalate(t, "unclaimed", f"escalate_unclaimed:{t.id}:{_iso(t.created_at)}")
        return out

    def _unchanged(self, listed: Any) -> bool:
        """Is the ticket still as `list_tickets` gave it (open, same owner, same deadline)?"""
        try:
            now = self.services.tickets.get(listed.id)
        except NotFound:
            return False
        fields = ("state", "owner_id", "claimed_by", "due_at")
        return all(getattr(now, f) == getattr(listed, f) for f in fields)

    # ---- reports -----------------------------------------------------------------------------

    def _run_report(
        self, schedule: ScheduleDef, slot: datetime, now: datetime, note: str
    ) -> list[Delivery]:
        from bot.errors import GENERIC_FAILURE
        from bot.slack.rendering import reminders

        key = f"slot:{schedule.id}:{_iso(slot)}"
        result = None
        try:
            query, binds, result = self.report_result(schedule, slot)
            from bot.slack.rendering.results import result_message

            message = reminders.scheduled_report(
                result_message(query, binds, result, note=note),
                schedule.id,
                removable=not schedule.from_file,
            )
        except UserFacingError as exc:
            message = reminders.report_failed(schedule.id, schedule.query, exc.reason, note)
        except Exception:
            log.exception("scheduled report %s failed", schedule.id)
            message = reminders.report_failed(schedule.id, schedule.query, GENERIC_FAILURE, note)
        delivery = self._send(key, "report", schedule.channel, message, schedule_id=schedule.id)
        if result is not None and delivery.outcome == "sent" and delivery.ts:
            self._attach_csv(schedule, result, delivery)
        return [delivery]

    def _attach_csv(self, schedule: ScheduleDef, result: Any, delivery: Delivery) -> None:
        from bot.slack.rendering.results import fits_in_table, result_csv

        upload = getattr(self.outbox.poster, "upload", None)
        if upload is None or fits_in_table(result):
            return
        channel = delivery.channel or schedule.channel
        line = upload(
            channel,
            delivery.ts,
            f"{schedule.query}.csv",
            result_csv(result),
            f"{schedule.query} (all {len(result.rows):,} rows)",
        )
        if line:  # never a silent loss: one line in the report's thread, sent once
            text = {"text": line, "blocks": []}
            kw = {"thread_ts": delivery.ts, "schedule_id": schedule.id, "keep": True}
            self._send(f"{delivery.key}:file", "report_file", channel, text, **kw)

    def report_result(self, schedule: ScheduleDef, slot: datetime) -> tuple[Any, dict, Any]:
        """Run the schedule's query through the answer path, periods resolved on the slot's date.

        Raises UserFacingError with the reason for the channel when the report cannot run.
        """
        raw = {
            k: ("" if v is None else str(v).lower() if isinstance(v, bool) else str(v))
            for k, v in schedule.params.items()
        }
        context = self.services.context(
            user=schedule.created_by,  # "" for a file schedule: the operator's, no person's
            where=schedule.channel,
            source="schedule",
            now=slot,
            today=slot.astimezone(ZoneInfo(schedule.timezone)).date(),
            open_ticket=False,
            schedule_id=schedule.id,
        )
        outcome = self.services.answer(
            f"scheduled report {schedule.id}", context, query=schedule.query, inputs=raw
        )
        if isinstance(outcome, Answered):
            return outcome.query, dict(outcome.binds), outcome.result
        if isinstance(outcome, Failed):
            raise UserFacingError(outcome.reason)
        missing = ", ".join(getattr(outcome, "missing", ()))
        raise UserFacingError(f"The schedule gives no value for: {missing or 'a parameter'}.")
