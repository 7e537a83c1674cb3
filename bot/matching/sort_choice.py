"""Which sort choice a request means when its words name several.

Two readings, after the others (bot.matching.readings, bot.matching.order_said) have bound a
sort:
  * the order's own words over a word said in passing: "how many airlines per country in
    descending order" names the choice `country` ("per country") and, in its order phrase, the
    choice that "descending" is a synonym of; the order phrase says the order.
  * a ranking's qualifier over its counted noun: for a sort with several choices that rank the
    same way (`most_departures`, `most_arrivals`, `most_routes`), "the airport which is the
    destination of the most routes" counts routes (the query's own subject, or a word every
    ranking shares) and says which: the destination, a word of `most_arrivals` only. Words
    for the ends of a movement (bot.language.directions) stand for one another ("the most
    routes end at" is by arrivals). Two rankings said this way ("the destination of the most
    routes that start in China") are asked for, never guessed.
General English only; the choices, their synonyms and the SQL's sort keys come from the library.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.directions import NAME_ONLY_STEMS, end_words
from bot.language.textnorm import STOPWORDS, stem, words
from bot.library.model import ParamDef, QueryDef
from bot.library.types import find_choice
from bot.library.types.text import blank_bound_words
from bot.matching.order_said import (
    _ASC_WORDS,
    _DESC_WORDS,
    _choice_profiles,
    _first_term,
    choice_keys,
    order_spans,
    sql_sort_keys,
)
from bot.matching.readings import SORT_PARAMS
from bot.matching.sql_words import order_words

# A choice named inside the order phrase wins over one named only outside it.
ORDER_PHRASE_CHOICE = True
# Of several choices that rank one way, the one the words around the superlative qualify.
QUALIFIED_RANK = True
# Two such rankings qualified at once: the sort is asked for (a parameter in `missing`).
RANK_CONFLICT_ASKS = True
# A ranking bound though none of its words are said, while another of the same way is
# named: asked for too (off: the ranking the order words read is taken).
UNSAID_RANK_ASKS = True

Hit = tuple[str, int, int]
_BEFORE = 4  # words before a superlative its qualifier may stand ("the source for the most")
_AFTER = 6  # words after it ("the most number of routes that start in China")
_COUNTING = frozenset(["the", "number", "of", "count", "amount", "a", "an"])
_SENTENCE = re.compile(r"[.!?;]")


def choose_sort(query: QueryDef, text: str, binds: dict[str, Any]) -> list[str]:
    """Rebind `query`'s sort choices by the two readings above; returns the sorts to ask for."""
    text = blank_bound_words(text)
    asked = []
    for p in query.params:
        if p.name.lower() not in SORT_PARAMS or not p.choices or p.name not in binds:
            continue
        if ORDER_PHRASE_CHOICE:
            _order_phrase_choice(query, p, text, binds)
        conflict = QUALIFIED_RANK and _qualified_rank(query, p, text, binds) and RANK_CONFLICT_ASKS
        if conflict or (UNSAID_RANK_ASKS and _unsaid_rank(query, p, text, binds.get(p.name))):
            asked.append(p.name)
    return asked


def _unsaid_rank(query: QueryDef, p: ParamDef, text: str, bound: Any) -> bool:
    """The sort is bound to a ranking none of whose words are said, while another that ranks
    the same way is ("for each source airport, by decreasing number of routes" bound to
    `most_routes`, "source" a word of `most_departures`)."""
    said = {value for value, _s, _e in _all_hits(p, text)}
    # (a ranking its superlative's qualifier says is said: "the station where the most trips end")
    if bound in said or bound in _ranked(query, p, text):
        return False
    rankings = _rankings(
        query.sql, p.name, query.title or "", tuple(p.choices), tuple(p.synonyms.items())
    )
    return any(bound in ranks and said & (set(ranks) - {bound}) for ranks in rankings.values())


