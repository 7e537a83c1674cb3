"""Known values written with a typo ("Mountian View"): a long unknown word or phrase compared
with the known values of about its length (rapidfuzz), remembered once compared."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from bot.language.textnorm import is_noise, stem

FUZZY_MIN_LENGTH = 6  # shorter names must be written exactly
FUZZY_CUTOFF = 85  # rapidfuzz ratio
FUZZY_MAX_WORDS = 3
CLOSE_SEEN_MAX = 20_000  # words remembered with their closest known value (then forgotten)
_UNSEEN: Any = object()


class TypoReader:
    """Typo-tolerant lookup over `self.known` (set by the class that mixes it in)."""

    known: Any
    # (first letter, length) -> known keys; built on the first unknown word that could be a name
    _fuzzy: dict[tuple[str, int], list[str]] | None = None
    # Words once compared with every known value of about their length, and what they were
    # closest to: a bot hears the same words again and again ("customers", "report").
    _close_seen: dict[str, str | None]

    def _typo(
        self, toks: list[tuple[str, int, int]], i: int, vocab: set[str] | frozenset[str]
    ) -> tuple[str, int] | None:
        first = toks[i][0]
        if not self.known or stem(first) in vocab or is_noise(first) or first.isdigit():
            return None  # a name starts with a word the library does not know
        for n in range(min(FUZZY_MAX_WORDS, len(toks) - i), 0, -1):
            written = " ".join(w for w, _s, _e in toks[i : i + n])
            if len(written) >= FUZZY_MIN_LENGTH:
                key = self._close_seen.get(written, _UNSEEN)
                if key is _UNSEEN:
                    if len(self._close_seen) >= CLOSE_SEEN_MAX:
                        self._close_seen.clear()
                    key = self._close_seen[written] = self._close(written)
                if key is not None:
                    return key, n
        return None

    def _close(self, written: str) -> str | None:
        if self._fuzzy is None:  # built on the first unknown word that could be a name
            self._fuzzy = {}
            for key in self.known:
                if len(key) >= FUZZY_MIN_LENGTH:
                    self._fuzzy.setdefault((key[0], len(key)), []).append(key)
        # A ratio of 85 allows lengths about 15 % apart: only those buckets are compared, each
        # in place (no list of them all: a bucket can hold most of 100,000 values). The first
        # best across the buckets in length order wins, as over one list.
        reach = max(1, len(written) * (100 - FUZZY_CUTOFF) // 100)
        best: str | None = None
        cutoff: float = FUZZY_CUTOFF
        for length in range(len(written) - reach, len(written) + reach + 1):
            bucket = self._fuzzy.get((written[0], length))
            if not bucket:
                continue
            hit = process.extractOne(written, bucket, scorer=fuzz.ratio, score_cutoff=cutoff)
            if hit is not None:
                best, cutoff = hit[0], hit[1] + 1e-9  # a later bucket must do strictly better
        return best
