"""Known values said by their first words ("fresno state" for a stored "Fresno State
University"): two or three words, the first no library word, that begin exactly one known value
of more words; a library word only where it is a known value itself ("fresno", a city), never a
stopword ("the")."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import stem
from bot.language.wordlists import STOPWORDS

PREFIX_NAMES_VALUES = True
_LENGTHS = (3, 2)


class PrefixReader:
    """First-words lookup over `self.known` (set by the class that mixes it in)."""

    known: Any
    # (first words) -> the known keys of more words they begin; built on first use
    _prefixes: dict[str, set[str]] | None = None

    def _by_prefix(
        self, toks: list[tuple[str, int, int]], i: int, vocab: Any
    ) -> tuple[str, int] | None:
        first = toks[i][0]
        if not PREFIX_NAMES_VALUES or not self.known or not first.isalpha() or len(first) < 3:
            return None
        if first in STOPWORDS or (stem(first) in vocab and first not in self.known):
            return None  # "state university" begins many a name: a word of the library's own
        if self._prefixes is None:
            self._prefixes = {}
            for key in self.known:
                parts = key.split(" ")
                for n in _LENGTHS:
                    if len(parts) > n:
                        self._prefixes.setdefault(" ".join(parts[:n]), set()).add(key)
        for n in _LENGTHS:
            if i + n > len(toks):
                continue
            said = " ".join(w for w, _s, _e in toks[i : i + n])
            keys = self._prefixes.get(said, set())
            if len(keys) == 1:
                return next(iter(keys)), n
        return None