def _all_hits(p: ParamDef, text: str) -> list[Hit]:
    out: list[Hit] = []
    for _ in range(8):
        hit = find_choice(p, text)
        if hit is None:
            break
        out.append(hit)
        text = text[: hit[1]] + " " * (hit[2] - hit[1]) + text[hit[2] :]
    return out


def _order_phrase_choice(query: QueryDef, p: ParamDef, text: str, binds: dict[str, Any]) -> None:
    """The bound choice named only outside the order phrases, none of what it sorts on said in
    them ("sorted by price decreasing and name ascending" is by price), and one other choice
    inside them: that one."""
    spans = order_spans(text)
    if not spans:
        return
    said = {stem(w) for a, b in spans for w, _s, _e in words(text[a:b])}
    if choice_keys(query, p).get(str(binds.get(p.name)), frozenset()) & said:
        return
    inside: set[str] = set()
    outside: set[str] = set()
    for value, s, _e in _all_hits(p, text):
        (inside if any(a <= s < b for a, b in spans) else outside).add(value)
    bound = binds.get(p.name)
    if bound in inside or bound not in outside or len(inside) != 1:
        return
    binds[p.name] = inside.pop()


# Words that say only which way an order runs ("in descending order"), no ranking of its own.
_WAY_ONLY = frozenset(
    ["descending", "desc", "decreasing", "reverse", "reversed", "ascending", "asc", "increasing"]
)


def _rank_way(word: str) -> int:
    """The way of a word that ranks ("most", "fewest"), else 0."""
    return 0 if word in _WAY_ONLY else _way(word)


def _way(word: str) -> int:
    """-1 for a word that ranks from the top ("most"), 1 from the bottom ("fewest"), else 0."""
    return -1 if word in _DESC_WORDS else 1 if word in _ASC_WORDS else 0


def _superlative(word: str) -> bool:
    return bool(_way(word)) or (len(word) > 5 and word.endswith("est"))


@lru_cache(maxsize=2048)
def _rankings(
    sql: str,
    name: str,
    title: str,
    choices: tuple[str, ...],
    synonyms: tuple[tuple[str, str], ...],
) -> dict[int, dict[str, tuple[frozenset[str], frozenset[str]]]]:
    """For each way, the choices that rank that way (two or more), each with the stems only it
    says and the stems it shares with the query's subject or another ranking."""
    subject = {stem(w) for w, _s, _e in words(title) if w not in STOPWORDS}
    keys = sql_sort_keys(sql, name)
    by_way: dict[int, dict[str, frozenset[str]]] = {}
    for c in choices:
        parts = c.lower().split("_")
        ways = {_way(w) for w in parts} - {0}
        if len(ways) != 1:
            continue
        said = [c.replace("_", " ")] + [s for s, t in synonyms if t == c]
        own = {stem(w) for text in said for w, _s, _e in words(text.lower())}
        own |= keys.get(c, (frozenset(), 0))[0]
        own = {w for w in own if not _superlative(w) and w not in STOPWORDS and len(w) > 1}
        own |= end_words(frozenset(own))
        by_way.setdefault(ways.pop(), {})[c] = frozenset(own)
    out: dict[int, dict[str, tuple[frozenset[str], frozenset[str]]]] = {}
    for way, owns in by_way.items():
        if len(owns) < 2:
            continue
        out[way] = {}
        for c, own in owns.items():
            others = frozenset().union(*(o for d, o in owns.items() if d != c))
            out[way][c] = (own - others - subject, own & (others | subject) | subject)
    return out


def _qualified_rank(query: QueryDef, p: ParamDef, text: str, binds: dict[str, Any]) -> bool:
    """Rebind the sort to the one ranking its superlative's words qualify; True when the words
    qualify two (a conflict: the sort is asked for)."""
    picked = _ranked(query, p, text)
    if len(picked) == 1:
        binds[p.name] = next(iter(picked))
    return len(picked) > 1


