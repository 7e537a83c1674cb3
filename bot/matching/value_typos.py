"""Known values written with a typo ("Mountian View"): a long unknown word or phrase compared
with the known values of about its length (rapidfuzz), remembered once compared."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.language.textnorm import is_noise, stem

FUZZY_MIN_LENGTH = 6  # shorter names must be written exactly
FUZZY_CUTOFF = 85  # rapidfuzz ratio
FUZZY_MAX_WORDS = 3
CLOSE_SEEN_MAX = 20_000  # words remembered with their closest known value (then forgotten)
_UNSEEN: Any = object()
# A short name ("Ryan" for a stored "Rylan") is read as a known value only written as a name
# (capitalised inside a sentence), one edit from exactly one known one-word value with its
# first letter, and no library word, stop word or known value itself; and only next to a word
# that is a known value ("Ryan Goodwin" with Goodwin stored): a real name one letter from a
# stored one ("the first name Elsa" with an Ella stored) stands alone.
SHORT_NAME_TYPOS = True
SHORT_MIN_LENGTH = 4
# So is one written in capitals, as the warehouse may store names ("ROY SWEAZ" for SWEAZY), in
# a request not itself written in capitals.
CAPS_NAME_TYPOS = True


def _caps_name(written: str, text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return written.isupper() and sum(c.isupper() for c in letters) * 2 < len(letters)


class TypoReader:
    """Typo-tolerant lookup over `self.known` (set by the class that mixes it in)."""

    known: Any
    # (first letter, length) -> known keys; built on the first unknown word that could be a name
    _fuzzy: dict[tuple[str, int], list[str]] | None = None
    # Words once compared with every known value of about their length, and what they were
    # closest to: a bot hears the same words again and again ("customers", "report").
    _close_seen: dict[str, str | None]
    # (first letter, length) -> known one-word keys shorter than FUZZY_MIN_LENGTH (and one more)
    _short: dict[tuple[str, int], list[str]] | None = None

    def _short_typo(
        self, toks: list[tuple[str, int, int]], i: int, text: str, vocab: Any
    ) -> tuple[str, int] | None:
        word, start, end = toks[i]
        written = text[start:end]
        if not SHORT_NAME_TYPOS or not self.known or not written.isalpha():
            return None
        if not SHORT_MIN_LENGTH <= len(word) < FUZZY_MIN_LENGTH:
            return None
        if not (written.istitle() or (CAPS_NAME_TYPOS and _caps_name(written, text))):
            return None
        if not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:":
            return None  # a capital that starts a sentence says nothing of a name
        if word in self.known or stem(word) in vocab or is_noise(word):
            return None
        beside = [toks[k][0] for k in (i - 1, i + 1) if 0 <= k < len(toks)]
        if not any(len(w) > 2 and not is_noise(w) and w in self.known for w in beside):
            return None
        short = self._short_keys()
        near = [
            key
            for length in (len(word) - 1, len(word), len(word) + 1)
            for key in short.get((word[0], length), ())
            if Levenshtein.distance(word, key, score_cutoff=1) <= 1
        ]
        return (near[0], 1) if len(near) == 1 else None

    def _short_keys(self) -> dict[tuple[str, int], list[str]]:
        """(first letter, length) -> the short one-word known keys; built on first use."""
        if self._short is None:
            self._short = {}
            for key in self.known:
                if " " not in key and key.isalpha() and len(key) <= FUZZY_MIN_LENGTH:
                    self._short.setdefault((key[0], len(key)), []).append(key)
        return self._short

    def _fuzzy_keys(self) -> dict[tuple[str, int], list[str]]:
        """(first letter, length) -> the known keys long enough for a typo; built on the first
        unknown word that could be a name (or by `warm`)."""
        if self._fuzzy is None:
            self._fuzzy = {}
            for key in self.known:
                if len(key) >= FUZZY_MIN_LENGTH:
                    self._fuzzy.setdefault((key[0], len(key)), []).append(key)
        return self._fuzzy

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
        buckets = self._fuzzy_keys()
        # A ratio of 85 allows lengths about 15 % apart: only those buckets are compared, each
        # in place (no list of them all: a bucket can hold most of 100,000 values). The first
        # best across the buckets in length order wins, as over one list.
        reach = max(1, len(written) * (100 - FUZZY_CUTOFF) // 100)
        best: str | None = None
        cutoff: float = FUZZY_CUTOFF
        for length in range(len(written) - reach, len(written) + reach + 1):
            bucket = buckets.get((written[0], length))
            if not bucket:
                continue
            hit = process.extractOne(written, bucket, scorer=fuzz.ratio, score_cutoff=cutoff)
            if hit is not None:
                best, cutoff = hit[0], hit[1] + 1e-9  # a later bucket must do strictly better
        return best
