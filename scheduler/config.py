"""Schedules as configuration: the `SCHEDULES_FILE` format, loaded and validated at start-up.

The format is a contract (`shared/spec/team-and-schedules.md`): top-level `timezone`,
`holidays`, `grace` and a list of `schedules`, each with an `id`, a `kind` and a crontab
`cron` line. Every problem is reported as `file:line: reason`, all at once, and nothing is
loaded when there is one. Durations are written `90s`, `45m`, `24h`, `2d`.

Crontab day-of-week numbers follow cron (0 and 7 are Sunday, 1 is Monday). APScheduler 3
counts from Monday = 0 (its issue #286), so numbers are rewritten to day names before the
trigger is built; names (`mon-fri`) mean the same in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

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
_TOP_KEYS = {"timezone", "holidays", "grace", "schedules"}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_CHANNEL_RE = re.compile(r"^[CGDUW][A-Z0-9]{2,}$")
_DURATION_RE = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


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
        raise ValueError(f"expected a duration like 90s, 45m, 24h or 2d, got {text!r}")
    m = _DURATION_RE.match(str(text))
    if not m:
        raise ValueError(f"expected a duration like 90s, 45m, 24h or 2d, got {text!r}")
    return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _dow_token(token: str) -> int:
    token = token.strip().lower()
    if token.isdigit():
        n = int(token)
        if not 0 <= n <= 7:
            raise ValueError(f"day of week {n} is out of range 0-7")
        return n % 7
    if token[:3] in _DOW_NAMES and len(token) == 3:
        return _DOW_NAMES.index(token)
    raise ValueError(f"unknown day of week {token!r}")


def _crontab_days(field_text: str) -> str:
    """A crontab day-of-week field (0/7 = Sunday) -> APScheduler day names."""
    if field_text.strip() in ("*", "?"):
        return "*"
    days: set[int] = set()
    for part in field_text.split(","):
        rng, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if step < 1:
            raise ValueError(f"bad step in {part!r}")
        if rng == "*":
            lo, hi = 0, 6
        elif "-" in rng:
            a, b = rng.split("-", 1)
            lo, hi = _dow_token(a), _dow_token(b)
            if b.strip() == "7":
                hi = 7
            if hi < lo:
                raise ValueError(f"day-of-week range {rng!r} runs backwards")
        else:
            lo = hi = _dow_token(rng)
        days.update(d % 7 for d in range(lo, hi + 1, step))
    # APScheduler's own order (mon..sun) keeps the expression readable in logs.
    order = [1, 2, 3, 4, 5, 6, 0]
    return ",".join(_DOW_NAMES[d] for d in order if d in days)


def make_trigger(cron: str, timezone: str):  # type: ignore[no-untyped-def]
    """Build APScheduler's CronTrigger for a crontab line; raises ValueError with the reason."""
    from apscheduler.triggers.cron import CronTrigger

    values = str(cron).split()
    if len(values) != 5:
        raise ValueError(
            f"cron needs 5 fields (minute hour day month day-of-week), got {len(values)}"
        )
    return CronTrigger(
        minute=values[0],
        hour=values[1],
        day=values[2],
        month=values[3],
        day_of_week=_crontab_days(values[4]),
        timezone=timezone,
    )


def check_timezone(name: object) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(name, str) or not name:
        raise ValueError(f"expected a time zone name like Europe/Berlin, got {name!r}")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None
    return name


def check_holidays(code: object) -> str:
    import holidays as holidays_pkg

    if code in (None, "", False):
        return ""
    if not isinstance(code, str):
        raise ValueError(f"expected a country code like US or DE, got {code!r}")
    country, _, subdiv = code.partition("-")
    try:
        holidays_pkg.country_holidays(country, subdiv=subdiv or None)
    except NotImplementedError:
        raise ValueError(f"unknown holiday country {code!r}") from None
    return code


def check_cron(cron: object, timezone: str) -> str:
    if not isinstance(cron, str) or not cron.strip():
        raise ValueError('expected a crontab line like "0 9 * * mon-fri"')
    try:
        make_trigger(cron, timezone)
    except ValueError as exc:
        raise ValueError(f"bad cron {cron!r}: {exc}") from None
    return cron.strip()


