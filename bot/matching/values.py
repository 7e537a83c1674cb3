"""The values a library's parameters take, as a request names them: choices and their
synonyms, and known values (docs/query-library.md) read from the warehouse ahead of time.

A request is scanned once for every value of every query (longest first, case and accents
folded); a value then binds exactly as stored to the query whose parameter takes it, and counts
against a query that would drop it ("APAC" for a query with no region).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from bot.language.entities import NEGATIONS
from bot.language.textnorm import is_noise, stem, words
from bot.library.known_values import header_values
from bot.library.model import Library, QueryDef

MAX_VALUE_WORDS = 8  # the longest value name looked for in a request, in words
FUZZY_MIN_LENGTH = 6  # shorter names must be written exactly
FUZZY_CUTOFF = 85  # rapidfuzz ratio
NEGATION_REACH = 5  # words before a value in which "not" / "without" negates it
NamedValue = tuple[str, int, int, set[str]]  # key, start, end, owners (queries, param keys)


def words_key(text: str) -> str:
    """A value as the matcher compares it: its words, lower case, accents folded."""
    return " ".join(w for w, _s, _e in words(text))


def param_key(name: str) -> str:
    """A parameter's name as a key shared by queries ("region", "regions" -> "param:region")."""
    return "param:" + stem(name.lower())


def _usable(key: str) -> bool:
    return len(key) > 2 and not is_noise(key) and not key.replace(" ", "").isdigit()


def _merged(*stores: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for store in stores:
        for qname, params in store.items():
            out.setdefault(qname, {}).update(params)
    return out


class ValueIndex:
    def __init__(self, library: Library) -> None:
        self.owners: dict[str, set[str]] = {}  # key -> queries and parameter keys that take it
        self.targets: dict[str, set[str]] = {}  # key -> the values it binds, as keys
        self.known: dict[str, dict[tuple[str, str], str]] = {}  # key -> (query, param) -> stored
        for q in library:
            for p in q.params:
                for phrase in (*p.choices, *p.synonyms):
                    key = words_key(phrase)
                    if _usable(key):
                        self._own(key, q.name, p.name, words_key(p.synonyms.get(phrase, phrase)))
        for qname, params in _merged(library.known_values, header_values(library)).items():
            for pname, values in params.items():
                for value in values:
                    key = words_key(value)
                    if _usable(key):
                        self.known.setdefault(key, {})[(qname, pname)] = value
                        self._own(key, qname, pname, key)
        longest = max((k.count(" ") + 1 for k in self.owners), default=0)
        self.max_words = min(longest, MAX_VALUE_WORDS)
        # Long known values by (first letter, words), for typos: "Abilen" is "Abilene".
        self.fuzzy: dict[tuple[str, int], list[str]] = {}
        for key in self.known:
            if len(key) >= FUZZY_MIN_LENGTH:
                self.fuzzy.setdefault((key[0], key.count(" ") + 1), []).append(key)

    def _own(self, key: str, query: str, param: str, target: str) -> None:
        self.owners.setdefault(key, set()).update({query, param_key(param)})
        self.targets.setdefault(key, set()).add(target)

    def named(
        self, masked: str, vocab: set[str] | frozenset[str] = frozenset()
    ) -> list[NamedValue]:
        """Values the request names: (key, start, end, owners), longest first at each word,
        not overlapping; a long known value also when mistyped, if the typo is no library word."""
        if not self.owners:
            return []
        toks = words(masked)
        found = []
        i = 0
        while i < len(toks):
            for n in range(min(self.max_words, len(toks) - i), 0, -1):
                key = " ".join(w for w, _s, _e in toks[i : i + n])
                if key not in self.owners:
                    key = self._close(key, n, vocab) or ""
                if key:
                    found.append((key, toks[i][1], toks[i + n - 1][2], self.owners[key]))
                    i += n
                    break
            else:
                i += 1
        return found

    def _close(self, written: str, n: int, vocab: set[str] | frozenset[str]) -> str | None:
        bucket = self.fuzzy.get((written[:1], n))
        if not bucket or len(written) < FUZZY_MIN_LENGTH or n > 3:
            return None
        if all(stem(w) in vocab or is_noise(w) for w in written.split()):
            return None  # library words, not a mistyped name
        hit = process.extractOne(written, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return hit[0] if hit else None

    def hits(self, query: str, named: list[NamedValue]) -> dict[str, tuple[str, int, int]]:
        """The known values the request names for `query`'s parameters: param -> (value, span)."""
        hits: dict[str, tuple[str, int, int]] = {}
        for key, s, e, _owners in named:
            head, _sp, last = key.rpartition(" ")
            for (qname, pname), value in self.known.get(head, {}).items():
                # "Monterey county": the value Monterey of the parameter called county.
                if qname == query and stem(last) == stem(pname) and pname not in hits:
                    hits[pname] = (value, s, e)
            for (qname, pname), value in self.known.get(key, {}).items():
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
        parameters take, or a second value for a parameter that holds one."""
        takes = {query.name, *(param_key(p.name) for p in query.params)}
        bound = {words_key(v) for v in binds.values() if isinstance(v, str)}
        out = []
        for key, s, e, owners in named:
            if all(stem(w) in own for w in key.split()):
                continue
            taken = owners & takes and self.targets.get(key, set()) & bound
            # "not using X", "without X": a filter on X would return the opposite.
            before = {w for w, _s, _e in words(text[max(0, s - 60) : s])[-NEGATION_REACH:]}
            negated = bool(before & NEGATIONS)
            if not taken or negated:
                out.append(text[s:e])
        return out