def read_by_rank(query: QueryDef, name: str, binds: dict[str, Any], text: str) -> bool:
    """The sort `name` is bound to the one ranking the superlative's qualifier says (the
    order words that name another choice only count the query's subject: "the destination of
    the most routes" is no sort by most routes)."""
    if not QUALIFIED_RANK:
        return False
    p = next((p for p in query.params if p.name == name), None)
    if p is None:
        return False
    return _ranked(query, p, blank_bound_words(text)) == {binds.get(name)}


def _ranked(query: QueryDef, p: ParamDef, text: str) -> set[str]:
    """The rankings the words around each superlative qualify."""
    rankings = _rankings(
        query.sql, p.name, query.title or "", tuple(p.choices), tuple(p.synonyms.items())
    )
    picked: set[str] = set()
    if not rankings:
        return picked
    toks = words(text)
    for i, (w, s, _e) in enumerate(toks):
        ranks = rankings.get(_rank_way(w))
        if not ranks:
            continue
        sentence = _sentence_of(text, s)
        near = [t for t in toks if sentence[0] <= t[1] < sentence[1]]
        at = near.index(toks[i])
        measure = {stem(x) for x, _s, _e in _measure(near[at + 1 :])}
        said = [c for c, (only, _shared) in ranks.items() if only & measure]
        if said:
            picked |= set(said) if len(said) == 1 else set()
            continue
        generic = frozenset().union(*(shared for _only, shared in ranks.values()))
        if measure and not measure & generic:
            continue  # "the most passengers": a measure no ranking says; not read here
        window = near[max(0, at - _BEFORE) : at] + near[at + 1 : at + 1 + _AFTER]
        qualifiers = {stem(x) for x, _s, _e in window} - NAME_ONLY_STEMS  # no bare "from"
        picked |= {c for c, (only, _shared) in ranks.items() if only & qualifiers}
    return picked


def _measure(after: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The (up to two) content words after a superlative, past "the number of"."""
    out = []
    for t in after:
        if t[0] in _COUNTING or t[0].isdigit():
            if out:
                break
            continue
        out.append(t)
        if len(out) == 2:
            break
    return out


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, at)), default=0)
    end = _SENTENCE.search(text, at)
    return start, end.start() if end else len(text)


def sorted_by(query: QueryDef, binds: dict[str, Any]) -> frozenset[str]:
    """The stems of what the query's rows would be sorted by when run with `binds`: its bound
    (or default) sort choice's keys, or, with no sort parameter, its ORDER BY columns."""
    for p in query.params:
        if p.name.lower() in SORT_PARAMS and p.choices:
            chosen = binds.get(p.name) or p.default
            return choice_keys(query, p).get(str(chosen), frozenset())
    return frozenset(stem(w) for w in order_words(query.sql))


def sortable_by(query: QueryDef) -> frozenset[str]:
    """The stems of whatever the query's rows can be sorted by: every sort choice's keys, or,
    with no sort parameter, its ORDER BY columns."""
    for p in query.params:
        if p.name.lower() in SORT_PARAMS and p.choices:
            return frozenset().union(*choice_keys(query, p).values())
    return frozenset(stem(w) for w in order_words(query.sql))


_LAST_ORDER = re.compile(r"\bORDER\s+BY\b(?!.*\bORDER\s+BY\b)(.*)", re.S | re.I)


def sorted_way(query: QueryDef, binds: dict[str, Any]) -> int:
    """Which way the query's rows would run when run with `binds` (-1 descending, 1 ascending,
    0 unknown): its bound (or default) sort choice's, or its last ORDER BY's first key's."""
    for p in query.params:
        if p.name.lower() in SORT_PARAMS and p.choices:
            chosen = binds.get(p.name) or p.default
            return _choice_profiles(query, p).get(str(chosen), (frozenset(), 0))[1]
    m = _LAST_ORDER.search(query.sql)
    if m is None or "{%" in (first := _first_term(m.group(1))):
        return 0
    return -1 if re.search(r"\bDESC\b", first, re.I) else 1
