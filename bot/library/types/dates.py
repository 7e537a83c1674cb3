"""The period types: `date` (one day) and `date_range` (`NAME_start`/`NAME_end`).

Both take a period phrase from a request, a form or a default ("last month", "Q3 2026",
"2026-10-01 to 2026-10-31"); a single date takes the period's end ("headcount last month" is
as of Oct 31), or its start after "since"/"from"/"after".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.errors import UserFacingError, echoed
from bot.language.dates import date_range_words, day_words, read_date
from bot.language.entities import name_direction
from bot.language.periods import Period, parse_period
from bot.library.sql_literals import iso_date
from bot.library.types import base, date_bounds
from bot.library.types.base import Clip, FormField, Option, ParamDef, label


@dataclass(frozen=True)
class DateRange:
    """What a template sees for a date_range: `{% if period %}`, `period.start`, `period.end`."""

    start: dt.date
    end: dt.date

    def __bool__(self) -> bool:
        return True


def as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _form_date(value: Any) -> str | None:
    """A datepicker's initial date: an ISO date or a date, else nothing."""
    d = read_date(value)
    return d.isoformat() if d else None


def point_in_time(period: Period) -> dt.date:
    """The day a single-date parameter takes from a period phrase: its end ("headcount last
    month" is as of Oct 31), or its start after "since"/"from"/"after"."""
    if re.match(r"\W*(since|from|after|starting)\b", period.text, re.I):
        return period.start
    return period.end


@lru_cache(maxsize=1024)
def is_period_phrase(text: str) -> bool:
    return parse_period(text, dt.date(2026, 1, 15)) is not None


def resolve_default(default: Any, today: dt.date) -> tuple[dt.date, dt.date]:
    if isinstance(default, dt.date):
        return default, default
    period = parse_period(str(default), today)
    if period is None:  # the loader validated it; this is a safety net
        raise UserFacingError(f"The default period {echoed(default)} is not understood.")
    return period.start, period.end


def _form_period(p: ParamDef, raw: dict[str, Any], today: dt.date) -> Period | None:
    phrase = raw.get(p.name)
    if phrase in (None, ""):
        return None
    period = parse_period(str(phrase), today)
    if period is None:
        raise UserFacingError(
            f"{label(p).capitalize()}: {echoed(phrase, 60)} is not a period I understand "
            "(try 'last month', 'Q3 2026' or '2026-10-01 to 2026-10-31')."
        )
    return period


