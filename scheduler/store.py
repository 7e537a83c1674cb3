"""Schedules kept in the database (made from Slack or `datarequest schedule add`).

They are validated by the same rules as the file's (`scheduler.config`); ids must not
clash with a file schedule. `db_schedules` returns them as `ScheduleDef`s beside the file's.
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.answering.permissions import refusal
from bot.db.session import write_session
from bot.errors import ConfigError, Forbidden, NotFound, UserFacingError, echoed
from bot.matching.params import coerce_inputs
from scheduler.config import (
    ScheduleDef,
    SchedulesConfig,
    format_duration,
    parse_duration,
    schedule_from_mapping,
)
from scheduler.config_file import load_config
from scheduler.models import SENT, ScheduledPost, ScheduleRow

log = logging.getLogger(__name__)

_DURATION_KEYS = (
    "grace",
    "remind_after",
    "remind_before",
    "escalate_overdue_after",
    "escalate_unclaimed_after",
)


def _to_def(row: ScheduleRow, config: SchedulesConfig) -> ScheduleDef:
    mapping: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind,
        "cron": row.cron,
        "timezone": row.timezone,
        "working_days_only": bool(row.working_days_only),
    }
    if row.channel:
        mapping["channel"] = row.channel
    if row.holidays is not None:
        mapping["holidays"] = row.holidays or False
    if row.query:
        mapping["query"] = row.query
    if row.params:
        mapping["params"] = dict(row.params)
    for key, value in (row.options or {}).items():
        mapping[key] = value
    return schedule_from_mapping(
        mapping,
        default_timezone=config.timezone,
        default_holidays=config.holidays,
        default_grace=config.grace,
        source="database",
        created_by=row.created_by or "",
        created_at=row.created_at,
    )


def db_schedules(
    session_factory: sessionmaker[Session], config: SchedulesConfig
) -> list[ScheduleDef]:
    """The database's schedules as `ScheduleDef`s (an invalid row is logged and left out)."""
    out = []
    with session_factory() as session:
        rows = session.scalars(select(ScheduleRow).order_by(ScheduleRow.created_at)).all()
    for row in rows:
        if config.get(row.id) is not None:
            continue  # the file wins; `add` refuses such ids, this guards against a later edit
        try:
            out.append(_to_def(row, config))
        except Exception as exc:
            log.error("schedule %s in the database is invalid: %s", row.id, exc)
    return out


def last_sent_slots(session_factory: sessionmaker[Session]) -> dict[str, datetime]:
    """Per schedule id, the latest slot that was posted."""
    with session_factory() as session:
        rows = session.execute(
            select(ScheduledPost.schedule_id, func.max(ScheduledPost.slot_at))
            .where(ScheduledPost.status == SENT)
            .group_by(ScheduledPost.schedule_id)
        ).all()
    return {schedule_id: slot for schedule_id, slot in rows if slot is not None}


def add_schedule(
    session_factory: sessionmaker[Session],
    config: SchedulesConfig,
    values: dict[str, Any],
    *,
    now: datetime,
    created_by: str = "",
) -> ScheduleDef:
    """Validate and store a schedule; `values` as in the file (durations as "45m")."""
    values = {k: v for k, v in values.items() if v not in (None, "")}
    if not values.get("id"):
        base = values.get("query") or values.get("kind") or "schedule"
        values["id"] = f"{str(base).replace('_', '-')[:40]}-{secrets.token_hex(3)}"
    try:
        sched = schedule_from_mapping(
            values,
            default_timezone=config.timezone,
            default_holidays=config.holidays,
            default_grace=config.grace,
            source="database",
            created_by=created_by,
        )
    except Exception as exc:
        reason = "; ".join(r for _, r in getattr(exc, "items", [])) or str(exc)
        raise UserFacingError(f"Invalid schedule: {reason}") from None
    if config.get(sched.id) is not None:
        raise UserFacingError(
            f"The schedules file already has a schedule {sched.id!r}; choose another id."
        )
    options = {k: values[k] for k in _DURATION_KEYS if k in values}
    for k, v in options.items():
        options[k] = format_duration(parse_duration(v))
    with write_session(session_factory) as session:
        if session.get(ScheduleRow, sched.id) is not None:
            raise UserFacingError(f"A schedule {echoed(sched.id)} already exists.")
        session.add(
            ScheduleRow(
                id=sched.id,
                kind=sched.kind,
                cron=sched.cron,
                timezone=sched.timezone,
                channel=sched.channel or None,
                working_days_only=sched.working_days_only,
                holidays=values.get("holidays"),
                query=sched.query or None,
                params=dict(sched.params) or None,
                options=options or None,
                created_by=created_by or None,
                created_at=now,
            )
        )
    return sched


