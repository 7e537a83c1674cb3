"""Words the chosen query left unused that the request said as a restriction or as what it
counts: "MRR by plan but only annual-billing subscriptions", "how many signups … from APAC" answered
by revenue per region, "users who used search" (a relative clause: its object only, Spider's
questions say "the artists who have produced the most songs" with verbs no library header
holds). Running the query would drop
what the person asked to narrow to, or count something else: a ticket, as for a dropped value.
General English only: which words were unused comes from the library (bot.matching.said_unused).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from bot.language.textnorm import stem
from bot.language.wordlists import SUPERLATIVES
from bot.library.model import QueryDef
from bot.matching.readings import SORT_PARAMS
from bot.matching.sql_words import bare_sql

# "only X", "just X": the words right after the restricting word ("clothing only" names a
# value the query took).
_ONLY = r"(?:only|just|exclusively|solely)"
_COUNTED = r"\bhow\s+many\s+(?:(?:different|distinct|unique|separate|new|total)\s+)?"
# Words after "how many" that say how it counts, not what ("how many different cities", "how
# many times"), and people in general.
_NO_SUBJECT = frozenset(
    ["different", "distinct", "unique", "separate", "total", "times", "more", "people", "ppl"]
)
_RESTRICTION = re.compile(rf"\b{_ONLY}\s+(?:(?:the|a|an|our)\s+)?|{_COUNTED}", re.I)
# "users who used search", "customers that have bought gift cards": the object of a relative
# clause's verb narrows the rows. Only the object counts, never the verb ("the artists who have
# produced the most songs": Spider's verbs are no library words), and only a past or present
# tense verb of a clause that starts right after a plural noun.
RELATIVE_CLAUSE_OBJECT = True
_RELATIVE = re.compile(
    r"\b\w+s\s+(?:who|that)\s+(?:(?:have|has|had|did|do|does|also|ever|already)\s+)*"
    r"\w+(?:ed|s)\s+(?:(?:the|a|an|any|some|our)\s+)?$",
    re.I,
)


def restricted_unused(text: str, ignored: list[str]) -> list[str]:
    """The words of `ignored` that `text` says right after a restricting word ("only", "how
    many"): what the request narrows to or counts."""
    out = []
    for word in ignored:
        if word.lower() in _NO_SUBJECT:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            before = text[max(0, m.start() - 40) : m.start()]
            if any(r.end() == len(before) for r in _RESTRICTION.finditer(before)) or (
                RELATIVE_CLAUSE_OBJECT and _RELATIVE.search(before)
            ):
                out.append(word)
                break
    return out


# "top customers on the enterprise plan" from a list of churned customers: "top" asks for a
# ranking the best query's result cannot make (no ORDER BY … LIMIT, no row count).
_RANKING = frozenset(["top", "bottom"])
# Any superlative left unused asks for one too ("the driver who has the smallest laptime" from a
# listing of lap times by race), unless the result sorts by a figure (ORDER BY … DESC) or shows
# a maximum or minimum, or any figure per row (a count, a sum), which the person reads off.
UNRANKED_SUPERLATIVES = True
_SUPERLATIVES = frozenset(SUPERLATIVES)


# Said anywhere in the request, not only among its unused words ("the project which has the most
# scientists" from an overview of counts: "most" is no word a query's header is scored by).
SAID_SUPERLATIVES = True
_SAID = re.compile(rf"(?<!\bat )\b(?:{'|'.join(SUPERLATIVES)})\b", re.I)


def unranked_top(
    ignored: list[str], ranks: bool, extremes: bool = True, text: str = "", owned: str = ""
) -> bool:
    """`ignored` holds "top" or "bottom" and the query's result cannot rank its rows; or, where
    the result neither sorts by a figure nor shows an extreme (`extremes` false), any
    superlative (said anywhere in `text`, SAID_SUPERLATIVES: "at most" and "at least" are
    bounds; not one the header words `owned` say)."""
    if ranks:
        return False
    if UNRANKED_SUPERLATIVES and not extremes:
        # not one the query's own header says ("earn the most" in its keywords)
        said = {m.group(0).lower() for m in _SAID.finditer(text)} - _words(owned)
        if SAID_SUPERLATIVES and said:
            return True
        return any(w.lower() in _RANKING | _SUPERLATIVES for w in ignored)
    return any(w.lower() in _RANKING for w in ignored)


_SORTS_DOWN = re.compile(r"\border\s+by\b[^;]*?\bdesc\b", re.I | re.S)


@lru_cache(maxsize=4096)
def reads_off_extremes(sql: str, aggregates: frozenset[str]) -> bool:
    """The result sorts by a figure (an ORDER BY … DESC) or shows a maximum or minimum."""
    return bool(aggregates & {"max", "min"}) or bool(_SORTS_DOWN.search(bare_sql(sql)))


# A superlative said while the best query's sort is bound to a choice that does not say it ("the
# sport with the most scholarship students" from a roster sorted by sport, whose rankings are by
# hours or games; "the youngest captain" from ships sorted by name): the rows come in another
# order, so the first is not the answer.
# Shipped off at first: on Spider 5 it turned four right answers into tickets ("the station with
# the lowest latitude" bound to a sort named for its column, `latitude`; m-wrong16). On since
# m-oos21, read with SUPERLATIVE_MEASURE_SORTS below: in-process, Spider 5 unchanged, tuning
# 0.7947 -> 0.7953 with 130 -> 126 wrong, held-out 0.7550 -> 0.7551 with 273 -> 271 wrong.
UNREAD_SUPERLATIVE_SORT = True


# Read with UNREAD_SUPERLATIVE_SORT: a bound sort choice that names what the superlative
# measures ("the most cargo" with `freight`, whose synonym is cargo; "the lowest latitude" with
# `latitude`) ranks by it, a bound choice of another parameter that says the superlative
# ("fewest" of a direction's `asc`) gives the order, and a superlative followed by no measure
# ("which team is best on the road") names none a choice could miss, and a choice whose SQL
# branch orders DESC ranks by a figure (the first row is read off): none is a ticket.
SUPERLATIVE_MEASURE_SORTS = True
# "the most number of degrees in 2002": the measure is the noun phrase right after the
# superlative, past "number of" / "amount of", up to a word that starts another phrase.
_MEASURE = re.compile(
    rf"(?<!\bat )\b(?:{'|'.join(SUPERLATIVES)})\s+(?:(?:total\s+)?(?:number|amount|count)s?"
    r"\s+of\s+(?:the\s+)?)?((?:(?!(?:in|on|at|of|for|from|with|by|to|during|that|which|who|whose"
    r"|and|or|than|is|are|was|were|has|have|had|first|last)\b)[a-z]+\s*){1,3})",
    re.I,
)


# The template branch a sort choice selects: "{% if sort == 'price' %}w.Price{% elif … %}", the
# default's may be the "{% else %}" one.
_BRANCH = r"{{%-?\s*(?:if|elif)\s+{name}\s*==\s*['\"]{choice}['\"]\s*-?%}}([^{{]*)"
_ELSE = re.compile(r"{%-?\s*else\s*-?%}([^{]*)")


@lru_cache(maxsize=4096)
def branch_sorts_down(sql: str, name: str, choice: str, default: bool) -> bool:
    """The SQL branch that sort parameter `name` = `choice` selects orders by a figure down (a
    DESC): its first row is the extreme ("w.Score DESC" for the default `score`)."""
    found = re.search(_BRANCH.format(name=re.escape(name), choice=re.escape(choice)), sql)
    if found is None and default:
        named = re.search(_BRANCH.format(name=re.escape(name), choice=r"[^'\"]+"), sql)
        found = _ELSE.search(sql, named.end()) if named else None
    return bool(found and re.search(r"\bdesc\b", found.group(1), re.I))


def _choice_words(p: Any, bound: Any) -> set[str]:
    return _words(str(bound)) | {w for s, c in p.synonyms.items() if c == bound for w in _words(s)}


def superlative_unsorted(text: str, query: QueryDef, binds: Mapping[str, Any]) -> bool:
    """A superlative of `text` that the bound choice of `query`'s sort parameter does not say,
    that choice being no ranking (none of its words or synonyms is a superlative), nor naming
    what the superlative measures, nor another bound choice saying it
    (SUPERLATIVE_MEASURE_SORTS)."""
    said = {m.group(0).lower() for m in _SAID.finditer(text)}
    if not said:
        return False
    measured: set[str] | None = None  # read once, on the first sort choice bound
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices:
            continue
        bound = binds.get(p.name)
        if bound is None:
            continue
        own = _choice_words(p, bound)
        if SUPERLATIVE_MEASURE_SORTS:
            if measured is None:
                measured = {stem(w) for m in _MEASURE.finditer(text) for w in _words(m.group(1))}
            others = {
                w
                for o in query.params
                if o is not p and o.choices and binds.get(o.name) is not None
                for w in _choice_words(o, binds[o.name])
            }
            # a superlative with no measure after it ("best on the road") ranks by none said
            if not measured or measured & {stem(w) for w in own} or said <= others:
                return False
            if branch_sorts_down(query.sql, p.name, str(bound), bound == p.default):
                return False
        # a ranking choice bound ("most_transactions" for "the greatest number of") ranks
        return not said <= own and not own & _RANK_WORDS
    return False


_RANK_WORDS = _SUPERLATIVES | {"desc", "asc", "descending", "ascending", "first", "last"}
# Where exactly one choice of that sort says every superlative said ("the name of the course
# that has the most enrolments": `name` was bound from "the name of", `most_enrolments` says
# "most"), that choice is the order meant: it is bound instead of a ticket.
SUPERLATIVE_PICKS_SORT = True


def sort_saying(text: str, query: QueryDef) -> tuple[str, str] | None:
    """(the sort parameter, its one choice whose words say every superlative of `text`)."""
    said = {m.group(0).lower() for m in _SAID.finditer(text)}
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices:
            continue
        fits = [
            c
            for c in p.choices
            if said <= _words(c) | {w for s, to in p.synonyms.items() if to == c for w in _words(s)}
        ]
        return (p.name, fits[0]) if said and len(fits) == 1 else None
    return None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower().replace("_", " ")))


def picked_sort(query: QueryDef, binds: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The sort choice that alone says the superlatives said, when the bound one does not
    (SUPERLATIVE_PICKS_SORT): bound instead of a ticket."""
    if not SUPERLATIVE_PICKS_SORT or not superlative_unsorted(text, query, binds):
        return {}
    found = sort_saying(text, query)
    return {found[0]: found[1]} if found else {}


def unranked(
    query: QueryDef, ignored: list[str], binds: Mapping[str, Any], fit: Any, text: str
) -> bool:
    """The query (its result read as `fit`) leaves a ranking word unused and cannot rank, or
    sorts by a choice that does not say the superlative said."""
    # a figure per row (a count, a sum) is read off too: "the nurse with the most appointments"
    extremes = reads_off_extremes(query.sql, fit.aggregates) or fit.shape.counts
    extremes = extremes or bool(fit.aggregates)
    if (
        UNREAD_SUPERLATIVE_SORT
        and not fit.aggregates & {"max", "min"}
        and superlative_unsorted(text, query, binds)
    ):
        return True
    owned = " ".join([query.title, *query.keywords, *query.examples])
    return unranked_top(ignored, fit.shape.ranks, extremes, text, owned)
