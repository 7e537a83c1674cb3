"""What a number's own words say about whose it is: a year said with no bound ("made in
1980") is the query's year, and an id's number belongs to the noun before the id word
("the advisor of student with ID 1004" is the student's). Read by
bot.library.types.numbers when it picks a parameter's number. General English only.
"""

from __future__ import annotations

import math
import re

from bot.language import number_names
from bot.language.entities import COMPARATORS, Number, bound_direction, name_direction
from bot.language.textnorm import single_letters, stem
from bot.language.year_filler import LAST_YEAR
from bot.library.types import base
from bot.library.types.base import ParamDef, param_cues

YEAR_WORDS = frozenset(["year", "season"])  # a parameter's words that say it holds a year
# Words of a parameter's name that say it holds an identifier.
ID_PARTS = frozenset(["id", "code", "no", "number", "num", "nr"])

# An id's number belongs to the noun before the id word ("student with ID 1004" is the
# student's): a parameter for another thing's id, whose own noun the request says elsewhere
# ("the advisor of …"), does not take it.
ID_OWNER_SAID = True
_ID_LINKS = frozenset(["with", "whose", "having", "the", "a", "an", "of", "its", "their"])


def id_of_another(num: Number, param: ParamDef, ctx: base.WordsContext) -> bool:
    """`num` follows an id word whose owner noun is none of `param`'s words, while a noun of
    `param`'s own is said elsewhere in the request."""
    owner = id_owner(num)
    cues = param_cues(param)
    nouns = {c for c in cues if c not in ID_PARTS and len(c) > 2}
    if not owner or owner in cues or not nouns:
        return False
    said = {stem(w) for w in ctx.ent.masked.lower().split()}
    return bool(nouns & said)


# A year said with no bound ("cars made in 1980") is the query's year, not a bound on it.
YEAR_SAID_IS_THE_YEAR = True


def plain_year(num: Number) -> bool:
    """`num` is written as a year (19xx, 20xx) with no bound said before it."""
    return (
        num.exact is not None
        and 1900 <= num.exact <= 2099
        and not (number_names.ID_NOUN_YEARS_ARE_IDS and num.id_like)  # "order #2024"
        and not bound_direction(num.before)
        and not (num.before and num.before[-1] in COMPARATORS)
    )


def year_param(p: ParamDef) -> bool:
    """`p` holds a year: its words say so, or its range holds only years."""
    return bool(YEAR_WORDS & param_cues(p)) or (p.min or 0) >= 1000


# A year parameter ("founded after (year)") takes no number too large to be a year: "more than
# 20000 students" is the enrolment's bound, not a founding year of 20000.
NO_YEAR_BEYOND_YEARS = True


# "students older than 25": a bound said with "older" / "younger" is an age's; a parameter
# whose words say no age (a count of registrations) does not take it.
AGE_BOUNDS_ONLY_AGES = True
_AGE_COMPARATIVES = frozenset(["older", "younger"])
_AGE_CUES = frozenset(
    stem(w) for w in ("age", "aged", "old", "older", "young", "younger", "born", "birth", "year")
)


def age_for_another(num: Number, p: ParamDef) -> bool:
    """`num` is said as an age bound ("older than 25") and `p`'s words say no age."""
    if not AGE_BOUNDS_ONLY_AGES or len(num.before) < 2 or num.before[-1] != "than":
        return False
    if num.before[-2] not in _AGE_COMPARATIVES:
        return False
    return not (param_cues(p) | {stem(w) for w in p.name.lower().split("_")}) & _AGE_CUES


def beyond_years(num: Number, p: ParamDef) -> bool:
    """`num` is too large for the year `p` holds (no maximum of `p`'s own allows it)."""
    if not NO_YEAR_BEYOND_YEARS or not year_param(p) or p.max is not None:
        return False
    return num.value > LAST_YEAR


# A parameter holding a calendar year ("opened from year", `from_year`) with no range of its own
# takes no number too small to be one: "at least two cinemas" bounds the count, no year 2.
NO_YEAR_BELOW_YEARS = True
_FIRST_YEAR = 1000


def short_of_years(num: Number, p: ParamDef) -> bool:
    """`num` is too small for the calendar year `p` holds: its name or label says "year" (not
    "years", a duration) and no minimum or maximum of its own allows a small number."""
    if not NO_YEAR_BELOW_YEARS or p.min is not None or p.max is not None:
        return False
    said = set(p.name.lower().split("_")) | set(re.findall(r"[a-z]+", (p.label or "").lower()))
    return "year" in said and "years" not in said and num.value < _FIRST_YEAR


# A number right before what a sibling's name counts ("at least two cinemas" beside
# `min_cinemas`) is that count's, not a parameter whose name counts nothing of the kind though
# its label says the word ("counting cinemas with at least (seats)" for `min_capacity`).
NAMED_COUNT_CLAIMS = True


