"""Period phrases ("last month", "Q3 2025", "since Oct 1", "from Sep 5 to Oct 3") resolved to
inclusive date ranges against "today".

Contract: "Periods: what the words mean" in shared/spec/query-library.md. Weeks start on Monday.
A named period with no year (a month, a quarter, "Nov 3") is the latest one that has begun; a
named period still in progress ends today; explicit dates are kept as given.

Parsing is two passes: atoms (dates, months, quarters, years, relative phrases) found by
precompiled regular expressions, longest first at each position; then combinations of atoms
("from A to B", "between A and B", "since A", "week of A") and the prepositions around them
("in", "during", "over the") so the whole phrase's span can be blanked out by the matcher.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.language.numwords import CARDINAL_PATTERN, words_to_number

Range = tuple[date, date]


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    text: str  # the phrase as written, prepositions included ("over the last 30 days")
    span: tuple[int, int]  # character offsets of `text` in the input


def today_in(tz_name: str) -> date:
    """Today's date in the IANA time zone `tz_name` (e.g. "America/Los_Angeles")."""
    return datetime.now(ZoneInfo(tz_name)).date()


# ---------------------------------------------------------------- calendar helpers


def _month_range(y: int, m: int) -> Range:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _quarter_range(y: int, q: int) -> Range:
    return date(y, 3 * q - 2, 1), _month_range(y, 3 * q)[1]


def _half_range(y: int, h: int) -> Range:
    return date(y, 6 * h - 5, 1), _month_range(y, 6 * h)[1]


def _year_range(y: int) -> Range:
    return date(y, 1, 1), date(y, 12, 31)


def _day_range(y: int, m: int, d: int) -> Range | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day, day


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _clip(r: Range, today: date) -> Range:
    """A period still in progress ends today."""
    return (r[0], today) if r[0] <= today < r[1] else r


def _latest_begun(occ: Callable[[int], Range | None], today: date) -> Range | None:
    for y in range(today.year, today.year - 9, -1):
        r = occ(y)
        if r is not None and r[0] <= today:
            return r
    return None


def _latest_until(occ: Callable[[int], Range | None], anchor: date) -> Range | None:
    for y in range(anchor.year, anchor.year - 9, -1):
        r = occ(y)
        if r is not None and r[0] <= anchor:
            return r
    return None


def _earliest_from(occ: Callable[[int], Range | None], anchor: date) -> Range | None:
    for y in range(anchor.year, anchor.year + 9):
        r = occ(y)
        if r is not None and r[0] >= anchor:
            return r
    return None


# ---------------------------------------------------------------- atoms


@dataclass
class _Atom:
    start: int
    end: int
    fixed: Range | None = None  # already resolved (relative phrases, explicit years)
    occ: Callable[[int], Range | None] | None = None  # a named period with no year
    named: bool = False  # a named calendar period: ends today while in progress
    day: bool = False  # a single calendar day ("week of" accepts these)
    valid: bool = True  # False: looks like a date but is not one ("Nov 31"); blocks its span
    year: int | None = None  # the atom is one whole calendar year ("2025", "last year")

    def resolve(self, today: date) -> Range | None:
        if not self.valid:
            return None
        r = self.fixed if self.occ is None else _latest_begun(self.occ, today)
        if r is not None and self.named:
            r = _clip(r, today)
        return r


# Month names and abbreviations, lower case -> month number (shared with bot.language.duedates).
MONTH_NUMBERS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAY_NUMBERS = {  # Monday = 0, as date.weekday()
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_ORDINAL_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
    "final": -1,
}