class _PeriodType(base.ParamType):
    is_period = True
    literal_kinds = frozenset({"date"})

    def draft_default(self, value: Any, today: dt.date) -> Any:
        if isinstance(value, dt.date):
            return value
        text = " ".join(str(value).split())
        if parse_period(text, today) is None:
            raise ValueError(
                "is not a period this product understands "
                "(for example: last month, last 30 days, this quarter, 2026-10-01)"
            )
        return text

    def default_problem(self, p: ParamDef) -> str | None:
        if isinstance(p.default, dt.date):
            return None
        if not isinstance(p.default, str) or not is_period_phrase(p.default):
            return "is not a date or a period phrase this product understands"
        return None

    def engine_value(self, value: Any) -> Any:
        return as_date(value)

    def sample(self, p: ParamDef) -> Any:
        return "2026-01-01"

    def from_words(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        ent = ctx.ent
        if not ent.periods or ctx.period_used:
            return None
        ctx.period_used = True
        return base.Found(self.period_binds(p, ent.periods[0]), 0.2)

    def period_binds(self, p: ParamDef, period: Period) -> dict[str, Any]:
        raise NotImplementedError

    def from_form(
        self, p: ParamDef, raw: dict[str, Any], today: dt.date, binds: dict[str, Any]
    ) -> None:
        period = _form_period(p, raw, today)
        if period is not None:
            binds.update(self.period_binds(p, period))
        for b in p.bind_names:
            if raw.get(b) not in (None, ""):
                binds[b] = raw[b]

    def form_element(
        self, p: ParamDef, fld: FormField, binds: dict[str, Any], option: Option, clip: Clip
    ) -> dict[str, Any]:
        el: dict[str, Any] = {"type": "datepicker", "action_id": "value"}
        init = _form_date(binds.get(fld.key))
        if init:
            el["initial_date"] = init
        return el


class DateType(_PeriodType):
    name = "date"
    extract_order = 1

    def from_words(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        if not date_bounds.DATES_AS_BOUNDS or not name_direction(p.name):
            return super().from_words(p, ctx)
        # `hired_before`: the date said as its bound ("before June 21, 2002"), or none
        op = base.sql_operator(ctx.sql, p.name) if ctx.sql else None
        hit = date_bounds.date_for_bound(p.name, op, ctx.ent, ctx.today, ctx.used_numbers)
        if hit is None:
            return None
        day, said = hit
        if said.number is not None:
            ctx.used_numbers.add(said.number)
        else:
            ctx.period_used = True
        return base.Found({p.name: day.isoformat()}, 0.5)

    def draft_default(self, value: Any, today: dt.date) -> Any:
        day = iso_date(" ".join(str(value).split())) if isinstance(value, str) else None
        return day or super().draft_default(value, today)

    def period_binds(self, p: ParamDef, period: Period) -> dict[str, Any]:
        return {p.name: point_in_time(period).isoformat()}

    def default_binds(self, p: ParamDef, today: dt.date, binds: dict[str, Any]) -> None:
        day = None
        if p.default is not None:
            start, end = resolve_default(p.default, today)
            since = str(p.default).lower().startswith(("since", "from", "after"))
            day = start if since else end
        binds[p.name] = day.isoformat() if day else None

    def check_value(self, p: ParamDef, value: Any) -> Any:
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise UserFacingError(
                f"{label(p).capitalize()}: a date must look like 2026-10-31."
            ) from None

    def value_words(self, p: ParamDef, value: Any) -> str:
        day = read_date(value)
        return day_words(day, year=True) if day else str(value)


class DateRangeType(_PeriodType):
    name = "date_range"
    extract_order = 0

    def bind_names(self, name: str) -> tuple[str, ...]:
        return (f"{name}_start", f"{name}_end")

    def period_binds(self, p: ParamDef, period: Period) -> dict[str, Any]:
        return {
            f"{p.name}_start": period.start.isoformat(),
            f"{p.name}_end": period.end.isoformat(),
        }

    def default_binds(self, p: ParamDef, today: dt.date, binds: dict[str, Any]) -> None:
        start = end = None
        if p.default is not None:
            start, end = resolve_default(p.default, today)
        binds[f"{p.name}_start"] = start.isoformat() if start else None
        binds[f"{p.name}_end"] = end.isoformat() if end else None

    def validate(self, p: ParamDef, binds: dict[str, Any], clean: dict[str, Any]) -> None:
        start, end = binds.get(f"{p.name}_start"), binds.get(f"{p.name}_end")
        if start is None or end is None:
            if p.required:
                raise UserFacingError(f"Please give a period for {label(p)}.")
            clean[f"{p.name}_start"] = clean[f"{p.name}_end"] = None
            return
        try:
            s, e = dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end))
        except ValueError:
            raise UserFacingError(
                f"{label(p).capitalize()}: dates must look like 2026-10-31."
            ) from None
        if s > e:
            raise UserFacingError(f"{label(p).capitalize()}: the start date is after the end date.")
        clean[f"{p.name}_start"], clean[f"{p.name}_end"] = s.isoformat(), e.isoformat()

    def template_value(self, p: ParamDef, binds: dict[str, Any]) -> Any:
        start = as_date(binds.get(f"{p.name}_start"))
        end = as_date(binds.get(f"{p.name}_end"))
        return DateRange(start, end) if start and end else None

    def words(self, p: ParamDef, binds: dict[str, Any]) -> str | None:
        start, end = binds.get(f"{p.name}_start"), binds.get(f"{p.name}_end")
        if start is None or end is None:
            return None
        return date_range_words(start, end)

    def form_fields(self, p: ParamDef) -> tuple[FormField, ...]:
        return (
            FormField(":start", f"{p.name}_start", " (from)", hint=False, required_when_asked=True),
            FormField(":end", f"{p.name}_end", " (to)", hint=True, required_when_asked=True),
        )
