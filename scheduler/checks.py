"""Report schedules checked against the library: the query exists, its parameters exist, and
every value (period phrases included) parses, as `source: schedule 'id': reason`.

The schedules file is validated on its own when it is loaded (`scheduler.config_file`); this
is the part that needs the query library. `schedule check`, `serve` and `doctor` use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.errors import UserFacingError
from bot.library.types import param_type
from bot.matching.params import coerce_inputs
from scheduler.config import ScheduleDef


def schedule_inputs(schedule: ScheduleDef) -> dict[str, str]:
    """A report schedule's params as a form would give them (YAML booleans as true/false)."""
    return {
        k: ("" if v is None else str(v).lower() if isinstance(v, bool) else str(v))
        for k, v in schedule.params.items()
    }


def report_problems(
    schedules: Iterable[ScheduleDef],
    library: Any,
    now: datetime,
    broken: Mapping[str, str] | None = None,
) -> list[str]:
    """Every problem of the report schedules against `library`, at `now` (periods resolve).

    `broken`: query names whose library file does not load, with that file's problem (a
    schedule of one is told so, not that the query does not exist)."""
    problems: list[str] = []
    for s in schedules:
        if s.kind != "report":
            continue
        where = f"{s.source}: schedule {s.id!r}"
        query = library.get(s.query)
        if query is None and broken and s.query in broken:
            problems.append(f"{where}: its query's file does not load: {broken[s.query]}")
            continue
        if query is None:
            close = difflib.get_close_matches(s.query, list(library.queries), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(f"{where}: no query named {s.query!r} in the library{hint}")
            continue
        known = {p.name for p in query.params} | {b for p in query.params for b in p.bind_names}
        unknown = sorted(set(s.params) - known)
        for name in unknown:
            names = ", ".join(sorted(p.name for p in query.params)) or "none"
            problems.append(
                f"{where}: query {query.name!r} has no parameter {name!r} (its parameters: {names})"
            )
        if unknown:
            continue
        today = now.astimezone(ZoneInfo(s.timezone)).date()
        try:
            coerce_inputs(query, schedule_inputs(s), today)
        except UserFacingError as exc:
            problems.append(f"{where}: {exc.reason}")
    return problems


def period_phrases(schedules: Iterable[ScheduleDef], library: Any) -> int:
    """How many values of the report schedules are period phrases (`report_problems` resolves
    each), so a check can say what it covered."""
    count = 0
    for s in schedules:
        query = library.get(s.query) if s.kind == "report" else None
        if query is None:
            continue
        periods = {p.name for p in query.params if param_type(p.type).is_period}
        count += sum(1 for name, value in s.params.items() if name in periods and value)
    return count