_MON = r"(?P<mon>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
_WD = r"(?:" + "|".join(WEEKDAY_NUMBERS) + r")"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:(?P<year>(?:19|20)\d\d)(?!\d)|['’](?P<yy>\d\d)\b)"
_N = rf"(?P<n>\d{{1,4}}|couple(?:\s+of)?|{CARDINAL_PATTERN})"
_UNIT = (
    r"(?P<unit>days?|d|weeks?|wks?|w|months?|mos?|mths?|quarters?|qtrs?|years?|yrs?|hours?|hrs?|h)"
)

# "May" the modal verb: "may I see", "revenue may drop", "we may need".
_MAY_VERB_AFTER = {
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it",
    "be",
    "have",
    "not",
    "also",
    "need",
    "want",
    "get",
    "see",
    "ask",
    "take",
    "help",
    "or",
    "well",
    "just",
    "still",
    "already",
}
_MAY_VERB_BEFORE = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "which", "who"}
_PERIOD_PREPOSITIONS = {
    "in",
    "during",
    "for",
    "since",
    "of",
    "from",
    "until",
    "till",
    "through",
    "thru",
    "to",
    "between",
    "and",
    "over",
    "throughout",
    "across",
    "before",
    "after",
    "by",
    "on",
}
# Words before a number that make it a quantity or an id, not a year: "top 2000", "order 2025".
_NOT_YEAR_BEFORE = {
    "top",
    "under",
    "over",
    "below",
    "above",
    "than",
    "least",
    "most",
    "about",
    "around",
    "approximately",
    "roughly",
    "order",
    "orders",
    "customer",
    "customers",
    "id",
    "ticket",
    "number",
    "no",
    "user",
    "account",
    "product",
    "sku",
    "invoice",
    "item",
    "code",
    "port",
    "version",
    "first",
    "last",
    "next",
    "only",
    "exactly",
    "within",
    "limit",
}
_NOT_YEAR_AFTER = {
    "units",
    "unit",
    "users",
    "customers",
    "orders",
    "signups",
    "rows",
    "items",
    "records",
    "people",
    "products",
    "accounts",
    "dollars",
    "usd",
    "eur",
    "gbp",
    "tickets",
    "events",
    "sessions",
    "times",
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "euros",
    "subscriptions",
    "refunds",
    "employees",
    "members",
    "messages",
}

_PREV_WORD_RE = re.compile(r"([A-Za-z]+)\W*$")
_NEXT_WORD_RE = re.compile(r"\s*([A-Za-z]+)")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1).lower() if m else ""


def _is_may_verb(m: re.Match[str], bare: bool) -> bool:
    word = m.group("mon")
    if word.lower() != "may":
        return False
    text = m.string
    before = _prev_word(text, m.start("mon"))
    if before in _PERIOD_PREPOSITIONS or before in ("last", "this", "mid", "early", "late"):
        return False
    if _next_word(text, m.end("mon")) in _MAY_VERB_AFTER or before in _MAY_VERB_BEFORE:
        return True
    # A bare lower-case "may" after another word ("revenue may drop") reads as the verb.
    return bare and word == "may" and before != ""


def _year_of(m: re.Match[str]) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if m.group("yy"):
        return 2000 + int(m.group("yy"))
    return None


def _month_num(m: re.Match[str]) -> int:
    return MONTH_NUMBERS[m.group("mon").lower().rstrip(".")]


def _named(m: re.Match[str], occ: Callable[[int], Range | None], year: int | None) -> _Atom:
    if year is None:
        return _Atom(m.start(), m.end(), occ=occ, named=True)
    r = occ(year)
    return _Atom(m.start(), m.end(), fixed=r, named=True, valid=r is not None)