def counted_by_another(num: Number, p: ParamDef, siblings: list[ParamDef]) -> bool:
    """The word after `num` is what another parameter's name counts, and `p`'s name no part."""
    if not NAMED_COUNT_CLAIMS or not num.after or not num.after[0].isalpha():
        return False
    noun = single_letters(stem(num.after[0]))
    if noun in _name_nouns(p):
        return False
    return any(noun in _counted(o) for o in siblings if o is not p)


def _name_nouns(p: ParamDef) -> set[str]:
    return {single_letters(stem(w)) for w in p.name.lower().split("_")}


def _counted(p: ParamDef) -> set[str]:
    """What `p`'s name counts, by its plural parts ("min_cinemas": cinema)."""
    parts = [w for w in p.name.lower().split("_") if not name_direction(w)]
    return {
        single_letters(stem(w))
        for w in parts
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss")
    }


def id_owner(num: Number) -> str:
    """The stem of the noun whose id `num` is ("student with ID 1004": student), or ""."""
    before = list(num.before)
    if not before or before[-1] not in ID_PARTS - {"number", "no"}:
        return ""
    rest = [w for w in before[:-1] if w not in _ID_LINKS]
    return stem(rest[-1]) if rest else ""


# A year said as a time ("a CSU campus in 1996", "in the year 1996") is no name or code of a
# text parameter whose words say no year: the request's year, not a campus called "1996".
A_YEAR_IS_NO_NAME = True
_TIME_WORDS = frozenset(["in", "during", "since", "until", "year"])


def year_as_time(num: Number, cues: set[str] | frozenset[str]) -> bool:
    """`num` is a year said after a word of time, and `cues` (a text parameter's) hold no year."""
    return (
        A_YEAR_IS_NO_NAME
        and plain_year(num)
        and not num.id_like
        and bool(num.before)
        and num.before[-1] in _TIME_WORDS
        and not YEAR_WORDS & cues
    )


# A number right after a noun of a parameter's ("advises student 1004" for stuid, labelled
# "student id") is that parameter's, though a row count's label names the same noun ("show
# only the first n students"): a row count's noun follows its number, never precedes it.
NOUN_BEFORE_NAMES_IT = True


def named_by_its_noun(
    num: Number, mine: set[str] | frozenset[str], rivals: list[set[str]] | list[frozenset[str]]
) -> bool:
    """The word right before `num` (no bound, no comparison) is one of `mine` (a parameter's
    words) and of none of `rivals` (the words of its numeric siblings other than row counts)."""
    if not NOUN_BEFORE_NAMES_IT or not num.before or bound_direction(num.before):
        return False
    word = num.before[-1]
    if word in COMPARATORS or not word.isalpha():
        return False
    noun = stem(word)
    return noun in mine and not any(noun in r for r in rivals)


def names_ids(param: ParamDef) -> bool:
    """Whether `param`'s name says it holds an identifier (`employee_id`, `order_no`)."""
    return bool(set(param.name.lower().split("_")) & ID_PARTS)


# A number right after the noun of an id parameter ("orders above 500 for customer 8", "flight
# 33") names that row: the id takes it before a number its noun only follows ("500 for
# customer"), and a bound never does. Here, not in bot.matching.signals: types read no matching.
NUMBER_NAMES_A_ROW = True


def names_a_row(
    num: Number,
    param: ParamDef,
    mine: set[str] | frozenset[str],
    rivals: list[set[str]] | list[frozenset[str]],
) -> bool:
    """`num` is said right after a noun of the id parameter `param` ("customer 8") and is no
    bound or quantity by its words."""
    if not NUMBER_NAMES_A_ROW or num.percent or num.money:
        return False
    label = (param.label or "").lower().split()
    if not names_ids(param) and not (label and label[-1] in ID_PARTS):
        return False  # neither `flight_id` nor labelled "flight number"
    whole = math.isfinite(num.value) and num.value == int(num.value)  # "order 1e400": inf
    return whole and named_by_its_noun(num, mine, rivals)


def counts_noun(num: Number, cues: set[str] | frozenset[str]) -> bool:
    """`num` stands before a plural of one of `cues` and after none ("the 3 employees")."""
    if num.id_like or not num.after or not num.after[0].endswith("s"):
        return False
    return stem(num.after[0]) in cues and not {stem(w) for w in num.before[-2:]} & cues


def counts_other(num: Number) -> bool:
    """`num` stands before a noun it counts: a plural, or a singular after one ("one movie"),
    that is no year word."""
    if not num.after or not num.after[0].isalpha() or stem(num.after[0]) in YEAR_WORDS:
        return False
    noun = num.after[0]
    if noun.endswith("s") and not noun.endswith("ss"):
        return True
    return num.value == 1 and noun not in COMPARATORS and len(noun) > 2


def clock_piece(num: Number) -> bool:
    """`num` stands beside another bare number, as in a time of day ("09:00:00")."""
    return any(w.isdigit() for w in num.before[-1:] + num.after[:1])
