"""SCHEDULES_FILE: read the YAML with line numbers and validate every schedule in it.

The format is a contract (`docs/team-and-schedules.md`): top-level `timezone`, `holidays`,
`grace` and a list of `schedules`. Every problem is reported as `file:line: reason`, all at
once, and nothing is loaded when there is one. YAML 1.1's `NO`/`on`/`off` booleans are read
as strings (only true/false are booleans).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError
from scheduler.config import (
    DEFAULT_GRACE,
    ScheduleDef,
    ScheduleProblems,
    SchedulesConfig,
    check_holidays,
    check_timezone,
    empty_config,
    parse_duration,
    schedule_from_mapping,
)

log = logging.getLogger(__name__)

_TOP_KEYS = {"timezone", "holidays", "grace", "schedules"}


class _Mapping(dict):
    """A YAML mapping that remembers where it and each of its keys are."""

    line: int = 0
    key_lines: dict[str, int]


def _loader():  # type: ignore[no-untyped-def]

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

    def construct_timestamp(loader, node):  # type: ignore[no-untyped-def]
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except (ValueError, OverflowError):  # `2026-13-01` looks like a date and is none:
            return loader.construct_scalar(node)  # its text, for the field's check to refuse

    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
    return Loader


def load_schedules(path: Path, *, default_timezone: str = "UTC") -> SchedulesConfig:
    """Read and validate SCHEDULES_FILE; raises ConfigError listing every `file:line: reason`."""

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read schedules file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: cannot read schedules file (not UTF-8 text)") from None
    try:
        data = yaml.load(text, Loader=_loader()) if text.strip() else _Mapping()  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # A control character is refused by YAML's reader, which has a position and no mark.
        line = mark.line + 1 if mark else text.count("\n", 0, getattr(exc, "position", 0)) + 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
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
        except ScheduleProblems as exc:
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


def load_config(settings: Any) -> SchedulesConfig:
    """SCHEDULES_FILE validated (ConfigError names file:line), or no file schedules."""
    if settings.schedules_file is None:
        return empty_config(settings.timezone)
    return load_schedules(settings.schedules_file, default_timezone=settings.timezone)


def file_digest(path: Path | None) -> str | None:
    """What the file holds, as a hash (None without a file): a changed file is read again."""
    if path is None:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as exc:
        return f"unreadable: {exc.strerror}"


def reload_schedules(
    current: SchedulesConfig, *, default_timezone: str, library: Any, now: datetime
) -> SchedulesConfig | None:
    """The file at `current.path` read again, reports checked against `library`; None (and
    one log line naming `file:line`) when the edit does not validate. Logs what changed."""
    from scheduler.checks import report_problems

    assert current.path is not None
    try:
        config = load_schedules(current.path, default_timezone=default_timezone)
        problems = report_problems(config.schedules, library, now) if library else []
        if problems:
            raise ConfigError("Invalid schedules file:\n" + "\n".join(problems))
    except ConfigError as exc:
        log.error("%s; keeping the %d schedule(s) in force", exc, len(current.schedules))
        return None
    old = {s.id: s for s in current.schedules}
    new = {s.id: s for s in config.schedules}
    changed = [k for k in new.keys() & old.keys() if _differs(new[k], old[k])]
    log.info(
        "schedules file %s changed: added %s, removed %s, changed %s",
        current.path,
        sorted(new.keys() - old.keys()) or "none",
        sorted(old.keys() - new.keys()) or "none",
        sorted(changed) or "none",
    )
    return config


def _differs(a: ScheduleDef, b: ScheduleDef) -> bool:
    return dataclasses.replace(a, source="") != dataclasses.replace(b, source="")