def _atom_iso_date(m: re.Match[str], today: date) -> _Atom | None:
    r = _day_range(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


def _atom_iso_month(m: re.Match[str], today: date) -> _Atom | None:
    mon = int(m.group(2))
    if not 1 <= mon <= 12:
        return _Atom(m.start(), m.end(), valid=False)
    return _named(m, lambda y: _month_range(y, mon), int(m.group(1)))


def _day_atom(m: re.Match[str]) -> _Atom | None:
    if _is_may_verb(m, bare=False):
        return None
    mon, day = _month_num(m), int(m.group("day"))
    if day > calendar.monthrange(2024, mon)[1]:  # 2024: a leap year, so Feb 29 is a day
        return _Atom(m.start(), m.end(), valid=False)
    year = _year_of(m)
    if year is None:
        return _Atom(m.start(), m.end(), occ=lambda y: _day_range(y, mon, day), day=True)
    r = _day_range(year, mon, day)
    return _Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


def _atom_month_day(m: re.Match[str], today: date) -> _Atom | None:
    return _day_atom(m)


def _atom_month_day_span(m: re.Match[str], today: date) -> _Atom | None:
    """ "Oct 3-20", "Oct 3 to 20 2025": two days of one month."""
    mon, d1, d2 = _month_num(m), int(m.group("day")), int(m.group("day2"))
    last = calendar.monthrange(2024, mon)[1]
    if d1 > last or d2 > last or d2 <= d1:
        return _Atom(m.start(), m.end(), valid=False)
    year = _year_of(m)

    def occ(y: int) -> Range | None:
        a, b = _day_range(y, mon, d1), _day_range(y, mon, d2)
        return (a[0], b[0]) if a and b else None

    if year is None:
        return _Atom(m.start(), m.end(), occ=occ)
    r = occ(year)
    return _Atom(m.start(), m.end(), fixed=r, valid=r is not None)


def _atom_month(m: re.Match[str], today: date) -> _Atom | None:
    year = _year_of(m)
    if _is_may_verb(m, bare=year is None):
        return None
    mon = _month_num(m)
    return _named(m, lambda y: _month_range(y, mon), year)


def _atom_quarter(m: re.Match[str], today: date) -> _Atom | None:
    q = int(m.group("q"))
    return _named(m, lambda y: _quarter_range(y, q), _year_of(m))


def _atom_quarter_words(m: re.Match[str], today: date) -> _Atom | None:
    q = _ORDINAL_WORDS[m.group("ord").lower()]
    year = _year_of(m)
    if q == -1:
        if year is None:
            return None  # "last quarter" is relative, handled elsewhere
        q = 4
    return _named(m, lambda y: _quarter_range(y, q), year)


def _atom_half(m: re.Match[str], today: date) -> _Atom | None:
    h = int(m.group("h"))
    return _named(m, lambda y: _half_range(y, h), _year_of(m))


def _atom_half_words(m: re.Match[str], today: date) -> _Atom | None:
    h = _ORDINAL_WORDS[m.group("ord").lower()]
    year = _year_of(m)
    if h == -1:
        if year is None:
            return None
        h = 2
    return _named(m, lambda y: _half_range(y, h), year)


def _atom_year(m: re.Match[str], today: date) -> _Atom | None:
    text = m.string
    before = _prev_word(text, m.start())
    after = _next_word(text, m.end())
    if before in _NOT_YEAR_BEFORE or re.search(
        r"[#$€£]\s*$", text[max(0, m.start() - 2) : m.start()]
    ):
        return None  # "top 2025", "over 2025", "$ 2025"
    if after in _NOT_YEAR_AFTER and before not in _PERIOD_PREPOSITIONS:
        return None  # "2025 units", but "in 2025 orders" is a year
    atom = _named(m, _year_range, int(m.group("year")))
    atom.year = int(m.group("year"))
    return atom


def _fixed(m: re.Match[str], r: Range | None) -> _Atom | None:
    if r is None or r[0] > r[1]:
        return None
    return _Atom(m.start(), m.end(), fixed=r, day=r[0] == r[1])


def _this(unit: str, today: date) -> Range:
    if unit == "week":
        return _monday(today), today
    if unit == "month":
        return today.replace(day=1), today
    if unit == "quarter":
        return _quarter_range(today.year, _quarter_of(today))[0], today
    return date(today.year, 1, 1), today


def _last_n(unit: str, n: int, today: date) -> Range:
    """The N whole units before the current one; days: today and the N-1 days before."""
    if unit == "day":
        return today - timedelta(days=n - 1), today
    if unit == "hour":
        return today - timedelta(days=math.ceil(n / 24)), today
    if unit == "week":
        monday = _monday(today)
        return monday - timedelta(weeks=n), monday - timedelta(days=1)
    if unit == "month":
        y, mo = _shift_month(today.year, today.month, -n)
        return date(y, mo, 1), today.replace(day=1) - timedelta(days=1)
    if unit == "quarter":
        first = _quarter_range(today.year, _quarter_of(today))[0]
        y, mo = _shift_month(first.year, first.month, -3 * n)
        return date(y, mo, 1), first - timedelta(days=1)
    return date(today.year - n, 1, 1), date(today.year - 1, 12, 31)


def _ago(unit: str, n: int, today: date) -> Range:
    if unit == "day":
        d = today - timedelta(days=n)
        return d, d
    if unit == "week":
        monday = _monday(today) - timedelta(weeks=n)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _month_range(*_shift_month(today.year, today.month, -n))
    if unit == "quarter":
        first = _quarter_range(today.year, _quarter_of(today))[0]
        y, mo = _shift_month(first.year, first.month, -3 * n)
        return _quarter_range(y, _quarter_of(date(y, mo, 1)))
    return _year_range(today.year - n)


_UNIT_NAMES = {
    "d": "day",
    "w": "week",
    "wk": "week",
    "mo": "month",
    "mth": "month",
    "qtr": "quarter",
    "yr": "year",
    "h": "hour",
    "hr": "hour",
}


def _unit(raw: str) -> str:
    u = raw.lower()
    if u.endswith("s") and u not in ("s",):
        u = u[:-1]
    return _UNIT_NAMES.get(u, u)


def _count(raw: str) -> int | None:
    raw = raw.lower()
    if raw.startswith("couple"):
        return 2
    if raw in ("a", "an"):
        return 1
    value = int(raw) if raw.isdigit() else words_to_number(raw)
    if not isinstance(value, int) or value < 1 or value > 5000:
        return None
    return value


def _atom_this(m: re.Match[str], today: date) -> _Atom | None:
    unit = m.group("unit").lower()
    atom = _fixed(m, _this(unit, today))
    if atom is not None and unit == "year":
        atom.year = today.year
    return atom


def _atom_to_date(m: re.Match[str], today: date) -> _Atom | None:
    raw = (m.group("unit") or m.group("abbr")).lower()
    unit = {"w": "week", "m": "month", "q": "quarter", "y": "year"}.get(raw[0], raw)
    return _fixed(m, _this(unit, today))


def _atom_last_unit(m: re.Match[str], today: date) -> _Atom | None:
    unit = m.group("unit").lower()
    atom = _fixed(m, _last_n(unit, 1, today))
    if atom is not None and unit == "year":
        atom.year = today.year - 1
    return atom


def _atom_last_n(m: re.Match[str], today: date) -> _Atom | None:
    n = _count(m.group("n"))
    if n is None:
        return None
    unit = _unit(m.group("unit"))
    if unit == "day" and m.group("unit").lower() == "d" and not m.group("n").isdigit():
        return None
    try:
        return _fixed(m, _last_n(unit, n, today))
    except (ValueError, OverflowError):  # "last 2026 years": before year 1
        return None


def _atom_l_nd(m: re.Match[str], today: date) -> _Atom | None:
    return _fixed(m, _last_n("day", int(m.group("n")), today))


def _atom_ago(m: re.Match[str], today: date) -> _Atom | None:
    n = _count(m.group("n"))
    if n is None:
        return None
    try:
        return _fixed(m, _ago(_unit(m.group("unit")), n, today))
    except (ValueError, OverflowError):
        return None


def _atom_today(m: re.Match[str], today: date) -> _Atom | None:
    word = m.group(0).lower()
    if word == "today":
        return _fixed(m, (today, today))
    back = 2 if "before" in word else 1
    d = today - timedelta(days=back)
    return _fixed(m, (d, d))


def _atom_weekend(m: re.Match[str], today: date) -> _Atom | None:
    which = (m.group("which") or "").lower()
    saturday = _monday(today) + timedelta(days=5)
    if which in ("last", "past", "previous", "prior") or saturday > today:
        saturday -= timedelta(days=7)
    return _fixed(m, (saturday, min(saturday + timedelta(days=1), today)))


def _atom_weekday(m: re.Match[str], today: date) -> _Atom | None:
    which = (m.group("which") or "").lower()
    if not which and _prev_word(m.string, m.start()) in ("every", "each", "next"):
        return None  # a schedule ("every Monday") or the future, not a period
    wd = WEEKDAY_NUMBERS[m.group("wd").lower()]
    if which == "this":
        d = _monday(today) + timedelta(days=wd)
    else:
        d = today - timedelta(days=(today.weekday() - wd) % 7)
        if which and d == today:  # "last Monday" on a Monday: a week ago
            d -= timedelta(days=7)
    return _fixed(m, (d, d))


def _atom_before_last(m: re.Match[str], today: date) -> _Atom | None:
    return _fixed(m, _ago(m.group("unit").lower(), 2, today))


_US_DATE_CONTEXT = re.compile(
    r"(?:\b(?:since|from|on|to|between|through|thru|until|till|and|for|starting|of)\s+(?:the\s+)?"
    r"|\d{1,2}/\d{1,2}\s*(?:-|–|—|to|through|thru|until|till|and)\s*)$",
    re.IGNORECASE,
)
_US_DATE_NEXT = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*\d{1,2}/\d{1,2}\b", re.I)


def _atom_us_date(m: re.Match[str], today: date) -> _Atom | None:
    """US style month/day[/year]: "10/1/2026" always; a year-less "10/1" only where it reads as a
    date ("since 10/1", "10/1 - 10/15"), since "3/5" alone may be a score or a fraction."""
    mon, day, raw_year = int(m.group("m")), int(m.group("d")), m.group("y")
    if raw_year is None:
        lo = max(0, m.start() - 24)
        if not (
            _US_DATE_CONTEXT.search(m.string, lo, m.start())
            or _US_DATE_NEXT.match(m.string, m.end())
        ):
            return None
    if not 1 <= mon <= 12 or not 1 <= day <= calendar.monthrange(2024, mon)[1]:
        return _Atom(m.start(), m.end(), valid=False)
    if raw_year is None:
        return _Atom(m.start(), m.end(), occ=lambda y: _day_range(y, mon, day), day=True)
    year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
    r = _day_range(year, mon, day)
    return _Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


def _atom_start_of(m: re.Match[str], today: date) -> _Atom | None:
    first = _this(m.group("unit").lower(), today)[0]
    return _fixed(m, (first, first))


_I = re.IGNORECASE
_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], date], _Atom | None]]] = [
    (re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b(?![-/]\d)"), _atom_iso_date),
    (
        re.compile(
            r"(?<![\w/.-])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b(?![/.-]\d)"
        ),
        _atom_us_date,
    ),
    (re.compile(r"\b(\d{4})-(\d{2})\b(?![-/]\d)"), _atom_iso_month),
    (
        re.compile(
            rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_MON}\s*(?:the\s+)?{_DAY}(?:,?\s*{_YEAR})?(?![-/:]?\d)",
            _I,
        ),
        _atom_month_day,
    ),
    (
        re.compile(
            rf"\b(?:{_WD},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MON}(?:,?\s*{_YEAR})?(?![-/:]?\d)",
            _I,
        ),
        _atom_month_day,
    ),
    (
        re.compile(
            rf"\b{_MON}\s*{_DAY}\s*(?:-|–|—|to|through|thru|until|till)\s*"
            rf"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s*{_YEAR})?(?![-/:]?\d)",
            _I,
        ),
        _atom_month_day_span,
    ),
    (
        re.compile(
            r"\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|thru|until|till)\s*"
            rf"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:\s+of)?\s+{_MON}"
            rf"(?:,?\s*{_YEAR})?(?![-/:]?\d)",
            _I,
        ),
        _atom_month_day_span,
    ),
    (re.compile(rf"\b{_MON}(?:(?:\s+of)?,?\s*{_YEAR})?(?![-/:]?\d)", _I), _atom_month),
    (
        re.compile(
            r"\bQ(?P<q>[1-4])\b(?:\s*(?:of\s+|-|/)?\s*(?P<year>20\d\d)(?!\d)|\s*['’](?P<yy>\d\d)\b)?",
            _I,
        ),
        _atom_quarter,
    ),
    (re.compile(r"\b(?P<year>20\d\d)\s*[-/ ]?\s*Q(?P<q>[1-4])\b(?P<yy>)", _I), _atom_quarter),
    (
        re.compile(
            r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:fiscal\s+)?quarter"
            r"(?:\s+of\s+the\s+year\b|(?:\s+of)?\s+(?P<year>20\d\d)(?!\d))?(?P<yy>)",
            _I,
        ),
        _atom_quarter_words,
    ),
    (
        re.compile(
            r"\bH(?P<h>[12])\b(?:\s*(?:of\s+|-|/)?\s*(?P<year>20\d\d)(?!\d)|\s*['’](?P<yy>\d\d)\b)?",
            _I,
        ),
        _atom_half,
    ),
    (re.compile(r"\b(?P<year>20\d\d)\s*[-/ ]?\s*H(?P<h>[12])\b(?P<yy>)", _I), _atom_half),
    (
        re.compile(
            r"\b(?P<ord>first|second|1st|2nd|last|final)\s+half"
            r"(?:\s+of\s+the\s+year\b|(?:\s+of)?\s+(?P<year>20\d\d)(?!\d))?(?P<yy>)",
            _I,
        ),
        _atom_half_words,
    ),
    (re.compile(r"(?<![\w#$.,/:-])(?P<year>20\d\d)(?![\w%]|[.,:]\d|[-/]\d)(?P<yy>)"), _atom_year),
    (re.compile(r"\b(?:today|yesterday|(?:the\s+)?day\s+before\s+yesterday)\b", _I), _atom_today),
    (
        re.compile(
            r"\b(?:this|current)\s+(?:calendar\s+)?(?P<unit>week|month|quarter|year)\b"
            r"(?:\s+(?:so\s+far|to\s+date))?",
            _I,
        ),
        _atom_this,
    ),
    (
        re.compile(
            r"\b(?:(?P<unit>week|month|quarter|year)[\s-]+to[\s-]+date|(?P<abbr>wtd|mtd|qtd|ytd))\b",
            _I,
        ),
        _atom_to_date,
    ),
    (
        re.compile(
            r"\b(?:last|previous|prior|past)\s+(?:(?:full|whole|complete|calendar)\s+)?"
            r"(?P<unit>week|month|quarter|year)\b",
            _I,
        ),
        _atom_last_unit,
    ),
    (
        re.compile(
            rf"\b(?:last|past|previous|prior|trailing|rolling)\s+{_N}\s*"
            rf"(?:(?:full|whole|complete|calendar)\s+)?{_UNIT}\b",
            _I,
        ),
        _atom_last_n,
    ),
    (re.compile(r"\bL(?P<n>\d{1,3})D\b", _I), _atom_l_nd),
    (
        re.compile(
            rf"\b(?P<n>\d{{1,4}}|an?|{CARDINAL_PATTERN})\s+"
            r"(?P<unit>days?|weeks?|months?|quarters?|years?)\s+ago\b",
            _I,
        ),
        _atom_ago,
    ),
    (
        re.compile(r"\b(?:(?P<which>this|last|past|previous|prior)\s+)?weekend\b", _I),
        _atom_weekend,
    ),
    (
        re.compile(rf"\b(?:(?P<which>this|last|past|previous)\s+)?(?P<wd>{_WD})\b", _I),
        _atom_weekday,
    ),
    (
        re.compile(r"\b(?:the\s+)?(?P<unit>week|month|quarter|year)\s+before\s+last\b", _I),
        _atom_before_last,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
            r"(?P<unit>week|month|quarter|year)\b",
            _I,
        ),
        _atom_start_of,
    ),
]


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words a rule cannot match without: a substring test is far cheaper than a regex scan.
_NEEDLES: dict[Callable[[re.Match[str], date], _Atom | None], tuple[str, ...]] = {
    _atom_month_day: _MONTH_STEMS,
    _atom_month_day_span: _MONTH_STEMS,
    _atom_month: _MONTH_STEMS,
    _atom_quarter_words: ("quarter",),
    _atom_half_words: ("half",),
    _atom_today: ("today", "yesterday"),
    _atom_this: ("this", "current"),
    _atom_to_date: ("date", "td"),
    _atom_last_unit: ("last", "previous", "prior", "past"),
    _atom_last_n: ("last", "previous", "prior", "past", "trailing", "rolling"),
    _atom_ago: ("ago",),
    _atom_weekend: ("weekend",),
    _atom_weekday: ("day",),
    _atom_before_last: ("before last",),
    _atom_start_of: ("start", "beginning"),
}


