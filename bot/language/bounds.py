"""Which way a bound points: from the words before a number ("more than 3" up, "before 2000"
down) and from a parameter's name ("made_after", "min_stars" up; "price_below" down).
General English only.
"""

from __future__ import annotations

import re

from bot.language.textnorm import words

_UP_WORDS = {"over", "above", "after", "since", "exceeding", "exceeds", "exceed", "past"}
_DOWN_WORDS = {"under", "below", "before", "until", "till", "within"}
# "enrollment is greater 18000": a comparison with its "than" left out
_UP_WORDS |= {"greater", "larger", "bigger", "higher"}
_DOWN_WORDS |= {"smaller", "fewer", "lower"}
_UP_BEFORE_THAN = {"more", "greater", "higher", "larger", "bigger", "longer", "later", "older"}
_DOWN_BEFORE_THAN = {
    "less",
    "fewer",
    "lower",
    "smaller",
    "shorter",
    "earlier",
    "younger",
    "cheaper",
}
# "taller than 195 cm", "lighter than 80 kg": comparatives of size and weight point as
# "more" / "less" do ("faster" and "slower" say nothing of which way a time goes).
SIZE_COMPARATIVES = True
_UP_SIZE = frozenset(["taller", "heavier", "wider", "deeper", "thicker", "costlier", "pricier"])
_DOWN_SIZE = frozenset(["lighter", "thinner", "narrower", "shallower"])
_UP_NAME_PARTS = {"above", "over", "after", "min", "minimum", "from", "since", "gt", "gte", "least"}
_DOWN_NAME_PARTS = {"below", "under", "before", "max", "maximum", "until", "lt", "lte", "most"}
# `from_year` / `to_year`: "to" closes a range as "from" opens it.
TO_IS_AN_UPPER_BOUND = True


def bound_direction(before: tuple[str, ...]) -> int:
    """+1 when the words before a number make it a lower bound ("more than", "at least",
    "after"), -1 for an upper bound ("under", "at most", "before"), 0 when they say neither."""
    if not before:
        return 0
    last = before[-1]
    # "between 3 and 5": the first a lower bound, the second an upper one.
    if last == "between":
        return 1
    if last == "and" and len(before) >= 3 and before[-3] == "between":
        return -1
    if last in _UP_WORDS:
        return 1
    if last in _DOWN_WORDS:
        return -1
    if len(before) >= 2:
        prev = before[-2]
        if last == "than":
            up, down = _UP_BEFORE_THAN, _DOWN_BEFORE_THAN
            if SIZE_COMPARATIVES:
                up, down = up | _UP_SIZE, down | _DOWN_SIZE
            if prev not in up | down and len(before) >= 3:
                prev = before[-3]  # "more expensive than", "less often than"
            return 1 if prev in up else -1 if prev in down else 0
        if prev == "at" and last in ("least", "most"):
            return 1 if last == "least" else -1
    return 0


def name_direction(name: str) -> int:
    """+1 for a parameter that holds a lower bound (`made_after`, `min_stars`), -1 for an
    upper bound (`price_below`, `max_age`), 0 otherwise."""
    downs = _DOWN_NAME_PARTS | {"to"} if TO_IS_AN_UPPER_BOUND else _DOWN_NAME_PARTS
    if NAME_BOUND_LAST:
        for part in reversed(name.lower().split("_")):
            if part in _UP_NAME_PARTS or part in downs:
                return 1 if part in _UP_NAME_PARTS else -1
        return 0
    parts = set(name.lower().split("_"))
    up, down = bool(parts & _UP_NAME_PARTS), bool(parts & downs)
    return 0 if up == down else (1 if up else -1)


# The bound word last in a parameter's name says its bound: `max_salary_at_least` is a lower
# bound on the maximum salary, `min_price_below` an upper bound on the minimum price.
NAME_BOUND_LAST = True


# "no more than 10", "not over 5": a negated comparison is the opposite bound, inclusive;
# "a maximum of 10", "up to 10", "min 3": a bound said with a noun; "at most participated in
# 30": a bound said before its verb. Each is rewritten as the "at most" / "at least" every
# reading of a bound knows.
NEGATED_AND_NAMED_BOUNDS = True
_NEGATIONS = frozenset(["no", "not", "never"])
_MAX_NOUNS = frozenset(["maximum", "max"])
_MIN_NOUNS = frozenset(["minimum", "min"])
_VERB_LINKS = frozenset(["in", "on", "for", "with", "to"])


def canonical_bound(before: tuple[str, ...]) -> tuple[str, ...]:
    """`before` (the words before a number) with a negated or named bound said as "at most" /
    "at least"; unchanged when it says neither."""
    if not NEGATED_AND_NAMED_BOUNDS or not before:
        return before
    ws = list(before)
    noun_at = len(ws) - 2 if ws[-1] == "of" and len(ws) >= 2 else len(ws) - 1
    if ws[noun_at] in _MAX_NOUNS | _MIN_NOUNS:
        said = ("at", "most") if ws[noun_at] in _MAX_NOUNS else ("at", "least")
        return (*ws[:noun_at], *said)[-4:]
    if ws[-2:] == ["up", "to"]:
        return (*ws[:-2], "at", "most")[-4:]
    # "who have at most participated in 30 races": the bound said before its verb
    if (
        len(ws) >= 4
        and ws[-4] == "at"
        and ws[-3] in ("least", "most")
        and ws[-2].endswith("ed")
        and ws[-1] in _VERB_LINKS
    ):
        return (*ws[:-4], ws[-2], ws[-1], "at", ws[-3])[-4:]
    way = bound_direction(before)
    if not way or ws[-2:-1] == ["at"]:
        return before
    # where the comparison starts: "more than", "more expensive than", or one word ("over")
    start = len(ws) - 1
    if ws[-1] == "than":
        start = len(ws) - 2
        if ws[start] not in _UP_BEFORE_THAN | _DOWN_BEFORE_THAN and start >= 1:
            start -= 1
    if start >= 1 and ws[start - 1] in _NEGATIONS:
        said = ("at", "most") if way > 0 else ("at", "least")
        return (*ws[: start - 1], *said)[-4:]
    return before


