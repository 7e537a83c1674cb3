"""Due dates and priority in a ticket's text: "by Friday", "EOD tomorrow", "by end of month",
"within 3 days", "before the board meeting on Dec 3", "ASAP", "no rush".

Working hours are 09:00-17:00 local time, Monday to Friday. A deadline on a day means the end of
that day's working hours (17:00); "before <day>" and "<day> morning" mean its start (09:00).
Year-less dates and weekdays are the next such day still ahead. Times are computed in the
workspace's time zone and returned as aware datetimes in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.language.numwords import CARDINAL_PATTERN, words_to_number
from bot.language.periods import MONTH_NUMBERS, WEEKDAY_NUMBERS

DAY_START = time(9, 0)
DAY_END = time(17, 0)
NOON = time(12, 0)


@dataclass(frozen=True)
class Due:
    due_at: datetime | None
    priority: str | None  # "high" or "low" when the text says so
    span: tuple[int, int] | None  # the due-date phrase, else the priority phrase


@dataclass(frozen=True)
class _Now:
    at: datetime  # aware, local
    zone: ZoneInfo

    @property
    def today(self) -> date:
        return self.at.date()

    def on(self, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=self.zone)


def _is_working_day(d: date) -> bool:
    return d.weekday() < 5


def _next_working_day(d: date) -> date:
    d += timedelta(days=1)
    while not _is_working_day(d):
        d += timedelta(days=1)
    return d


def _add_working_days(d: date, n: int) -> date:
    for _ in range(n):
        d = _next_working_day(d)
    return d


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _last_working_day(d: date) -> date:
    while not _is_working_day(d):
        d -= timedelta(days=1)
    return d


def _unit_last_day(unit: str, d: date) -> date:
    """Last calendar day of the month/quarter/year containing d."""
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    end_month = ((d.month - 1) // months + 1) * months
    y, m = (d.year + 1, 1) if end_month == 12 else (d.year, end_month + 1)
    return date(y, m, 1) - timedelta(days=1)


# ---------------------------------------------------------------- patterns

_MON = r"(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
_WD = r"(?:" + "|".join(WEEKDAY_NUMBERS) + r")\b"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:20\d\d)(?!\d)"
_DATE = (
    rf"(?:(?P<iso>\d{{4}}-\d{{1,2}}-\d{{1,2}})\b"
    rf"|(?P<um>\d{{1,2}})/(?P<ud>\d{{1,2}})(?:/(?P<uy>\d{{4}}|\d{{2}}))?\b(?![/.-]\d)"
    rf"|(?:{_WD},?\s+)?(?P<mon>{_MON})\s*(?:the\s+)?(?P<day>{_DAY})(?:,?\s*(?P<year>{_YEAR}))?"
    rf"|(?:{_WD},?\s+)?(?:the\s+)?(?P<day2>{_DAY})(?:\s+of)?\s+(?P<mon2>{_MON})"
    rf"(?:,?\s*(?P<year2>{_YEAR}))?)"
)
_TOD = (
    r"(?:\s+(?:in\s+the\s+|at\s+|by\s+)?(?P<tod>morning|noon|midday|lunch(?:time)?|afternoon|evening"
    r"|eod|cob|end\s+of\s+(?:the\s+)?day|close\s+of\s+business)\b"
    r"|\s+(?:at\s+|by\s+)?(?P<clock>\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b))?"
)
_TRIGGER = (
    r"(?P<trig>by|before|due(?:\s+(?:on|by))?|until|till|no\s+later\s+than|deadline(?:\s+is)?:?"
    r"|for|on|ahead\s+of|in\s+time\s+for|need(?:ed)?\s+(?:it|this|them)(?:\s+(?:by|on))?)"
)
# Weekdays take fewer triggers: "on Monday" and "for Monday" as often name a past day.
_WD_TRIGGER = (
    r"(?P<trig>by|before|due(?:\s+(?:on|by))?|until|till|no\s+later\s+than|deadline(?:\s+is)?:?"
    r"|ahead\s+of|in\s+time\s+for|need(?:ed)?\s+(?:it|this|them)(?:\s+by)?)"
)
_N = rf"(?P<n>\d{{1,3}}|couple(?:\s+of)?|{CARDINAL_PATTERN})"

_I = re.IGNORECASE
_CLOCK_RE = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", _I)


def _tod(m: re.Match[str], default: time) -> time | None:
    tod = (m.groupdict().get("tod") or "").lower()
    clock = m.groupdict().get("clock")
    if clock:
        c = _CLOCK_RE.fullmatch(clock.strip())
        if c is None:
            return None
        hour, minute = int(c.group(1)), int(c.group(2) or 0)
        ampm = (c.group(3) or "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour > 23 or minute > 59:
            return None
        return time(hour, minute)
    if tod == "morning":
        return DAY_START
    if tod in ("noon", "midday", "lunch", "lunchtime"):
        return NOON
    if tod:
        return DAY_END
    return default


def _default_time(m: re.Match[str]) -> time:
    trig = (m.groupdict().get("trig") or "").lower()
    return DAY_START if trig == "before" or trig.startswith("ahead") else DAY_END


def _date_of(m: re.Match[str], now: _Now, roll: bool) -> date | None:
    """The date named in a _DATE match; a year-less one is the next such date from today on
    (`roll`), or only this year's when it has not passed (otherwise None)."""
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    if m.group("um"):  # US month/day[/year], as the team writes it
        mon, day = int(m.group("um")), int(m.group("ud"))
        year_raw = m.group("uy")
        if year_raw and len(year_raw) == 2:
            year_raw = f"20{year_raw}"
        if not 1 <= mon <= 12:
            return None
    else:
        year_raw = m.group("year") or m.group("year2")
        mon = MONTH_NUMBERS[(m.group("mon") or m.group("mon2")).lower().rstrip(".")]
        day = int(re.match(r"\d+", m.group("day") or m.group("day2")).group())  # type: ignore[union-attr]
    years = (
        [int(year_raw)] if year_raw else [now.today.year, now.today.year + 1, now.today.year + 4]
    )
    for y in years:
        try:
            d = date(y, mon, day)
        except ValueError:
            continue
        if year_raw or d >= now.today:
            return d
        if not roll:
            return None
    return None


