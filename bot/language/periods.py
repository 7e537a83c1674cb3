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

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.language.dates import (
    Range,
    clip_to_today,
    earliest_from,
    latest_begun,
    monday_of,
    month_range,
)
from bot.language.numwords import words_to_number
from bot.language.period_atoms import Atom
from bot.language.period_refusals import future_dates, future_phrases, unreal_quarters
from bot.language.period_rules import find_atoms

_I = re.IGNORECASE


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    text: str  # the phrase as written, prepositions included ("over the last 30 days")
    span: tuple[int, int]  # character offsets of `text` in the input


def today_in(tz_name: str) -> date:
    """Today's date in the IANA time zone `tz_name` (e.g. "America/Los_Angeles")."""
    return datetime.now(ZoneInfo(tz_name)).date()


# ---------------------------------------------------------------- combinations

_RANGE_DASHES = r"-|–|—|\.\."
_RANGE_WORDS = r"\s+(?:to|until|till|til|thru|through|up\s+to)\s+"
_PLAIN_GAP = re.compile(rf"\s*(?:{_RANGE_DASHES})\s*|{_RANGE_WORDS}", _I)
# An arrow joins a range's ends as a dash does ("2026-11-16 → 2026-11-22", "Mar 1 -> Mar 7").
ARROWS_JOIN_RANGES = True
_ARROW_GAP = re.compile(rf"\s*(?:->|=>|→|⟶|⇒|➝|➔|{_RANGE_DASHES})\s*|{_RANGE_WORDS}", _I)


