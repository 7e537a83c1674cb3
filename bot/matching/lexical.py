"""The lexical scores of a request against every query that shares a word with it, read through
postings (word -> the queries, examples and bigrams that hold it) so that the cost follows the
request's words, not the size of the library.

Each query's score is coverage (the IDF-weighted share of the request's words the query
explains), the nearest example (IDF-weighted cosine) and shared bigrams, blended by the
weights in bot.matching.signals. A query's terms are added in the request's word order, the
order a sum over the request's words would add them: the figures are the same to the last bit.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.matching import signals

Bigram = tuple[str, str]


class Typos:
    """The library word a typo most likely meant ("regoin" -> region), or None; cached per word.

    `raw_vocab` maps each library word as written to its stem (filled by the index)."""

    def __init__(self, raw_vocab: dict[str, str]) -> None:
        self.raw_vocab = raw_vocab
        self._cache: dict[str, str | None] = {}
        self._meant: dict[str, str] = {}  # typo -> the library word as written

    def __call__(self, word: str) -> str | None:
        if word in self._cache:
            return self._cache[word]
        result = None
        if len(word) >= 4 and self.raw_vocab:
            # Optimal string alignment counts a swapped pair ("regoin") as one edit.
            cutoff = 0.74 if len(word) < 6 else 0.8
            # Typos rarely touch the first letter; "pack" is not "back", "seasons" not "reasons".
            for hit, _score, _i in process.extract(
                word,
                self.raw_vocab.keys(),
                scorer=OSA.normalized_similarity,
                score_cutoff=cutoff,
                limit=5,
            ):
                if hit[0] == word[0]:
                    result, self._meant[word] = self.raw_vocab[hit], hit
                    break
        self._cache[word] = result
        return result

    def meant(self, word: str) -> str | None:
        """The library word, as written, that the typo `word` most likely meant, or None."""
        return self._meant.get(word) if self(word) else None


class Postings:
    """Word -> (query, weight of the word for it); word -> (query, example); bigram -> queries.

    Built from the index's entries (bot.matching.query_entry.QueryEntry) once their examples carry
    their IDF norms."""

    def __init__(self, entries: Sequence[Any]) -> None:
        self.words: dict[str, list[tuple[int, float]]] = {}
        self.examples: dict[str, list[tuple[int, int]]] = {}
        self.bigrams: dict[Bigram, list[int]] = {}
        self.norms: list[list[float]] = []  # each query's examples' IDF norms
        # Ties go to the query whose name sorts first: each query's rank in name order.
        order = sorted(range(len(entries)), key=lambda i: entries[i].query.name)
        self.rank = [0] * len(entries)
        for r, i in enumerate(order):
            self.rank[i] = r
        for i, e in enumerate(entries):
            shown = e.fit.shown
            for t, w in e.weights.items():
                self.words.setdefault(t, []).append((i, w or signals.body_weight(t, e.body, shown)))
            for t in e.body:  # words only the SQL body has (never among the header's)
                self.words.setdefault(t, []).append((i, signals.body_weight(t, e.body, shown)))
            for k, (ex, _norm) in enumerate(e.examples):
                for t in ex:
                    self.examples.setdefault(t, []).append((i, k))
            self.norms.append([norm for _ex, norm in e.examples])
            for b in e.bigrams:
                self.bigrams.setdefault(b, []).append(i)

    def top(
        self,
        uniq: list[str],
        weights: dict[str, float],
        total: float,
        norm_req: float,
        ex_terms: list[str],
        req_bigrams: set[Bigram],
        limit: int,
        parts: dict[int, tuple[float, float]] | None = None,
    ) -> list[tuple[float, int]]:
        """The `limit` best (score, query) among the queries sharing a word with the request,
        best first, ties by query name. `weights`: the request's words' IDF weights, `total`
        their sum, `norm_req` their Euclidean norm. `parts`, when given, gets each returned
        query's coverage and closest example's cosine (the learned gate's features)."""
        cov: dict[int, float] = {}
        for s in uniq:
            ws = weights[s]
            for i, w in self.words.get(s, ()):
                cov[i] = cov.get(i, 0) + ws * w
        inter: dict[tuple[int, int], float] = {}
        for s in ex_terms:
            sq = weights[s] ** 2
            for ik in self.examples.get(s, ()):
                inter[ik] = inter.get(ik, 0) + sq
        best_ex: dict[int, float] = {}
        for (i, k), v in inter.items():
            if v:
                best_ex[i] = max(best_ex.get(i, 0.0), v / (norm_req * self.norms[i][k]))
        shared: dict[int, int] = {}
        for b in req_bigrams:
            for i in self.bigrams.get(b, ()):
                shared[i] = shared.get(i, 0) + 1
        rank = self.rank
        lexical = [
            (
                -(
                    signals.W_COVERAGE * (c / total if total else 0.0)
                    + signals.W_NEAREST_EXAMPLE * best_ex.get(i, 0.0)
                    + signals.W_BIGRAMS
                    * (shared.get(i, 0) / len(req_bigrams) if req_bigrams else 0.0)
                ),
                rank[i],
                i,
            )
            for i, c in cov.items()
        ]
        best = [(-neg, i) for neg, _r, i in heapq.nsmallest(limit, lexical)]
        if parts is not None:
            for _s, i in best:
                parts[i] = (cov[i] / total if total else 0.0, best_ex.get(i, 0.0))
        return best


def in_capital_name(text: str, m: re.Match[str], named: list[Any]) -> bool:
    """A word in capitals inside a known value, or next to another word in capitals."""
    if any(vs <= m.start() and m.end() <= ve for _k, vs, ve, _o in named):
        return True
    before, after = text[: m.start()].split()[-1:], text[m.end() :].split()[:1]
    return any(w.isalpha() and w.isupper() and len(w) >= 2 for w in before + after)
