"""The values a library's parameters take, as a request names them: choices and their
synonyms, and known values (docs/query-library.md) read from the warehouse ahead of time.

A request is scanned once for every value of every query (longest first, case and accents
folded); a value then binds exactly as stored to the query whose parameter takes it, and counts
against a query that would drop it ("APAC" for a query with no region). Known values arrive
already keyed (bot.library.known_values), so a library with 100,000 of them indexes in
milliseconds; who takes a value is worked out only for the values a request names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from bot.language.entities import NEGATIONS
from bot.language.textnorm import is_noise, stem, words
from bot.library.known_values import ValueKeys, header_values, value_keys, words_key
from bot.library.model import Library, QueryDef

MAX_VALUE_WORDS = 8  # the longest value name looked for in a request, in words
FUZZY_MIN_LENGTH = 6  # shorter names must be written exactly
FUZZY_CUTOFF = 85  # rapidfuzz ratio
FUZZY_MAX_WORDS = 3
NEGATION_REACH = 5  # words before a value in which "not" / "without" negates it
NamedValue = tuple[str, int, int, set[str]]  # key, start, end, owners (queries, param keys)


@lru_cache(maxsize=4096)
def param_key(name: str) -> str:
    """A parameter's name as a key shared by queries ("region", "regions" -> "param:region")."""
    return "param:" + stem(name.lower())


class ValueIndex:
    def __init__(self, library: Library) -> None:
        # Choices and synonyms: key -> (query, param, the choice it binds, as a key).
        self.choices: dict[str, list[tuple[str, str, str]]] = {}
        for q in library:
            for p in q.params:
                for phrase in (*p.choices, *p.synonyms):
                    key = words_key(phrase)
                    if _usable(key):
                        target = words_key(p.synonyms.get(phrase, phrase))
                        self.choices.setdefault(key, []).append((q.name, p.name, target))
        # Known values: key -> [(query, param, value as stored)], keyed ahead of time.
        self.known: ValueKeys = dict(library.value_keys)
        for key, entries in value_keys(library.known_values).items():
            self.known.setdefault(key, []).extend(entries)
        for key, entries in value_keys(header_values(library)).items():
            self.known.setdefault(key, []).extend(entries)
        longest = max((k.count(" ") + 1 for k in (*self.choices, *self.known)), default=0)
        self.max_words = min(longest, MAX_VALUE_WORDS)
        self._owners: dict[str, set[str]] = {}
        self._fuzzy: dict[tuple[str, int], list[str]] | None = None  # (first letter, length)

    def owners(self, key: str) -> set[str] | None:
        """The queries and parameter keys that take the value `key` (None: no such value)."""
        hit = self._owners.get(key)
        if hit is None and (key in self.choices or key in self.known):
            hit = set()
            for q, p, _v in (*self.choices.get(key, ()), *self.known.get(key, ())):
                hit.update((q, param_key(p)))
            self._owners[key] = hit
        return hit

    def targets(self, key: str) -> set[str]:
        """The values (as keys) that naming `key` binds: a synonym binds its choice."""
        out = {t for _q, _p, t in self.choices.get(key, ())}
        return out | ({key} if key in self.known else set())

    def named(
        self, masked: str, vocab: set[str] | frozenset[str] = frozenset()
    ) -> list[NamedValue]:
        """Values the request names: (key, start, end, owners), longest first at each word,
        not overlapping; a long known value also when mistyped, if the typo is no library word."""
        if not self.max_words:
            return []
        toks = words(masked)
        found = []
        i = 0
        while i < len(toks):
            n = self._exact(toks, i) or self._typo(toks, i, vocab)
            if n:
                key, length = n
                found.append((key, toks[i][1], toks[i + length - 1][2], self.owners(key) or set()))
                i += length
            else:
                i += 1
        return found

    def _exact(self, toks: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
        for n in range(min(self.max_words, len(toks) - i), 0, -1):
            key = " ".join(w for w, _s, _e in toks[i : i + n])
            if key in self.choices or key in self.known:
                return key, n
        return None

    def _typo(
        self, toks: list[tuple[str, int, int]], i: int, vocab: set[str] | frozenset[str]
    ) -> tuple[str, int] | None:
        first = toks[i][0]
        if not self.known or stem(first) in vocab or is_noise(first) or first.isdigit():
            return None  # a name starts with a word the library does not know
        for n in range(min(FUZZY_MAX_WORDS, len(toks) - i), 0, -1):
            written = " ".join(w for w, _s, _e in toks[i : i + n])
            if len(written) >= FUZZY_MIN_LENGTH:
                key = self._close(written, n)
                if key is not None:
                    return key, n
        return None

    def _close(self, written: str, n: int) -> str | None:
        if self._fuzzy is None:  # built on the first unknown word that could be a name
            self._fuzzy = {}
            for key in self.known:
                if len(key) >= FUZZY_MIN_LENGTH:
                    self._fuzzy.setdefault((key[0], len(key)), []).append(key)
        # A ratio of 85 allows lengths about 15 % apart: only those buckets are compared.
        reach = max(1, len(written) * (100 - FUZZY_CUTOFF) // 100)
        candidates = [
            key
            for length in range(len(written) - reach, len(written) + reach + 1)
            for key in self._fuzzy.get((written[0], length), ())
        ]
        if not candidates:
            return None
        hit = process.extractOne(written, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return hit[0] if hit else None

    def hits(self, query: str, named: list[NamedValue]) -> dict[str, tuple[str, int, int]]:
        """The known values the request names for `query`'s parameters: param -> (value, span)."""
        hits: dict[str, tuple[str, int, int]] = {}
        for key, s, e, _owners in named:
            head, _sp, last = key.rpartition(" ")
            for qname, pname, value in self.known.get(head, ()):
                # "Monterey county": the value Monterey of the parameter called county.
                if qname == query and stem(last) == stem(pname) and pname not in hits:
                    hits[pname] = (value, s, e)
            for qname, pname, value in self.known.get(key, ()):
                if qname == query and pname not in hits and all(h[1] != s for h in hits.values()):
                    hits[pname] = (value, s, e)
        return hits

    def dropped(
        self,
        query: QueryDef,
        own: dict[str, float],
        binds: dict[str, Any],
        named: list[NamedValue],
        text: str,
    ) -> list[str]:
        """Named values `query` would not use, as written: values only other queries'
        parameters take, a second value for a parameter that holds one, a negated value."""
        takes = {query.name, *(param_key(p.name) for p in query.params)}
        bound = {words_key(v) for v in binds.values() if isinstance(v, str)}
        out = []
        for key, s, e, owners in named:
            if all(stem(w) in own for w in key.split()):
                continue
            taken = owners & takes and self.targets(key) & bound
            # "not using X", "without X": a filter on X would return the opposite.
            before = {w for w, _s, _e in words(text[max(0, s - 60) : s])[-NEGATION_REACH:]}
            if not taken or before & NEGATIONS:
                out.append(text[s:e])
        return out


def _usable(key: str) -> bool:
    return len(key) > 2 and not is_noise(key) and not key.replace(" ", "").isdigit()