def check_channel(channel: object) -> str:
    if not isinstance(channel, str) or not _CHANNEL_RE.match(channel):
        raise ValueError(f"expected a Slack channel id like C0DATATEAM, got {channel!r}")
    return channel


# --- YAML with line numbers -------------------------------------------------------------


class _Mapping(dict):
    """A YAML mapping that remembers where it and each of its keys are."""

    line: int = 0
    key_lines: dict[str, int]


def _loader():  # type: ignore[no-untyped-def]
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    # YAML 1.1 reads `NO` (Norway) and `on`/`off` as booleans; only true/false are.
    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )

    def construct_mapping(loader, node, deep=False):  # type: ignore[no-untyped-def]
        loader.flatten_mapping(node)
        out = _Mapping()
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            out[key] = loader.construct_object(value_node, deep=True)
            out.key_lines[str(key)] = key_node.start_mark.line + 1
        return out

    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    return Loader


def load_schedules(path: Path, *, default_timezone: str = "UTC") -> SchedulesConfig:
    """Read and validate SCHEDULES_FILE; raises ConfigError listing every `file:line: reason`."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read schedules file ({exc.strerror})") from None
    try:
        data = yaml.load(text, Loader=_loader()) if text.strip() else _Mapping()  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}:{line}: invalid YAML: {reason}") from None
    return parse_schedules(data, str(path), default_timezone=default_timezone, path=Path(path))


def parse_schedules(
    data: Any, name: str, *, default_timezone: str = "UTC", path: Path | None = None
) -> SchedulesConfig:
    problems: list[str] = []

    def problem(line: int, reason: str) -> None:
        problems.append(f"{name}:{line}: {reason}")

    if not isinstance(data, dict):
        raise ConfigError(f"{name}:1: expected a mapping with a `schedules` list")
    top_line = getattr(data, "line", 1)
    key_lines = getattr(data, "key_lines", {})
    for key in data:
        if key not in _TOP_KEYS:
            problem(key_lines.get(str(key), top_line), f"unknown key {key!r}")

    timezone = default_timezone
    if "timezone" in data:
        try:
            timezone = check_timezone(data["timezone"])
        except ValueError as exc:
            problem(key_lines.get("timezone", top_line), str(exc))
    holidays = ""
    if "holidays" in data:
        try:
            holidays = check_holidays(data["holidays"])
        except ValueError as exc:
            problem(key_lines.get("holidays", top_line), str(exc))
    grace = DEFAULT_GRACE
    if "grace" in data:
        try:
            grace = parse_duration(data["grace"])
        except ValueError as exc:
            problem(key_lines.get("grace", top_line), f"grace: {exc}")

    raw_list = data.get("schedules") or []
    schedules: list[ScheduleDef] = []
    if not isinstance(raw_list, list):
        problem(key_lines.get("schedules", top_line), "`schedules` must be a list")
        raw_list = []
    seen: dict[str, int] = {}
    for item in raw_list:
        line = getattr(item, "line", top_line)
        if not isinstance(item, dict):
            problem(line, "each schedule must be a mapping with id, kind and cron")
            continue
        try:
            sched = schedule_from_mapping(
                item,
                default_timezone=timezone,
                default_holidays=holidays,
                default_grace=grace,
                source=f"{name}:{line}",
            )
        except _Problems as exc:
            problems.extend(f"{name}:{ln}: {reason}" for ln, reason in exc.items)
            continue
        if sched.id in seen:
            problem(line, f"duplicate schedule id {sched.id!r} (first at line {seen[sched.id]})")
            continue
        seen[sched.id] = line
        schedules.append(sched)

    if problems:
        raise ConfigError("Invalid schedules file:\n" + "\n".join(problems))
    return SchedulesConfig(timezone, holidays, grace, tuple(schedules), path)


class _Problems(Exception):
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
    label = f"schedule {sid!r}" if sid else "schedule"
    if not isinstance(sid, str) or not _ID_RE.match(sid):
        items.append((at("id"), f"{label}: `id` must be letters, digits, '-', '_' or '.'"))
    kind = item.get("kind")
    if kind not in KINDS:
        items.append(
            (at("kind"), f"{label}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
        )
        raise _Problems(items)
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
        raise _Problems(items)

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
