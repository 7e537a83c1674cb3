"""Values of the columns queries show, named in a request ("how many Premium Yoga Mats did we
sell" for a per-product query): looked up in the shown values' keys (bot.library.shown_values)
outside the values the request names for parameters."""

from __future__ import annotations

import re
from typing import Any

from bot.language.textnorm import words
from bot.library.model import Library, QueryDef
from bot.library.value_keys import value_keys
from bot.matching import signals
from bot.matching.known_lookup import KnownLookup

MAX_SHOWN_WORDS = 8
NamedValue = tuple[str, int, int, set[str]]


def _breaks(gap: str) -> bool:
    """The text between two words parts them (a word, a comma, a sentence's end)."""
    return any(c.isalnum() or c in ",;:.?!()" for c in gap)


class ShownValues:
    """The shown values of a library, searched in place (the stored key file) and in memory."""

    def __init__(self, library: Library, known: Any, choices: Any, as_code: Any) -> None:
        self.shown = KnownLookup(library.shown_keys, value_keys(library.shown_values))
        self.known, self.choices, self._as_code = known, choices, as_code
        longest = max((k.count(" ") + 1 for k in self.shown.extra), default=0)
        self.shown_max_words = min(max(self.shown.stored_max_words, longest), MAX_SHOWN_WORDS)

    def named(self, masked: str, named: list[NamedValue]) -> list[tuple[int, int, set[str]]]:
        """Values of columns queries show that the request names, outside the values it names:
        (start, end, the queries that show it), longest first. A value some query's parameter
        takes is no shown value: it stays that parameter's constraint."""
        if not self.shown_max_words or not self.shown:
            return []
        toks = [t for t in words(masked) if not any(vs <= t[1] < ve for _k, vs, ve, _o in named)]
        found: list[tuple[int, int, set[str]]] = []
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(self.shown_max_words, len(toks) - i), 0, -1):
                span = toks[i : i + n]
                if any(_breaks(masked[a[2] : b[1]]) for a, b in zip(span, span[1:], strict=False)):
                    continue  # not one run of words
                key = " ".join(w for w, _s, _e in span)
                if key in self.known or key in self.choices or key not in self.shown:
                    continue
                if len(key) <= 2 and not self._as_code(key, masked[span[0][1] : span[0][2]]):
                    continue
                hit = (span[0][1], span[-1][2], {q for q, _c, _v in self.shown.get(key, ())}, n)
                break
            if hit:
                found.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return found


def cut_by_default(query: QueryDef) -> bool:
    """A threshold with a default cuts the rows (`stock < :threshold`, 10 unless told): a row
    the request names may not be among them, so its value is no word of this query."""
    return any(
        p.kind.is_numeric
        and p.default is not None
        and re.search(r"[<>]=?\s*:" + re.escape(b) + r"\b", query.sql)
        for p in query.params
        for b in p.bind_names
    )


def shown_words_of(
    name: str,
    shown: list[tuple[int, int, Any]],
    shown_stems: dict[tuple[int, int], set[str]],
    value_spans: list[tuple[int, int]],
) -> set[str]:
    """The stems of the shown values query `name` shows; their spans join `value_spans` (said,
    not ignored)."""
    out: set[str] = set()
    for vs, ve, shown_by in shown:
        if name in shown_by:
            value_spans.append((vs, ve))
            out |= shown_stems[(vs, ve)]
    return out


def value_credit(weights: dict[str, float], total: float, said: set[str], weight: float) -> float:
    """Coverage credit for the words of a request that are values of a query: its known values
    (bound; W_KNOWN_VALUE) or values of columns it shows (words only; W_SHOWN_VALUE)."""
    if not said or not total:
        return 0.0
    return signals.W_COVERAGE * weight * sum(weights[st] for st in said) / total
