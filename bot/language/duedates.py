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
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.language.due_rules import (
    COUNT_PATTERN,
    DATE_PATTERN,
    TIME_OF_DAY_PATTERN,
    TRIGGER_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAY_TRIGGER_PATTERN,
    Clock,
    end_of,
    rule_before_event,
    rule_clock,
    rule_date,
    rule_day_of_month,
    rule_end_of_unit,
    rule_end_of_week,
    rule_eod,
    rule_in_n,
    rule_next_week,
    rule_today,
    rule_tomorrow,
    rule_weekday,
)

_I = re.IGNORECASE


@dataclass(frozen=True)
class Due:
    due_at: datetime | None
    priority: str | None  # "high" or "low" when the text says so
    span: tuple[int, int] | None  # the due-date phrase, else the priority phrase


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], Clock], datetime | None]]] = [
    (
        re.compile(
            r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:eod|cob|eob|end\s+of\s+(?:the\s+)?"
            r"(?:business\s+)?day|close\s+of\s+(?:business|play))\b"
            rf"(?:\s+(?P<when>today|tomorrow|(?:on\s+)?{WEEKDAY_PATTERN}))?(?P<tod>)(?P<clock>)",
            _I,
        ),
        rule_eod,
    ),
    (
        re.compile(
            rf"\b(?:(?P<trig>by|before|until|till|due)\s+)?(?:(?P<after>the\s+day\s+after)\s+)?"
            rf"tomorrow\b{TIME_OF_DAY_PATTERN}",
            _I,
        ),
        rule_tomorrow,
    ),
    (
        re.compile(
            rf"\b(?P<trig>by|before|due|until|till|need(?:ed)?\s+(?:it|this|them))\s+"
            rf"(?:the\s+end\s+of\s+)?today\b{TIME_OF_DAY_PATTERN}",
            _I,
        ),
        rule_today,
    ),
    (
        re.compile(
            r"\b(?:(?:within|during|sometime|later)\s+(?:the\s+|this\s+)week|this\s+week\s+sometime)"
            r"\b(?P<next>)",
            _I,
        ),
        rule_end_of_week,
    ),
    (
        re.compile(
            r"\b(?:(?:within|during|sometime|later)\s+(?:the\s+|this\s+)(?P<unit>month|quarter)"
            r"|this\s+(?P<unit2>month|quarter)\s+sometime)\b(?P<next>)(?P<abbr>)",
            _I,
        ),
        lambda m, now: end_of(m.group("unit") or m.group("unit2"), now, nxt=False),
    ),
    (
        re.compile(
            r"\b(?P<trig>by|before|due(?:\s+on)?|until|till)\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)\b",
            _I,
        ),
        rule_day_of_month,
    ),
    (
        re.compile(
            r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:eow|end\s+of\s+(?:the\s+|this\s+)?"
            r"(?P<next>next\s+)?(?:work(?:ing)?\s*)?week)\b",
            _I,
        ),
        rule_end_of_week,
    ),
    (
        re.compile(
            r"\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:(?P<abbr>eom|eoq|eoy)|end\s+of\s+"
            r"(?:the\s+|this\s+)?(?P<next>next\s+)?(?P<unit>month|quarter|year))\b",
            _I,
        ),
        rule_end_of_unit,
    ),
    (
        re.compile(
            rf"\bbefore\b(?=[^.,;!?\n]{{0,40}}?\b(?:on|at|this|next)\s+)"
            rf"[^.,;!?\n]{{0,40}}?\b(?:on|at|this|next)\s+(?:the\s+)?"
            rf"(?:(?P<wd>{WEEKDAY_PATTERN})|{DATE_PATTERN})",
            _I,
        ),
        rule_before_event,
    ),
    (
        re.compile(
            rf"\b{TRIGGER_PATTERN}\s+(?:the\s+)?{DATE_PATTERN}{TIME_OF_DAY_PATTERN}(?![-/]?\d)", _I
        ),
        rule_date,
    ),
    (
        re.compile(
            rf"\b(?:{WEEKDAY_TRIGGER_PATTERN}\s+)?(?:the\s+)?(?P<which>this|next|coming)\s+(?P<wd>{WEEKDAY_PATTERN}){TIME_OF_DAY_PATTERN}",
            _I,
        ),
        rule_weekday,
    ),
    (
        re.compile(
            rf"\b{WEEKDAY_TRIGGER_PATTERN}\s+(?P<which>)(?P<wd>{WEEKDAY_PATTERN}){TIME_OF_DAY_PATTERN}",
            _I,
        ),
        rule_weekday,
    ),
    (
        re.compile(
            r"\b(?:(?P<trig>by|before|due|until|till)|sometime|during|in|within|for)\s+(?:the\s+)?"
            r"next\s+week\b(?:\s+sometime)?",
            _I,
        ),
        rule_next_week,
    ),
    (
        re.compile(
            rf"\b(?:in|within)\s+(?:the\s+next\s+)?{COUNT_PATTERN}\s+(?:(?P<biz>business|working)\s+)?"
            r"(?P<unit>hours?|hrs?|days?|weeks?)\b",
            _I,
        ),
        rule_in_n,
    ),
    (
        re.compile(
            r"\b(?:by|before|until|till)\s+(?:(?P<tod>noon|midday)\b|(?P<clock>\d{1,2}(?::\d{2})?\s*"
            r"(?:am|pm)\b|\d{1,2}:\d{2}\b))",
            _I,
        ),
        rule_clock,
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
    clock = Clock(local, zone)
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