def remove_schedule(
    session_factory: sessionmaker[Session], config: SchedulesConfig, schedule_id: str
) -> ScheduleDef:
    """Delete a database schedule; file schedules are refused with where to edit them."""
    found = config.get(schedule_id)
    if found is not None:
        raise ConfigError(
            f"Schedule {schedule_id!r} comes from {found.source}: remove it from that file."
        )
    with write_session(session_factory) as session:
        row = session.get(ScheduleRow, schedule_id)
        if row is None:
            raise NotFound(f"There is no schedule {echoed(schedule_id)}.")
        sched = _to_def(row, config)
        session.delete(row)
    return sched


# ---- Subscribe / Unsubscribe from Slack -------------------------------------------------------

FREQUENCIES = {
    # value: (label, cron with {h} for the hour, working days only)
    "daily": ("Every working day", "0 {h} * * mon-fri", True),
    "weekly": ("Every Monday", "0 {h} * * mon", False),
    "monthly": ("The 1st of every month", "0 {h} 1 * *", False),
}


def _config_of(services: Any) -> SchedulesConfig:
    return load_config(services.settings)


def subscribe(
    services: Any,
    *,
    query_name: str,
    params: dict[str, Any],
    channel: str,
    frequency: str,
    hour: int,
    user: str,
) -> ScheduleDef:
    """Turn a result into a scheduled report (the Subscribe modal); periods stay phrases.

    Anyone may subscribe to a query they may run in the chosen channel (its `allowed_*` lists
    apply now and at every run, as the creator); the creator or the data team may stop it.
    """
    if frequency not in FREQUENCIES:
        raise UserFacingError("Choose how often the report should be posted.")
    if not 0 <= int(hour) <= 23:
        raise UserFacingError("Choose an hour between 0 and 23.")
    query = services.library.get(query_name)
    if query is None:
        raise NotFound(f"The query {echoed(query_name)} is no longer in the library.")
    # A report runs as its creator: who may not run the query there may not subscribe to it.
    as_creator = services.context(user=user, where=channel, source="schedule")
    if reason := refusal(query, as_creator):
        raise Forbidden(reason)
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    coerce_inputs(query, {k: str(v) for k, v in clean.items()}, services.today())
    _label, cron, working_days = FREQUENCIES[frequency]
    config = _config_of(services)
    return add_schedule(
        services.session_factory,
        config,
        {
            "kind": "report",
            "query": query.name,
            "params": clean,
            "channel": channel,
            "cron": cron.format(h=int(hour)),
            "timezone": services.settings.timezone,
            "working_days_only": working_days,
        },
        now=services.now(),
        created_by=user,
    )


def unsubscribe(services: Any, schedule_id: str, user: str) -> ScheduleDef:
    """Remove a scheduled report made from Slack: its creator or a team member may."""
    with services.session_factory() as session:
        row = session.get(ScheduleRow, schedule_id)
        creator = row.created_by if row is not None else None
    if row is not None and creator != user and not services.tickets.is_member(user):
        raise Forbidden(f"Only <@{creator}> or the data team can stop this report.")
    return remove_schedule(services.session_factory, _config_of(services), schedule_id)