def _atoms(text: str, today: date) -> list[_Atom]:
    found: list[tuple[int, int, int, _Atom]] = []
    lowered = text.lower()
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
    chosen: list[_Atom] = []
    last_end = -1
    for start, _, _, atom in found:
        if start >= last_end:
            chosen.append(atom)
            last_end = atom.end
    return chosen


# ---------------------------------------------------------------- combinations

_RANGE_GAP = re.compile(
    r"\s*(?:-|–|—|\.\.)\s*|\s+(?:to|until|till|til|thru|through|up\s+to)\s+", _I
)
_YEAR_GAP = re.compile(r",?\s+(?:of\s+|in\s+)?", _I)
_AND_GAP = re.compile(r"\s+and\s+", _I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", _I)
_SINCE_BEFORE = re.compile(
    r"\b(?:(?:ever\s+)?since|starting(?:\s+(?:from|on|in|with))?|beginning(?:\s+(?:from|on|in))?)"
    r"\s+(?:the\s+)?$",
    _I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", _I)
_ONWARDS_AFTER = re.compile(
    r"\s*(?:on(?:wards?)|to\s+date|to\s+now|until\s+now|till\s+now|and\s+after|and\s+later)\b", _I
)
_WEEK_OF_BEFORE = re.compile(
    r"\b(?:the\s+)?week\s+(?:of|starting|beginning|commencing|from)(?:\s+on)?\s+(?:the\s+)?$", _I
)
_PREFIX_BEFORE = re.compile(
    r"(?:\b(?:in|during|for|over|on|from|within|throughout|across)\s+)?(?:\bthe\s+)?"
    r"(?:\b(?:month|year|quarter|week)\s+of\s+)?$",
    _I,
)
_LOOKBEHIND = 48


def _before(pattern: re.Pattern[str], text: str, pos: int, floor: int) -> int | None:
    """Start of `pattern` matching right up to `pos` (not before `floor`), or None."""
    lo = max(floor, pos - _LOOKBEHIND)
    m = pattern.search(text[lo:pos])
    if m is None or m.start() == m.end():
        return None
    return lo + m.start()


def _prefix_start(text: str, pos: int, floor: int) -> int:
    """Where the prepositions in front of a phrase begin ("in", "over the", "for the month of")."""
    found = _before(_PREFIX_BEFORE, text, pos, floor)
    return pos if found is None else found


def _range(a: _Atom, b: _Atom, today: date) -> Range | None:
    if not (a.valid and b.valid):
        return None
    if a.occ is not None and b.occ is not None:
        ra = _latest_begun(a.occ, today)
        rb = _earliest_from(b.occ, ra[0]) if ra else None
    elif a.occ is not None:
        rb = b.fixed
        ra = _latest_until(a.occ, rb[0]) if rb else None
    elif b.occ is not None:
        ra = a.fixed
        rb = _earliest_from(b.occ, ra[0]) if ra else None
    else:
        ra, rb = a.fixed, b.fixed
    if ra is None or rb is None:
        return None
    end = rb[1]
    if b.named or a.occ is not None or b.occ is not None:
        # a range of names without a year, or ending in a period in progress, ends today
        end = _clip((ra[0], end), today)[1]
    return (ra[0], end) if ra[0] <= end else None


_Found = tuple[Range, int, int]  # dates, span start, span end


def _pair(text: str, a: _Atom, b: _Atom, today: date, floor: int) -> _Found | None:
    """Two adjacent atoms read as one period: "Q3 last year", "from A to B", "between A and B"."""
    if a.occ is not None and b.year is not None and _YEAR_GAP.fullmatch(text, a.end, b.start):
        in_year = a.occ(b.year)  # "Q3 last year", "March of 2025": a named period in a year
        if in_year is None:
            return None
        return (
            (_clip(in_year, today) if a.named else in_year),
            _prefix_start(text, a.start, floor),
            b.end,
        )
    between = _before(_BETWEEN_BEFORE, text, a.start, floor)
    if not (
        _RANGE_GAP.fullmatch(text, a.end, b.start)
        or (between is not None and _AND_GAP.fullmatch(text, a.end, b.start))
    ):
        return None
    r = _range(a, b, today)
    if r is None:
        return None
    start = between if between is not None else _prefix_start(text, a.start, floor)
    return r, start, b.end


def _single(text: str, a: _Atom, today: date, floor: int) -> _Found | None:
    """One atom with the words around it: "since A", "from A onwards", "week of A", "in A"."""
    ra = a.resolve(today)
    if ra is None:
        return None
    if a.day:
        week_of = _before(_WEEK_OF_BEFORE, text, a.start, floor)
        if week_of is not None:
            monday = _monday(ra[0])
            return _clip((monday, monday + timedelta(days=6)), today), week_of, a.end
    since = _before(_SINCE_BEFORE, text, a.start, floor)
    from_ = _before(_FROM_BEFORE, text, a.start, floor)
    onwards = _ONWARDS_AFTER.match(text, a.end) if from_ is not None else None
    if since is not None or onwards is not None:
        if ra[0] > today:
            return None
        if since is not None:
            return (ra[0], today), since, a.end
        return (ra[0], today), from_, onwards.end()  # type: ignore[union-attr,return-value]
    return ra, _prefix_start(text, a.start, floor), a.end


def find_periods(text: str, today: date) -> list[Period]:
    """Every period phrase in `text`, in order, non-overlapping, longest at each position."""
    atoms = _atoms(text, today)
    out: list[Period] = []
    floor = 0
    i = 0
    while i < len(atoms):
        found: _Found | None = None
        try:
            if i + 1 < len(atoms):
                found = _pair(text, atoms[i], atoms[i + 1], today, floor)
                if found is not None:
                    i += 1
            if found is None:
                found = _single(text, atoms[i], today, floor)
        except (ValueError, OverflowError):  # dates beyond year 1..9999 from an extreme today
            found = None
        if found is not None:
            (start_date, end_date), start, end = found
            out.append(Period(start_date, end_date, text[start:end], (start, end)))
            floor = end
        i += 1
    return out


_LEFTOVER = re.compile(r"[\s.,;:!?()\"']*")


def parse_period(text: str, today: date) -> Period | None:
    """The period when `text` as a whole is one period phrase ("last month", "2026-10-01 to
    2026-10-31", "2026-11-03"), else None."""
    found = find_periods(text, today)
    if len(found) != 1:
        return None
    p = found[0]
    if _LEFTOVER.fullmatch(text, 0, p.span[0]) and _LEFTOVER.fullmatch(text, p.span[1]):
        return p
    return None