def _range_gap(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words between two periods, when they join them into one range."""
    return (_ARROW_GAP if ARROWS_JOIN_RANGES else _PLAIN_GAP).fullmatch(text, start, end)


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
    # a bare "on" only where the clause ends: "from Nov 1 on", not "from Nov 1 on android"
    r"\s*(?:on(?:wards?|(?=\s*(?:[,.;:!?)]|$)))|to\s+date|to\s+now|until\s+now|till\s+now|"
    r"and\s+after|and\s+later)\b",
    _I,
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


def _range(a: Atom, b: Atom, today: date) -> Range | None:
    if not (a.valid and b.valid):
        return None
    if a.occ is not None and b.occ is not None:
        ra = latest_begun(a.occ, today)
        rb = earliest_from(b.occ, ra[0]) if ra else None
    elif a.occ is not None:
        rb = b.fixed
        ra = latest_begun(a.occ, rb[0]) if rb else None
    elif b.occ is not None:
        ra = a.fixed
        rb = earliest_from(b.occ, ra[0]) if ra else None
    else:
        ra, rb = a.fixed, b.fixed
    if ra is None or rb is None:
        return None
    end = rb[1]
    if b.named or a.occ is not None or b.occ is not None:
        # a range of names without a year, or ending in a period in progress, ends today
        end = clip_to_today((ra[0], end), today)[1]
    return (ra[0], end) if ra[0] <= end else None


_Found = tuple[Range, int, int]  # dates, span start, span end


def _pair(text: str, a: Atom, b: Atom, today: date, floor: int) -> _Found | None:
    """Two adjacent atoms read as one period: "Q3 last year", "from A to B", "between A and B"."""
    if a.occ is not None and b.year is not None and _YEAR_GAP.fullmatch(text, a.end, b.start):
        in_year = a.occ(b.year)  # "Q3 last year", "March of 2025": a named period in a year
        if in_year is None:
            return None
        return (
            (clip_to_today(in_year, today) if a.named else in_year),
            _prefix_start(text, a.start, floor),
            b.end,
        )
    between = _before(_BETWEEN_BEFORE, text, a.start, floor)
    if not (
        _range_gap(text, a.end, b.start)
        or (between is not None and _AND_GAP.fullmatch(text, a.end, b.start))
    ):
        return None
    r = _range(a, b, today)
    if r is None:
        return None
    start = between if between is not None else _prefix_start(text, a.start, floor)
    return r, start, b.end


def _single(text: str, a: Atom, today: date, floor: int) -> _Found | None:
    """One atom with the words around it: "since A", "from A onwards", "week of A", "in A"."""
    ra = a.resolve(today)
    if ra is None:
        return None
    if a.day:
        week_of = _before(_WEEK_OF_BEFORE, text, a.start, floor)
        if week_of is not None:
            monday = monday_of(ra[0])
            return clip_to_today((monday, monday + timedelta(days=6)), today), week_of, a.end
    since = _before(_SINCE_BEFORE, text, a.start, floor)
    from_ = _before(_FROM_BEFORE, text, a.start, floor)
    onwards = _ONWARDS_AFTER.match(text, a.end) if from_ is not None else None
    if from_ is not None and a.point and onwards is None:
        # "from the start of the year": a moment with nothing after it runs to today
        return ((ra[0], today), from_, a.end) if ra[0] <= today else None
    if since is not None or onwards is not None:
        if ra[0] > today:
            return None
        if since is not None:
            return (ra[0], today), since, a.end
        return (ra[0], today), from_, onwards.end()  # type: ignore[union-attr,return-value]
    return ra, _prefix_start(text, a.start, floor), a.end


# "from Oct 20 to Sep 10" said in November: Sep 10 comes before Oct 20 in every year, and
# read as next year's it has not come yet; a wrap over more than half a year is a reversed
# range, refused with the reason. A shorter one ("from November to February") is a season in
# progress, and "from Dec 20 to Jan 5" runs into a new year that has begun, as before.
WRAPS_INTO_THE_FUTURE_REVERSED = True
_LONGEST_WRAP = 183  # days
# Two days without a year ("from Nov 30 to Nov 10") that wrap over more than half a year are
# reversed whether or not the later one has come: nobody names a year-long range by its days.
DAY_WRAPS_REVERSED = True


def _wraps_ahead(a: Atom, b: Atom, today: date) -> bool:
    """Two names without a year where B, in A's year, comes before A, and B's next
    occurrence after A has not begun."""
    if a.occ is None or b.occ is None or not (a.valid and b.valid):
        return False
    ra = latest_begun(a.occ, today)
    if ra is None:
        return False
    same_year = b.occ(ra[0].year)
    if same_year is None or same_year[0] >= ra[0]:
        return False
    rb = earliest_from(b.occ, ra[0])
    ahead = rb is not None and (rb[0] > today or (DAY_WRAPS_REVERSED and a.day and b.day))
    return ahead and (rb[1] - ra[0]).days > _LONGEST_WRAP  # type: ignore[index]


def _is_reversed(text: str, a: Atom, b: Atom, today: date) -> bool:
    """`from A to B` (or `between A and B`) where B ends before A begins."""
    joined = _range_gap(text, a.end, b.start) or (
        _before(_BETWEEN_BEFORE, text, a.start, 0) is not None
        and _AND_GAP.fullmatch(text, a.end, b.start)
    )
    try:
        if joined and WRAPS_INTO_THE_FUTURE_REVERSED and _wraps_ahead(a, b, today):
            return True
        if not joined or not (a.valid and b.valid) or _range(a, b, today) is not None:
            return False
        ra, rb = a.resolve(today), b.resolve(today)
    except (ValueError, OverflowError):  # dates beyond year 1..9999 from an extreme today
        return False
    return ra is not None and rb is not None and rb[1] < ra[0]


def find_periods(text: str, today: date, fiscal_start: int = 1) -> list[Period]:
    """Every period phrase in `text`, in order, non-overlapping, longest at each position."""
    return scan_periods(text, today, fiscal_start)[0]


def scan_periods(text: str, today: date, fiscal_start: int = 1) -> tuple[list[Period], list[str]]:
    """The period phrases of `text` and, for a person, why any date-like phrase cannot be
    meant: a day that does not exist ("2026-02-30"), a range that ends before it starts, a
    quarter no year has ("Q5"), a period that has not begun ("next month")."""
    atoms = find_atoms(text, today, fiscal_start)
    problems = [
        f"“{text[a.start : a.end].strip()}” is not a real date." for a in atoms if not a.valid
    ]
    problems += [
        f"“{text[a.start : b.end]}” ends before it starts."
        for a, b in zip(atoms, atoms[1:], strict=False)
        if _is_reversed(text, a, b, today)
    ]
    problems += unreal_quarters(text) + future_phrases(text, today)
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
    out = _parts_of_months(text, out, today)
    return out, problems + future_dates(text, out, today, problems)


_PART_OF = re.compile(
    r"\b(?:the\s+)?(?:(?P<which>first|last|final)\s+(?:(?P<n>\d{1,2}|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|couple\s+of)\s+)?(?P<unit>days?|weeks?)"
    r"|(?P<half>first|second|1st|2nd)\s+half)\s+(?:of|in)\s+$",
    re.I,
)


def _parts_of_months(text: str, periods: list[Period], today: date) -> list[Period]:
    """ "the first week of October", "the last 10 days of October", "the second half of
    October": that part of the month, not all of it (nor "last week" and October)."""
    out = list(periods)
    for k, p in enumerate(periods):
        month_end = month_range(p.start.year, p.start.month)[1]
        if p.start.day != 1 or p.end not in (month_end, today) or p.end < p.start:
            continue
        # "week of October" may have been read as one phrase: its "week of" is the part's
        own = _OWN_UNIT.match(p.text)
        at = p.span[0] + (own.end() if own else 0)
        m = _PART_OF.search(text, max(0, p.span[0] - 40), at)
        if m is None:
            continue
        if m.group("half"):
            second = m.group("half").lower() in ("second", "2nd")
            start, end = (
                (p.start.replace(day=16), month_end)
                if second
                else (p.start, p.start.replace(day=15))
            )
        else:
            raw = (m.group("n") or "1").lower()
            n = 2 if raw.startswith("couple") else int(words_to_number(raw) or 1)  # "a week"
            days = n * (7 if m.group("unit").lower().startswith("week") else 1)
            if not 0 < days <= month_end.day:
                continue
            first = m.group("which").lower() == "first"
            start = p.start if first else month_end - timedelta(days=days - 1)
            end = p.start + timedelta(days=days - 1) if first else month_end
        if start > today:
            continue
        if m.start() > p.span[0]:
            continue
        out[k] = Period(start, min(end, today), text[m.start() : p.span[1]], (m.start(), p.span[1]))
        # the part's words may also have been read alone ("for the second half": of the year)
        out = [
            q for q in out if q is out[k] or not (q.span[0] < p.span[0] and q.span[1] > m.start())
        ]
    return out


_OWN_UNIT = re.compile(r"(?:the\s+)?(?:weeks?|days?)\s+(?:of|in)\s+", re.I)


_LEFTOVER = re.compile(r"[\s.,;:!?()\"']*")


def parse_period(text: str, today: date, fiscal_start: int = 1) -> Period | None:
    """The period when `text` as a whole is one period phrase ("last month", "2026-10-01 to
    2026-10-31", "2026-11-03"), else None."""
    found = find_periods(text, today, fiscal_start)
    if len(found) != 1:
        return None
    p = found[0]
    if _LEFTOVER.fullmatch(text, 0, p.span[0]) and _LEFTOVER.fullmatch(text, p.span[1]):
        return p
    return None