# "salary between 1000 and 2000", "from 1500 to 2000": a year-like number that closes a range
# opened by a number that is no year is the range's end, a number, not the year 2000.
RANGE_ENDS_ARE_NUMBERS = True
_OPENED_BY_NUMBER = re.compile(
    r"\b(?:between|from|range|ranging)\s+(?:of\s+)?[$€£]?(?P<low>\d[\d,]*(?:\.\d+)?)[kK]?\s*"
    r"(?:dollars|usd|euros?)?\s*(?:and|to|through|-|–)\s*[$€£]?\s*$",
    re.I,
)


def ends_a_number_range(text: str, start: int) -> bool:
    """The year-like number at `start` closes a range whose first end is no year."""
    if not RANGE_ENDS_ARE_NUMBERS:
        return False
    m = _OPENED_BY_NUMBER.search(text[max(0, start - 40) : start])
    if m is None:
        return False
    low = m.group("low").replace(",", "")
    return not (
        len(low) == 4 and low.isdigit() and 1000 <= int(low) <= 2100 and low[:2] in ("19", "20")
    )


# "3 or more bookings", "5+ courses", "two or fewer": the bound said after the number reads
# as the same bound said before it ("at least 3 bookings"), so every reading of a bound sees it.
BOUND_AFTER_NUMBER = True
_OR_UP = frozenset(["more", "over", "above", "greater", "higher", "later", "after", "longer"])
_OR_DOWN = frozenset(["less", "fewer", "below", "under", "lower", "earlier", "before", "shorter"])
# "pilots aged 30 or younger", "25 years old or older": an age said as a bound after it, read as
# "at most 30" / "at least 25" like "3 or more" (the age's "years old" may stand between).
AGE_BOUND_AFTER_NUMBER = True
# "taller than 200 or lower than 190": "or lower than" starts another comparison, it says no
# bound of the number before it ("200 or lower").
OR_THAN_IS_ANOTHER_BOUND = True
_OR_OLDER, _OR_YOUNGER = frozenset(["older"]), frozenset(["younger"])


# "a price larger than or equal to $180", ">= 180", "≤ 200": an inclusive bound, read as
# "at least" / "at most" (and "> 5" as "more than 5"), which every reading of a bound knows.
INCLUSIVE_COMPARISONS = True
_UP_SAID = "more|greater|higher|larger|bigger|over|above|later|longer|older"
_DOWN_SAID = "less|fewer|lower|smaller|under|below|earlier|shorter|younger"
_OR_EQUAL = re.compile(
    rf"(?:\b(?:(?P<up>{_UP_SAID})|(?P<down>{_DOWN_SAID}))\s+(?:than\s+)?or\s+equals?(?:\s+to)?"
    r"|(?P<ge>>=|=>|≥)|(?P<le><=|=<|≤)|(?P<gt>>)|(?P<lt><))\s*[$€£]?\s*$",
    re.I,
)


def inclusive_before(text: str, start: int, before: tuple[str, ...]) -> tuple[str, ...]:
    """`before` of a number at `start`, an "or equal" comparison or a sign said as words."""
    m = _OR_EQUAL.search(text[max(0, start - 40) : start])
    if m is None:
        return before
    if m.group("up") or m.group("ge"):
        said: tuple[str, ...] = ("at", "least")
    elif m.group("down") or m.group("le"):
        said = ("at", "most")
    else:
        said = ("more", "than") if m.group("gt") else ("less", "than")
    cut = max(0, start - 40) + m.start()  # where the comparison starts
    head = [w for w, _s, _e in words(text[max(0, cut - 40) : cut])]
    return (*head[-2:], *said)


def bound_after(
    text: str, end: int, before: tuple[str, ...], after: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`before`/`after` of a number ending at `end` with a bound said after it moved before it."""
    if text[end : end + 1] == "+":
        return (*before, "at", "least")[-4:], after
    # "3 or more", and "3 stars or higher" with the unit between
    at = 0 if after[:1] == ("or",) else 1 if after[1:2] == ("or",) else -1
    up, down = _OR_UP, _OR_DOWN
    rest = [w for w, _s, _e in words(text[end : end + 60])]
    said = after
    if AGE_BOUND_AFTER_NUMBER:
        up, down = up | _OR_OLDER, down | _OR_YOUNGER
        if at < 0 and rest[:3] == ["years", "old", "or"]:
            at, said = 2, tuple(rest[:4])
    if at < 0 or len(said) < at + 2 or said[at + 1] not in up | down:
        return before, after
    if OR_THAN_IS_ANOTHER_BOUND and rest[at + 2 : at + 3] == ["than"]:
        return before, after
    bound = ("at", "least") if said[at + 1] in up else ("at", "most")
    return (*before, *bound)[-4:], tuple(rest[:at] + rest[at + 2 : 5])
