"""A breakdown that only a grouped query's extra columns say: rows are per their key.

"How many movie reviews does each director get?" beside a query grouped per movie
("GROUP BY m.mID, m.title, m.director") that shows each film's director: its rows are per film,
so a figure per director is not among them, although "director" is a column it groups by and
shows. A grouped query's rows are per its first GROUP BY key (bot.matching.sql_words); a
breakdown is one it gives only when that key, its title or keywords, or a parameter says it.
Otherwise the breakdown is dropped (a ticket, or a near tie with a query that gives it), never
a silent run of figures per another thing. General SQL and English: the shape comes from the
query file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bot.language import textnorm
from bot.language.textnorm import stem, words
from bot.library.model import QueryDef
from bot.matching import signals
from bot.matching.result_fit import ResultFit

# Switch: a breakdown a grouped query only shows (or groups by after its key) is dropped
# (off: any column it shows or groups by is a breakdown it gives).
GROUPED_ROWS_PER_KEY = True


def _said_per(q: QueryDef, weights: Mapping[str, float], fit: ResultFit) -> frozenset[str]:
    """What the query says its rows are per: its key, its title and keywords, its parameters."""
    out = {t for t, w in weights.items() if w >= signals.W_KEYWORD}
    return frozenset(out | _params_say(q) | fit.per)


def _params_say(q: QueryDef) -> frozenset[str]:
    """The stems of `q`'s parameters' names, labels, choices and synonyms: read once per
    query (and per setting of the switches its words read, which the ablation turns)."""
    read_as = (textnorm.HYPHEN_SUFFIXES_APART, textnorm.IDS_ARE_ID)
    hit = _PARAMS_SAY.get(id(q))
    if hit is None or hit[0] is not q or hit[1] != read_as:
        out: set[str] = set()
        for p in q.params:
            for text in (p.name.replace("_", " "), p.label, *p.choices, *p.synonyms):
                out.update(stem(w) for w, _s, _e in words(text))
        hit = _PARAMS_SAY[id(q)] = (q, read_as, frozenset(out))
    return hit[2]


# id(QueryDef) -> (the QueryDef, kept so that its id is not reused; switches; stems)
_PARAMS_SAY: dict[int, tuple[QueryDef, tuple[bool, bool], frozenset[str]]] = {}


def unkeyed_breakdowns(
    q: QueryDef,
    weights: Mapping[str, float],
    fit: ResultFit,
    breakdowns: Iterable[str],
    stands_for: Callable[[str], set[str]],
) -> list[str]:
    """The breakdowns (stems) grouped query `q` gives only as a column beside its key."""
    breakdowns = list(breakdowns)
    if not GROUPED_ROWS_PER_KEY or not breakdowns or fit.groups is None or not fit.per:
        return []
    said = _said_per(q, weights, fit)
    return [b for b in breakdowns if not stands_for(b) & said]
