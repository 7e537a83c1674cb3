"""Which regular expression builds which period atom, and the scan that finds a text's atoms
(longest match first at each position, non-overlapping)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.language.dates import (
    COUNT_PATTERN,
    DAY_PATTERN,
    MONTH_PATTERN,
    UNIT_PATTERN,
    WEEKDAY_PATTERN,
    YEAR_PATTERN,
    day_range,
    shift_month,
)
from bot.language.numwords import CARDINAL_PATTERN
from bot.language.period_atoms import (
    Atom,
    atom_ago,
    atom_before_last,
    atom_between_days,
    atom_fortnight,
    atom_full_year,
    atom_half,
    atom_half_words,
    atom_iso_date,
    atom_iso_month,
    atom_l_nd,
    atom_last_n,
    atom_last_unit,
    atom_month,
    atom_month_day,
    atom_month_day_span,
    atom_quarter,
    atom_quarter_words,
    atom_start_of,
    atom_this,
    atom_to_date,
    atom_us_date,
    atom_year,
)
from bot.language.period_calendars import CALENDAR_NEEDLES, CALENDAR_RULES, WEEK_CODE
from bot.language.period_days import atom_today, atom_weekday, atom_weekend

_I = re.IGNORECASE
# A calendar unit after "this" or "last", spelled out or abbreviated ("last wk", "this qtr").
UNIT_WORDS = "week|month|quarter|year|wk|mth|qtr|yr"


def day_of_this_month(m: re.Match[str], today: date) -> Atom:
    """A day said alone ("the 15th"): of this month once reached, else of the month before."""
    d = int(m.group("d"))
    y, mo = (
        (today.year, today.month) if d <= today.day else shift_month(today.year, today.month, -1)
    )
    r = day_range(y, mo, d)
    return Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


# The end of a range of 20th-century years is a year as its start is (off: a bare number).
OLD_YEAR_RANGE_ENDS = True


def atom_range_end_year(m: re.Match[str], today: date) -> Atom | None:
    """ "between 1935 and 1939": the second year of the range (the first is read as a year)."""
    return atom_year(m, today) if OLD_YEAR_RANGE_ENDS else None


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], date], Atom | None]]] = [
    (re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b(?![-/]\d)"), atom_iso_date),
    (
        re.compile(
            r"(?<![\w/.-])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b(?![/.-]\d)"
        ),
        atom_us_date,
    ),
    (re.compile(r"\b(\d{4})-(\d{2})\b(?![-/]\d)"), atom_iso_month),
    (
        re.compile(
            rf"\b(?:{WEEKDAY_PATTERN},?\s+)?(?:the\s+)?{MONTH_PATTERN}\s*(?:the\s+)?{DAY_PATTERN}(?:,?\s*{YEAR_PATTERN})?(?![-/:]?\d)",
            _I,
        ),
        atom_month_day,
    ),
    (
        re.compile(
            rf"\b(?:{WEEKDAY_PATTERN},?\s+)?(?:the\s+)?{DAY_PATTERN}(?:\s+of)?\s+{MONTH_PATTERN}(?:,?\s*{YEAR_PATTERN})?(?![-/:]?\d)",
            _I,
        ),
        atom_month_day,
    ),
    (
        re.compile(
            rf"\b{MONTH_PATTERN}\s*{DAY_PATTERN}\s*(?:-|–|—|to|through|thru|until|till)\s*"
            rf"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s*{YEAR_PATTERN})?(?![-/:]?\d)",
            _I,
        ),
        atom_month_day_span,
    ),
    (
        re.compile(
            r"\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|thru|until|till)\s*"
            rf"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:\s+of)?\s+{MONTH_PATTERN}"
            rf"(?:,?\s*{YEAR_PATTERN})?(?![-/:]?\d)",
            _I,
        ),
        atom_month_day_span,
    ),
    # "between 24 and 30 Nov 2025": two days of one month, the month said once
    (
        re.compile(
            r"(?<=\bbetween )(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+and\s+"
            rf"(?:the\s+)?(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:\s+of)?\s+{MONTH_PATTERN}"
            rf"(?:,?\s*{YEAR_PATTERN})?(?![-/:]?\d)",
            _I,
        ),
        atom_between_days,
    ),
    (
        re.compile(rf"\b{MONTH_PATTERN}(?:(?:\s+of)?,?\s*{YEAR_PATTERN})?(?![-/:]?\d)", _I),
        atom_month,
    ),
    (
        re.compile(
            r"\bQ(?P<q>[1-4])\b(?:\s*(?:of\s+|-|/)?\s*(?P<year>20\d\d)(?!\d)|\s*['’](?P<yy>\d\d)\b)?",
            _I,
        ),
        atom_quarter,
    ),
    (re.compile(r"\b(?P<year>20\d\d)\s*[-/ ]?\s*Q(?P<q>[1-4])\b(?P<yy>)", _I), atom_quarter),
    (
        re.compile(
            r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:fiscal\s+)?quarter"
            r"(?:\s+of\s+the\s+year\b|(?:\s+of)?\s+(?P<year>20\d\d)(?!\d))?(?P<yy>)",
            _I,
        ),
        atom_quarter_words,
    ),
    (
        re.compile(
            r"\bH(?P<h>[12])\b(?:\s*(?:of\s+|-|/)?\s*(?P<year>20\d\d)(?!\d)|\s*['’](?P<yy>\d\d)\b)?",
            _I,
        ),
        atom_half,
    ),
    (re.compile(r"\b(?P<year>20\d\d)\s*[-/ ]?\s*H(?P<h>[12])\b(?P<yy>)", _I), atom_half),
    (
        re.compile(
            r"\b(?P<ord>first|second|1st|2nd|last|final)\s+half"
            r"(?:\s+of\s+the\s+year\b|(?:\s+of)?\s+(?P<year>20\d\d)(?!\d))?(?P<yy>)",
            _I,
        ),
        atom_half_words,
    ),
    # "2025 full year", "the whole year 2025": the year, its qualifier part of the phrase
    (
        re.compile(
            r"(?<![\w#$.,/:-])(?P<year>20\d\d)\s+(?:full|whole|entire|complete)\s+year\b(?P<yy>)"
            r"|\b(?:the\s+)?(?:full|whole|entire|complete)\s+(?:calendar\s+)?year\s+(?:of\s+)?"
            r"(?P<year2>20\d\d)(?![\w%]|[.,:]\d|[-/]\d)",
            _I,
        ),
        atom_full_year,
    ),
    (re.compile(r"(?<![\w#$.,/:-])(?P<year>20\d\d)(?![\w%]|[.,:]\d|[-/]\d)(?P<yy>)"), atom_year),
    # A 20th-century year only where it can only be a year: "since 1900", "from 1995".
    (
        re.compile(
            r"(?:(?<=\bsince )|(?<=\bfrom )|(?<=\bafter )|(?<=\bbetween ))"
            r"(?P<year>19\d\d)(?![\w%]|[.,:]\d|[-/]\d)(?P<yy>)",
            _I,
        ),
        atom_year,
    ),
    # ... and the end of a range that starts with one: "between 1935 and 1939"
    (
        re.compile(
            r"(?:(?<=\bbetween 19\d\d and )|(?<=\bfrom 19\d\d to )|(?<=\bfrom 19\d\d until ))"
            r"(?P<year>19\d\d)(?![\w%]|[.,:]\d|[-/]\d)(?P<yy>)",
            _I,
        ),
        atom_range_end_year,
    ),
    # "so far today", "today so far": today up to now, which is today
    (
        re.compile(
            r"\b(?:(?:so\s+far\s+)?today(?:\s+so\s+far)?|yesterday|yday|ystd|yest"
            r"|(?:the\s+)?day\s+before\s+yesterday)\b",
            _I,
        ),
        atom_today,
    ),
    # "since the 1st", "on the 15th": a day of this month (of the last one if not yet reached);
    # only after a word that makes it a date ("the 3rd customer" is no day).
    (
        re.compile(
            r"(?:(?<=\bsince )|(?<=\bfrom )|(?<=\bon )|(?<=\buntil )|(?<=\btill )|(?<=\bto )"
            r"|(?<=\bbefore )|(?<=\bafter )|(?<=\bstarting ))the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of\s+)?(?:" + MONTH_PATTERN + r"))",
            _I,
        ),
        day_of_this_month,
    ),
    (
        re.compile(
            r"\b(?:so\s+far\s+)?(?:this|current)\s+(?:calendar\s+)?(?P<unit>" + UNIT_WORDS + r")\b"
            r"(?:\s+(?:so\s+far|to\s+date))?",
            _I,
        ),
        atom_this,
    ),
    (
        re.compile(
            r"\b(?:(?P<unit>week|month|quarter|year)[\s-]+to[\s-]+date|(?P<abbr>wtd|mtd|qtd|ytd))\b",
            _I,
        ),
        atom_to_date,
    ),
    (
        re.compile(
            r"\b(?:last|previous|prior|past)\s+(?:(?:full|whole|complete|calendar)\s+)?"
            r"(?P<unit>" + UNIT_WORDS + r")\b",
            _I,
        ),
        atom_last_unit,
    ),
    (
        re.compile(
            rf"\b(?:last|past|previous|prior|trailing|rolling)\s+{COUNT_PATTERN}\s*"
            rf"(?:(?:full|whole|complete|calendar)\s+)?{UNIT_PATTERN}\b",
            _I,
        ),
        atom_last_n,
    ),
    (re.compile(r"\bL(?P<n>\d{1,3})D\b", _I), atom_l_nd),
    (re.compile(r"\b(?:the\s+)?(?:last|past|previous|prior)\s+fortnight\b", _I), atom_fortnight),
    (
        re.compile(
            rf"\b(?P<n>\d{{1,4}}|an?|{CARDINAL_PATTERN})\s+"
            r"(?P<unit>days?|weeks?|months?|quarters?|years?)\s+ago\b",
            _I,
        ),
        atom_ago,
    ),
    (
        re.compile(r"\b(?:(?P<which>this|last|past|previous|prior)\s+)?weekend\b", _I),
        atom_weekend,
    ),
    (
        re.compile(rf"\b(?:(?P<which>this|last|past|previous)\s+)?(?P<wd>{WEEKDAY_PATTERN})\b", _I),
        atom_weekday,
    ),
    (
        re.compile(r"\b(?:the\s+)?(?P<unit>week|month|quarter|year)\s+before\s+last\b", _I),
        atom_before_last,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
            r"(?P<unit>week|month|quarter|year)\b",
            _I,
        ),
        atom_start_of,
    ),
]


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words a rule cannot match without: a substring test is far cheaper than a regex scan.
_NEEDLES: dict[Callable[[re.Match[str], date], Atom | None], tuple[str, ...]] = {
    atom_month_day: _MONTH_STEMS,
    atom_month_day_span: _MONTH_STEMS,
    atom_between_days: _MONTH_STEMS,
    atom_month: _MONTH_STEMS,
    atom_quarter_words: ("quarter",),
    atom_half_words: ("half",),
    atom_today: ("today", "yesterday", "yday", "ystd", "yest"),
    atom_this: ("this", "current"),
    atom_to_date: ("date", "td"),
    atom_last_unit: ("last", "previous", "prior", "past"),
    atom_last_n: ("last", "previous", "prior", "past", "trailing", "rolling"),
    atom_ago: ("ago",),
    atom_weekend: ("weekend",),
    atom_fortnight: ("fortnight",),
    atom_weekday: ("day",),
    atom_before_last: ("before last",),
    atom_start_of: ("start", "beginning"),
}


def find_atoms(text: str, today: date, fiscal_start: int = 1) -> list[Atom]:
    found: list[tuple[int, int, int, Atom]] = []
    lowered = text.lower()
    if any(n in lowered for n in CALENDAR_NEEDLES) or WEEK_CODE.search(text):
        for order, (pattern, build_in) in enumerate(CALENDAR_RULES, start=len(_RULES)):
            for m in pattern.finditer(text):
                try:
                    atom = build_in(m, today, fiscal_start)
                except (ValueError, OverflowError):
                    atom = None
                if atom is not None:
                    found.append((atom.start, -(atom.end - atom.start), order, atom))
    for order, (pattern, build) in enumerate(_RULES):
        needles = _NEEDLES.get(build)
        if needles is not None and not any(n in lowered for n in needles):
            continue
        for m in pattern.finditer(text):
            try:
                atom = build(m, today)
            except (ValueError, OverflowError):  # before year 1 or after 9999
                atom = None
            if atom is not None:
                found.append((atom.start, -(atom.end - atom.start), order, atom))
    found.sort(key=lambda f: f[:3])
    chosen: list[Atom] = []
    last_end = -1
    for start, _, _, atom in found:
        if start >= last_end:
            chosen.append(atom)
            last_end = atom.end
    return chosen
