"""Breakdowns ("by country", "per manager") and other queries' subjects a query does not
cover: each counts against it ("refunds by product category" is not product sales). Which
words of a title are no subject ("counts", "id", "name") lives here too.
"""

from __future__ import annotations

import re

from bot.language import verb_reading
from bot.language.not_nouns import is_not_noun
from bot.language.textnorm import STOPWORDS, is_noise, stem, words
from bot.language.wordlists import SHOWN_AS

# Words in a title that say how a result is shown ("appointment counts") are no subject.
PRESENTATION_NOT_SUBJECTS = True
SHOWN_AS_STEMS = frozenset(stem(w) for w in SHOWN_AS)
# Nor are words naming an attribute any row may have ("the id and name of …"), though a
# keyword says "account id" (an empty set counts them as subjects).
ATTRIBUTE_STEMS = frozenset(stem(w) for w in ("id", "ids", "name", "names"))
# Nor are words that qualify how things are shown and never name data ("different",
# "alphabetical"), though one query's keywords hold them ("different majors").
QUALIFIERS_NOT_SUBJECTS = True
_QUALIFIERS_TEXT = """
    different distinct unique various alphabetical alphabetically ascending descending sorted
    together each every respective corresponding
"""
QUALIFIER_STEMS = frozenset(stem(w) for w in _QUALIFIERS_TEXT.split())
# Nor are the words English uses for the parts of a person's name ("the full name and id of
# the actor", "their middle names"), though one query's keywords say "full name": every row of
# people has a name (off: "full" is that query's subject, which every other query lacks).
NAME_PARTS_NOT_SUBJECTS = True
NAME_PART_STEMS = frozenset(stem(w) for w in ("full", "middle", "given", "maiden", "nick"))


def qualifier_stems() -> frozenset[str]:
    """The stems that are no subject by QUALIFIERS_NOT_SUBJECTS (and NAME_PARTS_NOT_SUBJECTS)."""
    return QUALIFIER_STEMS | (NAME_PART_STEMS if NAME_PARTS_NOT_SUBJECTS else frozenset())


# Nor are words English never reads as nouns ("where did they live", "presently", "located"):
# another query's title saying "live" is no subject this request shares with it. Which parts
# of speech count (codes of bot.language.not_nouns: v verb, a adjective, r adverb).
NOT_NOUNS_NOT_SUBJECTS = True
NOT_NOUN_PARTS = "r"
# Such a word still tells queries apart a little ("where is the airport located" of a query
# whose title says "located"): the share of the penalty it keeps.
NOT_NOUN_SHARE = 0.0
# Nor are words for people in general ("why are people asking for refunds", "what are folks
# buying"): whoever the rows are about, they are people; one query's keywords saying "people"
# ("how many people were active") makes them no subject the others lack. A table of that name
# ("people" where people are rows) stays one.
PEOPLE_NOT_SUBJECTS = True
_PEOPLE_TEXT = """
    people persons person folks someone somebody anyone anybody everyone everybody
"""
PEOPLE_STEMS = frozenset(stem(w) for w in _PEOPLE_TEXT.split())
# "by country" / "per manager" names a breakdown; a query whose vocabulary lacks it cannot give it.
BREAKDOWN_PENALTY = 0.4
# A word that is a title or keyword of another query, but absent from this one: the request is
# (also) about that other query's subject ("refunds by product category" is not product sales).
FOREIGN_PENALTY = 0.15
# "Across the whole CSU", "over the entire system" break down by the CSU, the system: "whole"
# is no breakdown, what it qualifies is (off: "whole" is the breakdown, which no query's words
# hold). Not "by number of orders", "by total orders": a ranking by them, which a query that
# only shows them (ranking by revenue) cannot give, and the measure word keeps it a ticket.
MEASURED_BREAKDOWNS = True
_MEASURE = r"(?:(?:whole|entire)\s+(?=[a-z]))?"
_BREAKDOWN_HEAD = (
    r"(?<!\border )(?<!\bordered )(?<!\bsorted )(?<!\bsort )(?<!\branked )(?<!\brank )"
    r"\b(?:by|per|across|each)\s+(?:the\s+|a\s+|an\s+|their\s+|our\s+)?"
)
# "for each different decor": the breakdown is the noun, not its adjective
_BREAKDOWN_NOUN = (
    r"(?:(?:different|distinct|unique|individual|separate|single)\s+)?([a-z][a-z0-9_]*)"
)
_BREAKDOWN = re.compile(_BREAKDOWN_HEAD + _MEASURE + _BREAKDOWN_NOUN)
_BREAKDOWN_PLAIN = re.compile(_BREAKDOWN_HEAD + _BREAKDOWN_NOUN)
_NOT_BREAKDOWNS_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday tomorrow tonight eod eow cob
    noon then now far way default hand chance name email slack
