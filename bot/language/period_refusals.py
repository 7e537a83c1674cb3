"""Date-like phrases that cannot be meant as a period of data: a quarter no year has ("Q5"),
a period that has not begun ("next month", "Q1 2027 sales"), unless the request says a
forecast, a plan or a deadline ("budget for next quarter", "by next week").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Protocol


class _Found(Protocol):
    """A period found in the text (bot.language.periods.Period): when it starts, where it is."""

    @property
    def start(self) -> date: ...
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...


_BAD_QUARTER = re.compile(r"\b(?:in|for|during|since|through)\s+(?P<q>Q[05-9])\b(?!\s*[%-])", re.I)
# A period that has not begun ("next month", "tomorrow"): no data holds it yet. Said with a
# forecast, a plan or a deadline, it asks for work or says when, and is no period to refuse.
_FUTURE = re.compile(
    r"\b(?:(?:the\s+)?(?:next|coming|upcoming)\s+(?:\d{1,3}\s+|few\s+|couple\s+(?:of\s+)?)?"
    r"(?:days?|weeks?|months?|quarters?|years?|fiscal\s+years?)|tomorrow)\b",
    re.I,
)
_ABOUT_THE_FUTURE = re.compile(
    r"\b(?:forecast\w*|predict\w*|project\w*|estimat\w*|expect\w*|likely|will|going\s+to|"
    r"plan\w*|budget\w*|target\w*|goals?|quotas?|schedul\w*|deadline|need\w*|want\w*|"
    r"every|remind\w*|build\w*|creat\w*|set\s*up|prepar\w*|automat\w*|dashboards?|alerts?|ready)\b",
    re.I,
)
# A cue word said as what rows are split by ("MRR by plan", "sales per target") names a column,
# not a plan for the future.
_SPLIT_BY = re.compile(r"\b(?:by|per|each)\s+$", re.I)


def _about_the_future(text: str) -> bool:
    """Whether `text` says a forecast, a plan or a deadline (not as a breakdown: "by plan")."""
    return any(
        not (FUTURE_CUE_AS_BREAKDOWN and _SPLIT_BY.search(text[max(0, m.start() - 6) : m.start()]))
        for m in _ABOUT_THE_FUTURE.finditer(text)
    )


# Words just before it that make it when something is due ("by next week", "starting tomorrow").
_WHEN_DUE = re.compile(r"\b(?:by|before|until|till|starting|from|due)\s+$", re.I)


def unreal_quarters(text: str) -> list[str]:
    """ "in Q5": a quarter that no year has."""
    return [
        f"“{m.group('q')}” is not a quarter (a year has Q1 to Q4)."
        for m in _BAD_QUARTER.finditer(text)
    ]


def future_phrases(text: str, today: date) -> list[str]:
    """ "revenue by region next month": a period after today, when nothing in the request
    makes it a forecast, a plan or a deadline."""
    if _about_the_future(text):
        return []
    return [
        f"“{m.group(0)}” has not begun yet (today is {today.isoformat()}): there is no data for it."
        for m in _FUTURE.finditer(text)
        if not _WHEN_DUE.search(text[max(0, m.start() - 12) : m.start()])
    ]


# "MRR by plan for Q1 2027": a cue word right after "by" or "per" is a breakdown, no plan.
FUTURE_CUE_AS_BREAKDOWN = True
# A period named by its dates that starts after today ("Q1 2027 sales", "revenue for 2027") is
# refused as "next month" is: no data holds it yet.
FUTURE_DATES_REFUSED = True


def future_dates(
    text: str, periods: Sequence[_Found], today: date, problems: list[str]
) -> list[str]:
    """ "Q1 2027 sales by region": a period after today written as dates, with nothing that
    makes it a forecast, a plan or a deadline (and not already refused)."""
    if not FUTURE_DATES_REFUSED or problems or _about_the_future(text):
        return []
    return [
        f"“{p.text.strip()}” has not begun yet (today is {today.isoformat()}): there is no data "
        "for it."
        for p in periods
        if p.start > today
        and not _WHEN_DUE.search(text[max(0, p.span[0] - 12) : p.span[0]])
        and not _WHEN_DUE.match(p.text)
    ]