def _after_now(now: _Now, d: date, t: time, step: timedelta) -> datetime:
    due = now.on(d, t)
    while due <= now.at:
        d += step
        due = now.on(d, t)
    return due


def _rule_eod(m: re.Match[str], now: _Now) -> datetime | None:
    when = (m.group("when") or "").lower()
    t = _tod(m, DAY_END) or DAY_END
    if when == "tomorrow":
        return now.on(now.today + timedelta(days=1), t)
    if when and when != "today":
        return _weekday(now, WEEKDAY_NUMBERS[when.split()[-1]], t, nxt=False)
    d = now.today
    if not _is_working_day(d) or now.at >= now.on(d, t):
        d = _next_working_day(d)
    return now.on(d, t)


def _rule_tomorrow(m: re.Match[str], now: _Now) -> datetime | None:
    t = _tod(m, _default_time(m))
    if t is None:
        return None
    days = 2 if m.group("after") else 1
    return now.on(now.today + timedelta(days=days), t)


def _rule_today(m: re.Match[str], now: _Now) -> datetime | None:
    t = _tod(m, _default_time(m))
    if t is None:
        return None
    d = now.today
    if now.at >= now.on(d, t):
        d = _next_working_day(d)
    return now.on(d, t)


def _weekday(now: _Now, wd: int, t: time, nxt: bool) -> datetime:
    if nxt:  # "next Tuesday": the Tuesday of next week (weeks start Monday)
        return now.on(_monday(now.today) + timedelta(days=7 + wd), t)
    d = now.today + timedelta(days=(wd - now.today.weekday()) % 7)
    return _after_now(now, d, t, timedelta(days=7))


def _rule_weekday(m: re.Match[str], now: _Now) -> datetime | None:
    t = _tod(m, _default_time(m))
    if t is None:
        return None
    which = (m.group("which") or "").lower()
    return _weekday(now, WEEKDAY_NUMBERS[m.group("wd").lower()], t, nxt=which == "next")


def _rule_date(m: re.Match[str], now: _Now) -> datetime | None:
    trig = (m.group("trig") or "").lower()
    d = _date_of(m, now, roll=trig not in ("for", "on"))
    t = _tod(m, _default_time(m))
    if d is None or t is None:
        return None
    return now.on(d, t)


def _rule_before_event(m: re.Match[str], now: _Now) -> datetime | None:
    """ "before the board meeting on Dec 3": the start of that day's working hours."""
    if m.group("wd"):
        return _weekday(now, WEEKDAY_NUMBERS[m.group("wd").lower()], DAY_START, nxt=False)
    d = _date_of(m, now, roll=True)
    return now.on(d, DAY_START) if d else None


def _rule_end_of_week(m: re.Match[str], now: _Now) -> datetime | None:
    friday = _monday(now.today) + timedelta(days=4)
    if m.group("next"):
        return now.on(friday + timedelta(days=7), DAY_END)
    return _after_now(now, friday, DAY_END, timedelta(days=7))


def _rule_end_of_unit(m: re.Match[str], now: _Now) -> datetime | None:
    raw = (m.group("unit") or m.group("abbr")).lower()
    unit = {"eom": "month", "eoq": "quarter", "eoy": "year"}.get(raw, raw)
    return _end_of(unit, now, nxt=bool(m.group("next")))