"""
_NOT_BREAKDOWNS = frozenset(_NOT_BREAKDOWNS_TEXT.split())
# "… and how many flights to each one": a pronoun for the things just named, never a breakdown.
PRONOUNS_NOT_BREAKDOWNS = True
_PRONOUNS = frozenset(("one", "ones"))


# "Order the countries by decreasing number of airports", "sort the rooms by price": a "by"
# that an ordering verb earlier in the clause governs, or that a direction follows, names the
# order of the rows, not a breakdown (off: every "by" is one). "By number of orders" stays
# one: a query that cannot count orders cannot rank by them either.
ORDER_BY_NOT_BREAKDOWN = True
_ORDER_KEYS = frozenset(["decreasing", "increasing", "descending", "ascending", "declining"])
# ("order" alone is as often a noun: "mark order 30372 as delivered … confirmed by phone")
_ORDER_VERB = re.compile(
    r"\b(?:(?:order|sort|rank|arrange)\s+(?:the|them|these|those|all|results|it)|sorted|ranked"
    r"|arranged)\b"
)
_CLAUSE_END = re.compile(r"[.?!;,]|\b(?:and|for|with|where|who|which|that)\b")


def _names_order(lowered: str, m: re.Match[str]) -> bool:
    """Whether the "by" of breakdown match `m` says how rows are ordered."""
    if not (ORDER_BY_NOT_BREAKDOWN and lowered[m.start() : m.start() + 2] == "by"):
        return False
    if m.group(1) in _ORDER_KEYS:
        return True
    before = lowered[: m.start()]
    ends = [c.end() for c in _CLAUSE_END.finditer(before)]
    return bool(_ORDER_VERB.search(before[ends[-1] if ends else 0 :]))


# "Students taught by teacher TARRING LEIA", "phones produced by company named Nokia": a noun
# followed by a value it names says whose rows, not a breakdown (off: "by teacher" is one).
NOUN_BEFORE_VALUE_NOT_BREAKDOWN = True
# What stands for a value said in the text find_breakdowns reads (digits: never a breakdown).
VALUE_MARK = "0000000"
_BEFORE_VALUE = re.compile(rf"\s+(?:(?:named|called)\s+)?{VALUE_MARK}\b")


def _names_value(lowered: str, m: re.Match[str]) -> bool:
    """Whether the noun of breakdown match `m` is followed by a value it names."""
    return NOUN_BEFORE_VALUE_NOT_BREAKDOWN and bool(_BEFORE_VALUE.match(lowered, m.end()))


def find_breakdowns(lowered: str) -> list[str]:
    """Stems of the breakdowns a request names ("by team", "per manager"); a value said is
    VALUE_MARK in `lowered`."""
    pattern = _BREAKDOWN if MEASURED_BREAKDOWNS else _BREAKDOWN_PLAIN
    return [
        stem(m.group(1))
        for m in pattern.finditer(lowered)
        # filler words count here: "by team" is a breakdown
        if m.group(1) not in STOPWORDS
        and m.group(1) not in _NOT_BREAKDOWNS
        and not (PRONOUNS_NOT_BREAKDOWNS and m.group(1) in _PRONOUNS)
        and not m.group(1).isdigit()
        and not _names_order(lowered, m)
        and not _names_value(lowered, m)
    ]


# "Farms by number of competitions entered", "top 5 airlines by number of routes": the measure
# word is no breakdown of a query whose run sorts by what it counts (its bound sort choice's key,
# bot.matching.left_unused); one that would sort otherwise still drops it (off: every "by number
# of" drops).
RANKED_MEASURES_ORDER = True
_RANKED_MEASURE = re.compile(
    r"\bby\s+(?:the\s+|their\s+)?(number|count|total|amount)\s+of\s+(?:the\s+)?([a-z]+)"
)


def ranked_measures(lowered: str) -> dict[str, frozenset[str]]:
    """The measure words a request ranks by ("by number of routes"), each with the stems of
    what it measures ({"number": {"rout"}})."""
    out: dict[str, set[str]] = {}
    for m in _RANKED_MEASURE.finditer(lowered):
        out.setdefault(stem(m.group(1)), set()).add(stem(m.group(2)))
    return {k: frozenset(v) for k, v in out.items()}


def measured_in_order(breakdown: str, lowered: str, order_stems: frozenset[str]) -> bool:
    """Whether `breakdown` is the measure word of a ranking ("by number of routes") whose
    measured thing the query's run sorts by (`order_stems`)."""
    return RANKED_MEASURES_ORDER and bool(
        ranked_measures(lowered).get(breakdown, frozenset()) & order_stems
    )


