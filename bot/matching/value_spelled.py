"""Known values written with other punctuation or spacing than stored ("st johns" for "St.
John's", "ohare" for "O'Hare", "coca cola" or "cocacola" for "Coca-Cola", "barnes and noble"
for "Barnes & Noble"): a run of a request's words whose letters and digits alone are a stored value's spelled
key (bot.library.value_spellings) names that value, when it names exactly one."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import is_noise, stem
from bot.library.value_keys import words_key
from bot.library.value_spellings import SPELLED, spelled
from bot.matching import signals

SPELLED_MAX_WORDS = 4  # the longest run of a request's words read as one spelled value
_BREAKS = frozenset('!?;:()[]"“”')


class SpelledReader:
    """Spelled-value lookup over `self.known` (set by the class that mixes it in)."""

    known: Any

    def _spelled(
        self, toks: list[tuple[str, int, int]], i: int, text: str, vocab: Any
    ) -> tuple[str, int] | None:
        """(the value's own key, the run's length) for the longest run at `i` that spells one
        known value; a run must hold a word the library does not use and start and end with
        no stop word, so everyday words never make up a value ("any one", "to day")."""
        if not signals.PUNCTUATION_SPELLINGS or not self.known:
            return None
        for n in range(min(SPELLED_MAX_WORDS, len(toks) - i), 0, -1):
            run = toks[i : i + n]
            if is_noise(run[0][0]) or is_noise(run[-1][0]):
                continue
            if all(stem(w) in vocab or w.isdigit() for w, _s, _e in run):
                continue
            written = text[run[0][1] : run[-1][2]]
            if _BREAKS.intersection(written):
                continue
            key = self._spelled_key(spelled(written))
            if key is not None:
                return key, n
        return None

    def _spelled_key(self, letters: str) -> str | None:
        """The own key of the one value spelled `letters` (None: no value, or several)."""
        if len(letters) < 3 or letters.isdigit():
            return None
        entries = self.known.get(SPELLED + letters, ())
        keys = {words_key(v) for _q, _p, v in entries}
        if len(keys) != 1:
            return None
        key = next(iter(keys))
        return key if key in self.known else None
