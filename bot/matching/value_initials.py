"""Known values said by their initials ("LA" for a stored "Los Angeles"): a word written in
capitals, two or three letters, no known value or library word itself, that is the initials
of exactly one known value of as many words."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import stem

INITIALS_NAME_VALUES = True
_LETTERS = (2, 3)


class InitialsReader:
    """Initials lookup over `self.known` (set by the class that mixes it in)."""

    known: Any
    # initials -> the known keys they abbreviate; built on the first word that could be some
    _initials: dict[str, set[str]] | None = None

    def _initial_keys(self) -> dict[str, set[str]]:
        """Initials -> the known keys they abbreviate; built on first use."""
        if self._initials is None:
            self._initials = {}
            for key in self.known:
                parts = key.split(" ")
                if len(parts) in _LETTERS and all(p.isalpha() for p in parts):
                    self._initials.setdefault("".join(p[0] for p in parts), set()).add(key)
        return self._initials

    def _by_initials(
        self, toks: list[tuple[str, int, int]], i: int, text: str, vocab: Any
    ) -> tuple[str, int] | None:
        word, start, end = toks[i]
        written = text[start:end]
        if not INITIALS_NAME_VALUES or not self.known or len(written) not in _LETTERS:
            return None
        if not (written.isalpha() and written.isupper()) or stem(word) in vocab:
            return None
        if word in self.known:
            return None  # a value of its own ("USA"), read exactly or not at all
        keys = self._initial_keys().get(word, set())
        return (next(iter(keys)), 1) if len(keys) == 1 else None
