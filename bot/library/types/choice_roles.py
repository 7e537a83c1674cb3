"""What a named choice does in the sentence: measured or grouped by.

"the average, minimum and maximum age for different majors" names two choices of a grouping
parameter (`by: [major, age]`): "age" follows the aggregates, so it is what is measured; the
rows are per major. English words only; the choices come from the library.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language.textnorm import stem, words
from bot.library.types.base import ParamDef

# A choice said right after an aggregate ("average age") is what is measured: the grouping
# parameter takes another choice the request names without one.
MEASURED_IS_NO_GROUP = True
_AGGREGATE_WORDS = frozenset(
    ["average", "avg", "mean", "minimum", "min", "maximum", "max", "total", "sum", "median"]
)
_REACH = 2  # words before a choice an aggregate may stand in ("the average student age")

Hit = tuple[str, int, int]


def _measured(text: str, start: int) -> bool:
    before = [w for w, _s, _e in words(text[max(0, start - 40) : start])][-_REACH:]
    return any(w in _AGGREGATE_WORDS for w in before)


# A choice listed among the columns before "of" ("the city and name of bank branches") is
# shown, not what the rows are per: a grouping takes the choice named right after "of".
LISTED_IS_NO_GROUP = True
_LIST_TO_OF = re.compile(r"(?:\s*(?:,|and|&)?\s*[a-z]+){0,4}?\s+of\s+", re.I)
# The choice after "of" is looked for with the whole list blanked, not only the hit: a list may
# name the same choice twice ("the film title and inventory id of the item": film, title).
LIST_BLANKED_BEFORE_OF = True
# A listed choice said with its id ("the title and inventory id of the film") is what the rows
# are per: an id shown names one row, whatever the words after "of" say.
LISTED_ID_IS_THE_GRAIN = True
_ID_AFTER = re.compile(r"\s+ids?\b", re.I)
_OF_REACH = 20  # characters after "of" the head noun may start in ("of all the bank branches")
# An order is read by its own rules (bot.matching.order_said), not as what rows are per.
_ORDER_NAMES = frozenset(["sort", "order", "sort_by", "order_by", "ordering"])


def _listed_before_of(text: str, hit: Hit) -> int:
    """Where the words after "of" start when `hit` is listed before an "of", else 0."""
    m = _LIST_TO_OF.match(text, hit[2])
    return m.end() if m else 0


def grouped_instead(
    p: ParamDef, text: str, hit: Hit, find: Callable[[ParamDef, str], Hit | None]
) -> Hit:
    """For a parameter with a default (a grouping, not a filter): when `hit` is measured and
    another choice is named without an aggregate before it, that one; else `hit`."""
    grouping = p.default is not None and p.name.lower() not in _ORDER_NAMES
    said_id = LISTED_ID_IS_THE_GRAIN and _ID_AFTER.match(text, hit[2]) is not None
    if LISTED_IS_NO_GROUP and grouping and not said_id and (of := _listed_before_of(text, hit)):
        if LIST_BLANKED_BEFORE_OF:
            rest = " " * of + text[of:]
        else:
            rest = text[: hit[1]] + " " * (hit[2] - hit[1]) + text[hit[2] :]
        other = find(p, rest)
        if other is not None and other[0] != hit[0] and of <= other[1] <= of + _OF_REACH:
            return other  # "the city and name of bank branches": rows per branch
    if not MEASURED_IS_NO_GROUP or p.default is None or not _measured(text, hit[1]):
        return hit
    rest, other = text, hit
    for _ in range(5):
        rest = rest[: other[1]] + " " * (other[2] - other[1]) + rest[other[2] :]
        found = find(p, rest)
        if found is None:
            return hit
        other = found
        if other[0] != hit[0] and not _measured(text, other[1]):
            return other
    return hit


# "loans by bank branches in the state of New York", for a query that groups by branch, city
# or state and has no state filter: the row asked for is New York's, so the rows are per state.
THE_CHOICE_OF_A_NAME = True
_CHOICE_OF_NAME = re.compile(r"\bthe\s+([a-z]+)\s+of\s+(?=[A-Z][a-z])")


def choice_of_a_name(
    p: ParamDef,
    text: str,
    hit: Hit,
    siblings: tuple[ParamDef, ...],
    find: Callable[[ParamDef, str], Hit | None],
) -> Hit:
    """A grouping choice said as "the <choice> of <Name>", when no other parameter of the
    query filters by it: that choice; else `hit`."""
    if not THE_CHOICE_OF_A_NAME or p.default is None or p.name.lower() in _ORDER_NAMES:
        return hit
    for m in _CHOICE_OF_NAME.finditer(text):
        said = find(p, " " * m.start(1) + m[1])
        if said is None or said[0] == hit[0] or (said[1], said[2]) != m.span(1):
            continue
        if any(stem(said[0]) in {stem(w) for w in s.name.lower().split("_")} for s in siblings):
            continue  # "the state of New York" is that filter's value, read by it
        return said
    return hit


# "non-scholarship athletes": a choice said with "non-" is the other of two choices (of more,
# none: which of the others is not said).
NON_PREFIX_NEGATES = True
_NON = re.compile(r"\bnon[\s-]?$", re.I)


def negated_by_prefix(p: ParamDef, text: str, hit: Hit) -> Hit | None:
    """`hit`, or the other of two choices when "non-" stands right before it (None of more)."""
    if not NON_PREFIX_NEGATES or not _NON.search(text[: hit[1]]):
        return hit
    others = [c for c in p.choices if c != hit[0]]
    return (others[0], hit[1], hit[2]) if len(others) == 1 else None


# "the name of the aircraft that has won the most", "list the names and ages of pilots": a sort
# choice listed as a column shown ("<choice> of …" after "the" or a listing verb) is what is
# shown, not the order; the sort takes another choice named, else stays at its default.
LISTED_IS_NO_ORDER = True
_LISTED_HEAD = re.compile(
    r"(?:^|[,;:]|\b(?:the|list|show|give|display|return|find|all|and|their|its|his|her))\s*$",
    re.I,
)
_OF_AFTER = re.compile(r"\w*\s+of\s", re.I)


def listed_not_order(
    p: ParamDef, text: str, hit: Hit, find: Callable[[ParamDef, str], Hit | None]
) -> Hit | None:
    """For a sort parameter, the first choice named in `text` that is not listed as a column
    shown ("the name of …"); `hit` when it is not one or is the default (the order it runs
    anyway); the default, said where `hit` is, when every choice named is (the words still
    fit the query: only the order they seemed to name is not meant)."""
    if not LISTED_IS_NO_ORDER or p.name.lower() not in _ORDER_NAMES or hit[0] == p.default:
        return hit
    rest, found = text, hit
    for _ in range(5):
        listed = _OF_AFTER.match(rest, found[2]) and _LISTED_HEAD.search(rest[: found[1]])
        if not listed:
            return found
        rest = rest[: found[1]] + " " * (found[2] - found[1]) + rest[found[2] :]
        nxt = find(p, rest)
        if nxt is None:
            return None if p.default is None else (str(p.default), hit[1], hit[2])
        found = nxt
    return hit