def not_noun_stems(masked: str) -> frozenset[str]:
    """Stems of the request words never read as nouns, unless another word of the request
    with the same stem is one ("lived" and "lives": the lives may be data)."""
    if not NOT_NOUNS_NOT_SUBJECTS:
        return frozenset()
    tokens = [w for w, _s, _e in words(masked)]
    said = {w for w in tokens if w.isalpha() and not is_noise(w)}
    verbal = {w for w in said if is_not_noun(w, NOT_NOUN_PARTS)}
    if verb_reading.PAST_VERBS_NOT_SUBJECTS:  # "customers who joined", "… generated the most"
        verbal |= verb_reading.past_verbs(tokens) & said
    return frozenset({stem(w) for w in verbal} - {stem(w) for w in said - verbal})


def fit_penalty(
    own: dict[str, float],
    subjects: set[str],
    stems: list[str],
    breakdowns: list[str],
    shown: frozenset[str] = frozenset(),
    values: set[str] | frozenset[str] = frozenset(),
    tables: frozenset[str] = frozenset(),
    all_tables: frozenset[str] = frozenset(),
    not_nouns: frozenset[str] = frozenset(),
) -> float:
    """Breakdowns the query cannot give and other queries' subjects it does not cover (a
    column its result shows, `shown`, is covered: "directors whose movies Sarah rated"; so
    are the words of a value it takes, `values`: "English" for its language, and of a table
    its SQL reads, `tables`: "orders" for a query that joins the orders table; a word the
    request says only as an adverb, `not_nouns`, names no subject)."""
    penalty = sum(BREAKDOWN_PENALTY for b in breakdowns if b not in own)
    shown = shown if SHOWN_COLUMNS_COVER else frozenset()
    shown = shown | tables if TABLES_COVER else shown
    shown = shown | values if VALUE_WORDS_COVER else shown
    foreign = {s for s in set(stems) if s not in own and s not in shown and s in subjects}
    if PEOPLE_NOT_SUBJECTS:
        foreign -= PEOPLE_STEMS - all_tables
    # Another query's subject that names a table this query never reads: rows it cannot reach.
    unread = sum(1 for s in foreign if s in all_tables) if FOREIGN_TABLE_PENALTY else 0
    said = sum(NOT_NOUN_SHARE if s in not_nouns else 1.0 for s in foreign)
    return penalty + FOREIGN_PENALTY * min(said, 2) + FOREIGN_TABLE_PENALTY * min(unread, 1)


# Another query's subject that this query's SQL shows as a column is no foreign subject, nor
# is a word of a value it takes.
SHOWN_COLUMNS_COVER = True
VALUE_WORDS_COVER = True
# Nor is one that names a table this query's SQL reads: the query reaches those rows.
TABLES_COVER = True
# And more against it when that subject names a table of the library ("… at tryouts" asked
# of a players query that never reads the tryout table).
FOREIGN_TABLE_PENALTY = 0.15
