"""One library query as the matcher indexes it: the weighted stems of its header, its examples
and bigrams, the words only its SQL body has, and what its result can show."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.language.textnorm import is_noise, stem
from bot.library.model import QueryDef
from bot.matching.default_binds import DefaultBinds
from bot.matching.library_words import header_weights, stems_of
from bot.matching.result_fit import ResultFit, result_fit
from bot.matching.sql_words import bare_sql, identifier_words
from bot.matching.structure import matches_patterns


@dataclass
class QueryEntry:
    """One query as the matcher scores it."""

    query: QueryDef
    weights: dict[str, float]
    examples: list[tuple[set[str], float]]  # stems of each example, with its IDF norm
    bigrams: set[tuple[str, str]]
    body: frozenset[str]  # stems of the SQL's identifiers the header lacks
    fit: ResultFit  # what its result can show (bot.matching.result_fit)
    splits: frozenset[str] = frozenset()  # what its rows can be per (see _splits)
    patterns: bool = False  # its SQL matches part of a value (LIKE, contains())
    defaults: DefaultBinds = field(default_factory=DefaultBinds)  # its parameters', per day


def query_entry(q: QueryDef, raw_vocab: dict[str, str]) -> QueryEntry:
    """`q` indexed; `raw_vocab` gains its header words as written."""
    weights = header_weights(q, raw_vocab)
    examples = [set(stems_of(ex)) for ex in q.examples] + [set(stems_of(q.title))]
    bigrams: set[tuple[str, str]] = set()
    for text in (q.title, *q.examples, *q.keywords):
        st = stems_of(text)
        bigrams.update(zip(st, st[1:], strict=False))
    fit = result_fit(q)
    body = (
        frozenset(stem(w) for w in identifier_words(q.sql) if not is_noise(w))
        .union(fit.truncated)
        .difference(weights)
    )  # "month" of date_trunc('month', …)
    return QueryEntry(
        q,
        weights,
        [e for e in examples if e],
        bigrams,
        body,
        fit,
        patterns=matches_patterns(bare_sql(q.sql)),
    )