def _end_of(unit: str, now: _Now, nxt: bool) -> datetime:
    """The last working day of the month/quarter/year at 17:00 (the next one once passed)."""
    unit = unit.lower()
    last = _unit_last_day(unit, now.today)
    if nxt:
        last = _unit_last_day(unit, last + timedelta(days=1))
    due = now.on(_last_working_day(last), DAY_END)
    if due <= now.at:
        due = now.on(_last_working_day(_unit_last_day(unit, last + timedelta(days=1))), DAY_END)
    return due


def _rule_next_week(m: re.Match[str], now: _Now) -> datetime | None:
    monday = _monday(now.today) + timedelta(days=7)
    if (m.group("trig") or "").lower() in ("by", "before"):
        return now.on(monday, DAY_START)
    return now.on(monday + timedelta(days=4), DAY_END)


# Words before "within N days" that make it a condition on the data, not a deadline:
# "ordered within 7 days", "customers who churn within 30 days".
_DATA_VERBS = {
    "order",
    "buy",
    "purchase",
    "convert",
    "churn",
    "return",
    "sign",
    "signup",
    "renew",
    "cancel",
    "upgrade",
    "downgrade",
    "activate",
    "pay",
    "ship",
    "deliver",
    "log",
    "login",
    "visit",
    "click",
    "open",
    "use",
    "come",
    "who",
    "that",
    "which",
}
_NOT_DATA_ED = {"needed", "required", "wanted", "appreciated"}


def _rule_in_n(m: re.Match[str], now: _Now) -> datetime | None:
    before = re.search(r"([A-Za-z]+)\W*$", m.string[max(0, m.start() - 30) : m.start()])
    word = before.group(1).lower() if before else ""
    if word in _DATA_VERBS or (word.endswith("ed") and word not in _NOT_DATA_ED):
        return None
    raw = m.group("n").lower()
    if raw.startswith("couple"):
        n: int | float | None = 2
    elif raw in ("a", "an"):
        n = 1
    else:
        n = int(raw) if raw.isdigit() else words_to_number(raw)
    if not isinstance(n, int) or n < 1:
        return None
    unit = m.group("unit").lower()
    if unit.startswith("h"):
        return (now.at.astimezone(ZoneInfo("UTC")) + timedelta(hours=n)).astimezone(now.zone)
    if unit.startswith("w"):
        return now.on(now.today + timedelta(weeks=n), DAY_END)
    if m.group("biz"):
        return now.on(_add_working_days(now.today, n), DAY_END)
    return now.on(now.today + timedelta(days=n), DAY_END)


def _rule_day_of_month(m: re.Match[str], now: _Now) -> datetime | None:
    """ "by the 15th": that day of this month, or of the next month having it once passed."""
    dom = int(m.group("dom"))
    t = _default_time(m)
    y, mo = now.today.year, now.today.month
    for _ in range(3):
        try:
            due = now.on(date(y, mo, dom), t)
        except ValueError:
            due = None
        if due is not None and due > now.at:
            return due
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return None


