"""Schedules as configuration: the `SCHEDULES_FILE` format, loaded and validated at start-up.

The format is a contract (`shared/spec/team-and-schedules.md`): top-level `timezone`,
`holidays`, `grace` and a list of `schedules`, each with an `id`, a `kind` and a crontab
`cron` line. This module holds the model (`ScheduleDef`, `SchedulesConfig`) and the rules
one schedule must follow (`schedule_from_mapping`, used for the file, the CLI and Slack);
reading the YAML file with line numbers is `scheduler.config_file`, crontab lines are
`scheduler.cron`. Durations are written `90s`, `45m`, `24h`, `2d`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_pkg

from bot.errors import echoed
from scheduler.cron import make_trigger

KINDS = ("standup_digest", "standup_checkin", "deadline_reminders", "report")
DEFAULT_GRACE = timedelta(minutes=30)
DEFAULT_REMIND_AFTER = timedelta(minutes=45)
DEFAULT_REMIND_BEFORE = timedelta(hours=24)
DEFAULT_ESCALATE_OVERDUE = timedelta(hours=24)
DEFAULT_ESCALATE_UNCLAIMED = timedelta(hours=4)

_COMMON_KEYS = {"id", "kind", "cron", "timezone", "working_days_only", "holidays", "grace"}
# Keys each kind accepts beyond the common ones; True marks a required key.
_KIND_KEYS: dict[str, dict[str, bool]] = {
    "standup_digest": {"channel": True},
    "standup_checkin": {"remind_after": False},
    "deadline_reminders": {
        "channel": False,
        "remind_before": False,
        "escalate_overdue_after": False,
        "escalate_unclaimed_after": False,
    },
    "report": {"channel": True, "query": True, "params": False},
}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_CHANNEL_RE = re.compile(r"^[CGDUW][A-Z0-9]{2,}$")
_DURATION_RE = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class ScheduleDef:
    """One schedule, from the file or the database; durations are timedeltas."""

    id: str
    kind: str
    cron: str
    timezone: str
    channel: str = ""
    working_days_only: bool = True
    holidays: str = ""  # country code (optionally COUNTRY-SUBDIV); "" = no holidays
    grace: timedelta = DEFAULT_GRACE
    remind_after: timedelta | None = None
    remind_before: timedelta | None = None
    escalate_overdue_after: timedelta | None = None
    escalate_unclaimed_after: timedelta | None = None
    query: str = ""
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    source: str = ""  # "schedules.yaml:12" for the file, "database" for Subscribe / add
    created_by: str = ""
    created_at: datetime | None = None  # database schedules: slots before this are not due

    @property
    def from_file(self) -> bool:
        return self.source != "database"


@dataclass(frozen=True)
class SchedulesConfig:
    timezone: str
    holidays: str
    grace: timedelta
    schedules: tuple[ScheduleDef, ...] = ()
    path: Path | None = None

    def get(self, schedule_id: str) -> ScheduleDef | None:
        return next((s for s in self.schedules if s.id == schedule_id), None)


def parse_duration(text: object) -> timedelta:
    """`90s`, `45m`, `24h`, `2d` -> timedelta; raises ValueError with the reason."""
    if isinstance(text, bool) or not isinstance(text, str | int):
        raise ValueError(f"expected a duration like 90s, 45m, 24h or 2d, got {echoed(text)}")
    m = _DURATION_RE.match(str(text))
    if not m:
        raise ValueError(f"expected a duration like 90s, 45m, 24h or 2d, got {echoed(text)}")
    return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def check_timezone(name: object) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"expected a time zone name like Europe/Berlin, got {echoed(name)}")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {echoed(name)}") from None
    return name


def check_holidays(code: object) -> str:
    if code in (None, "", False):
        return ""
    if not isinstance(code, str):
        raise ValueError(f"expected a country code like US or DE, got {echoed(code)}")
    country, _, subdiv = code.partition("-")
    try:
        holidays_pkg.country_holidays(country, subdiv=subdiv or None)
    except NotImplementedError:
        raise ValueError(f"unknown holiday country {echoed(code)}") from None
    return code


def check_cron(cron: object, timezone: str) -> str:
    if not isinstance(cron, str) or not cron.strip():
        raise ValueError('expected a crontab line like "0 9 * * mon-fri"')
    try:
        trigger = make_trigger(cron, timezone)
    except ValueError as exc:
        raise ValueError(f"bad cron {echoed(cron)}: {exc}") from None
    # "0 9 31 2 *" (February 31) was stored and listed with no next run: it never posts.
    if trigger.get_next_fire_time(None, _CRON_EPOCH) is None:
        raise ValueError(f"bad cron {echoed(cron)}: it names a day that never comes")
    return cron.strip()


# Where a crontab line is tried from: any day that comes at all comes after it (a February 29
# on a Monday too), and a fixed start reads the same line the same way whenever it is checked.
_CRON_EPOCH = datetime(2001, 1, 1, tzinfo=ZoneInfo("UTC"))


def check_channel(channel: object) -> str:
    if not isinstance(channel, str) or not _CHANNEL_RE.match(channel):
        raise ValueError(f"expected a Slack channel id like C0DATATEAM, got {echoed(channel)}")
    return channel


class ScheduleProblems(Exception):
    """One schedule is wrong; `.items` holds every (line, reason)."""

    def __init__(self, items: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(r for _, r in items))
        self.items = items


def schedule_from_mapping(
    item: dict[str, Any],
    *,
    default_timezone: str,
    default_holidays: str = "",
    default_grace: timedelta = DEFAULT_GRACE,
    source: str = "database",
    created_by: str = "",
    created_at: datetime | None = None,
) -> ScheduleDef:
    """Validate one schedule mapping (from YAML, the CLI or a Slack modal)."""
    line = getattr(item, "line", 1)
    key_lines = getattr(item, "key_lines", {})
    items: list[tuple[int, str]] = []

    def at(key: str) -> int:
        return key_lines.get(key, line)

    sid = item.get("id")
    label = f"schedule {echoed(sid)}" if sid else "schedule"
    if not isinstance(sid, str) or not _ID_RE.match(sid):
        items.append((at("id"), f"{label}: `id` must be letters, digits, '-', '_' or '.'"))
    kind = item.get("kind")
    if kind not in KINDS:
        items.append(
            (at("kind"), f"{label}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
        )
        raise ScheduleProblems(items)
    allowed = _COMMON_KEYS | set(_KIND_KEYS[kind])
    for key in item:
        if key not in allowed:
            items.append((at(str(key)), f"{label}: unknown key {key!r} for kind {kind}"))
    for key, required in _KIND_KEYS[kind].items():
        if required and item.get(key) in (None, ""):
            items.append((line, f"{label}: missing `{key}` (required for kind {kind})"))

    values: dict[str, Any] = {}

    def check(key: str, fn: Any, *args: Any) -> None:
        if key not in item or item.get(key) in (None, ""):
            return
        try:
            values[key] = fn(item[key], *args)
        except ValueError as exc:
            items.append((at(key), f"{label}: {key}: {exc}"))

    check("timezone", check_timezone)
    tz = values.get("timezone", default_timezone)
    if "cron" not in item:
        items.append((line, f"{label}: missing `cron`"))
    check("cron", check_cron, tz)
    check("channel", check_channel)
    check("holidays", check_holidays)
    for key in ("grace", "remind_after", "remind_before"):
        check(key, parse_duration)
    for key in ("escalate_overdue_after", "escalate_unclaimed_after"):
        check(key, parse_duration)
    if "working_days_only" in item and not isinstance(item["working_days_only"], bool):
        items.append((at("working_days_only"), f"{label}: working_days_only must be true or false"))
    query = item.get("query", "")
    if kind == "report" and query and not isinstance(query, str):
        items.append((at("query"), f"{label}: query must be a query name"))
    params = item.get("params") or {}
    if not isinstance(params, dict):
        items.append((at("params"), f"{label}: params must be a mapping of name: value"))
        params = {}
    else:
        for pname, pvalue in params.items():
            if isinstance(pvalue, dict | list):
                items.append((at("params"), f"{label}: param {pname!r} must be a single value"))
    if items:
        raise ScheduleProblems(items)

    is_deadlines = kind == "deadline_reminders"
    return ScheduleDef(
        id=sid,  # type: ignore[arg-type]
        kind=kind,
        cron=values["cron"],
        timezone=tz,
        channel=values.get("channel", ""),
        working_days_only=item.get("working_days_only", True),
        holidays=values.get("holidays", default_holidays if "holidays" not in item else ""),
        grace=values.get("grace", default_grace),
        remind_after=values.get(
            "remind_after", DEFAULT_REMIND_AFTER if kind == "standup_checkin" else None
        ),
        remind_before=values.get("remind_before", DEFAULT_REMIND_BEFORE if is_deadlines else None),
        escalate_overdue_after=values.get(
            "escalate_overdue_after", DEFAULT_ESCALATE_OVERDUE if is_deadlines else None
        ),
        escalate_unclaimed_after=values.get(
            "escalate_unclaimed_after", DEFAULT_ESCALATE_UNCLAIMED if is_deadlines else None
        ),
        query=query or "",
        params={
            str(k): (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in params.items()
        },
        source=source,
        created_by=created_by,
        created_at=created_at,
    )


def empty_config(default_timezone: str = "UTC") -> SchedulesConfig:
    return SchedulesConfig(default_timezone, "", DEFAULT_GRACE, ())
