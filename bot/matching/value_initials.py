"""Known values said by their initials ("LA" for a stored "Los Angeles", "CS" for "Computer
Science", "sjsu" for "San Jose State University"): a word no known value or library word
itself, that is the initials of exactly one known value of several words.

A refresh stores each value's initials where no other value of its parameter shares them
(bot.library.value_spellings, ACRONYM_VALUES): a word written in capitals, two to five letters,
or in lower case, four or five letters and no common English word, names the one value they
are the initials of (three letters in lower case are too often a word: "top", "new", "due").
A key file written before those keys (or with the switch off): a word in capitals of two or
three letters that is the initials of exactly one value of as many words, found over the keys
themselves as before.
"""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import is_noise, stem
from bot.language.wordlists import ABBREVIATIONS, COMMON_SHORT
from bot.language.wordnet import is_general_word
from bot.library.value_keys import words_key
from bot.library.value_spellings import INITIALS
from bot.matching import signals

INITIALS_NAME_VALUES = True
_LETTERS = (2, 3)
_STORED_LETTERS = (2, 5)  # in capitals; in lower case from 4 (three letters: too many words)
_LOWER_MIN = 4


class InitialsReader:
    """Initials lookup over `self.known` (set by the class that mixes it in)."""

    known: Any
    # initials -> the known keys they abbreviate; built on the first word that could be some
    _initials: dict[str, set[str]] | None = None

    def _stored_initials(self) -> bool:
        """Every known value's initials are keys of their own (a key file of version 2)."""
        return bool(signals.ACRONYM_VALUES) and self.known.stored_has_kinds

    def _initial_keys(self) -> dict[str, set[str]]:
        """Initials -> the known keys they abbreviate; built on first use, and only for a key
        file without stored initials."""
        if self._initials is None:
            self._initials = {}
            if self._stored_initials():
                return self._initials
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
        if not INITIALS_NAME_VALUES or not self.known or not written.isalpha():
            return None
        if stem(word) in vocab or word in self.known:
            return None  # a library word, or a value of its own ("USA"), read exactly
        capitals = written.isupper()
        if self._stored_initials():
            return self._stored_hit(word, written, capitals, text)
        if not capitals or len(written) not in _LETTERS:
            return None
        keys = self._initial_keys().get(word, set())
        return (next(iter(keys)), 1) if len(keys) == 1 else None

    def _stored_hit(
        self, word: str, written: str, capitals: bool, text: str
    ) -> tuple[str, int] | None:
        low, high = _STORED_LETTERS
        if capitals:
            if not low <= len(written) <= high or _in_capitals(text):
                return None
        elif not (
            written.islower()
            and _LOWER_MIN <= len(written) <= high
            and not is_noise(word)
            and word not in ABBREVIATIONS
            and word not in COMMON_SHORT
            and not is_general_word(word)
        ):
            return None
        keys = {words_key(v) for _q, _p, v in self.known.get(INITIALS + word, ())}
        if len(keys) != 1:
            return None  # the initials of several values, each of its own parameter
        key = next(iter(keys))
        return (key, 1) if key in self.known else None


def _in_capitals(text: str) -> bool:
    """Most of the request's letters are capitals: a word in capitals says nothing."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)