def _rule_clock(m: re.Match[str], now: _Now) -> datetime | None:
    t = _tod(m, DAY_END)
    if t is None:
        return None
    return _after_now(now, now.today, t, timedelta(days=1))


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], _Now], datetime | None]]] = [
    (
        re.compile(
            r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:eod|cob|eob|end\s+of\s+(?:the\s+)?"
            r"(?:business\s+)?day|close\s+of\s+(?:business|play))\b"
            rf"(?:\s+(?P<when>today|tomorrow|(?:on\s+)?{_WD}))?(?P<tod>)(?P<clock>)",
            _I,
        ),
        _rule_eod,
    ),
    (
        re.compile(
            rf"\b(?:(?P<trig>by|before|until|till|due)\s+)?(?:(?P<after>the\s+day\s+after)\s+)?"
            rf"tomorrow\b{_TOD}",
            _I,
        ),
        _rule_tomorrow,
    ),
    (
        re.compile(
            rf"\b(?P<trig>by|before|due|until|till|need(?:ed)?\s+(?:it|this|them))\s+"
            rf"(?:the\s+end\s+of\s+)?today\b{_TOD}",
            _I,
        ),
        _rule_today,
    ),
    (
        re.compile(
            r"\b(?:(?:within|during|sometime|later)\s+(?:the\s+|this\s+)week|this\s+week\s+sometime)"
            r"\b(?P<next>)",
            _I,
        ),
        _rule_end_of_week,
    ),
    (
        re.compile(
            r"\b(?:(?:within|during|sometime|later)\s+(?:the\s+|this\s+)(?P<unit>month|quarter)"
            r"|this\s+(?P<unit2>month|quarter)\s+sometime)\b(?P<next>)(?P<abbr>)",
            _I,
        ),
        lambda m, now: _end_of(m.group("unit") or m.group("unit2"), now, nxt=False),
    ),
    (
        re.compile(
            r"\b(?P<trig>by|before|due(?:\s+on)?|until|till)\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)\b",
            _I,
        ),
        _rule_day_of_month,
    ),
    (
        re.compile(
            r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:eow|end\s+of\s+(?:the\s+|this\s+)?"
            r"(?P<next>next\s+)?(?:work(?:ing)?\s*)?week)\b",
            _I,
        ),
        _rule_end_of_week,
    ),
    (
        re.compile(
            r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:(?P<abbr>eom|eoq|eoy)|end\s+of\s+"
            r"(?:the\s+|this\s+)?(?P<next>next\s+)?(?P<unit>month|quarter|year))\b",
            _I,
        ),
        _rule_end_of_unit,
    ),
    (
        re.compile(
            rf"\bbefore\b(?=[^.,;!?\n]{{0,40}}?\b(?:on|at|this|next)\s+)"
            rf"[^.,;!?\n]{{0,40}}?\b(?:on|at|this|next)\s+(?:the\s+)?"
            rf"(?:(?P<wd>{_WD})|{_DATE})",
            _I,
        ),
        _rule_before_event,
    ),
    (re.compile(rf"\b{_TRIGGER}\s+(?:the\s+)?{_DATE}{_TOD}(?![-/]?\d)", _I), _rule_date),
    (
        re.compile(
            rf"\b(?:{_WD_TRIGGER}\s+)?(?:the\s+)?(?P<which>this|next|coming)\s+(?P<wd>{_WD}){_TOD}",
            _I,
        ),
        _rule_weekday,
    ),
    (re.compile(rf"\b{_WD_TRIGGER}\s+(?P<which>)(?P<wd>{_WD}){_TOD}", _I), _rule_weekday),
    (
        re.compile(
            r"\b(?:(?P<trig>by|before|due|until|till)|sometime|during|in|within|for)\s+(?:the\s+)?"
            r"next\s+week\b(?:\s+sometime)?",
            _I,
        ),
        _rule_next_week,
    ),
    (
        re.compile(
            rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_N}\s+(?:(?P<biz>business|working)\s+)?"
            r"(?P<unit>hours?|hrs?|days?|weeks?)\b",
            _I,
        ),
        _rule_in_n,
    ),
    (
        re.compile(
            r"\b(?:by|before|until|till)\s+(?:(?P<tod>noon|midday)\b|(?P<clock>\d{1,2}(?::\d{2})?\s*"
            r"(?:am|pm)\b|\d{1,2}:\d{2}\b))",
            _I,
        ),
        _rule_clock,
    ),
]


_LOW = re.compile(
    r"\b(?:when(?:ever)?\s+you\s+(?:get|have|find)\s+(?:a\s+)?(?:chance|moment|minute|sec|time)"
    r"|no\s+rush|no\s+hurry|not\s+urgent|isn'?t\s+urgent|low[\s-]+priority|priority\s*[:=]?\s*low"
    r"|whenever|not\s+a\s+priority|nice\s+to\s+have|at\s+your\s+(?:convenience|leisure)"
    r"|(?:not|no)\s+time[\s-]+sensitive)\b",
    _I,
)
_HIGH = re.compile(
    r"\b(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible|urgent(?:ly)?|high[\s-]+priority"
    r"|priority\s*[:=]?\s*high|top\s+priority|critical|blocker|blocking|immediately|right\s+away"
    r"|time[\s-]+sensitive)\b",
    _I,
)


def _priority(text: str) -> tuple[str | None, tuple[int, int] | None]:
    lows = [m.span() for m in _LOW.finditer(text)]
    highs = [
        m.span()
        for m in _HIGH.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in lows)
    ]
    if highs:
        return "high", highs[0]
    if lows:
        return "low", lows[0]
    return None, None


def find_due(text: str, now: datetime, tz: str = "UTC") -> Due:
    """The deadline and priority a ticket's text asks for; Due(None, None, None) when none."""
    zone = ZoneInfo(tz)
    local = now.astimezone(zone) if now.tzinfo is not None else now.replace(tzinfo=zone)
    clock = _Now(local, zone)
    best: tuple[int, int, datetime] | None = None
    for pattern, rule in _RULES:
        for m in pattern.finditer(text):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            if best is not None and (start, -(m.end() - start)) >= (best[0], -(best[1] - best[0])):
                continue
            try:
                due = rule(m, clock)
            except (ValueError, OverflowError):  # a date past year 9999
                due = None
            if due is not None:
                best = (start, m.end(), due)
    priority, priority_span = _priority(text)
    if best is None:
        return Due(None, priority, priority_span)
    return Due(best[2], priority, (best[0], best[1]))
