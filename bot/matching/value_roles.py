"""Which of a query's parameters takes a value the request names, beyond the words right
beside it (bot.matching.values): the words of its clause ("routes whose destination airports
are in Canada" is the destination country's), and a value that is only a parameter's own name
said as a word ("a driver with the last name Lewis": no driver called "Driver")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bot.language.textnorm import stem, words
from bot.library.types.base import name_stems
from bot.matching.joined_params import _REACH, _SENTENCE, _words_of

# Where the words around a value do not say which of two parameters takes it, those of its
# clause do: "routes whose destination airports are in Canada" is the destination country's.
CLAUSE_NAMES_THE_END = True


def clause_leans(fits: Sequence[str], text: str, start: int) -> dict[str, int]:
    """For each parameter of `fits`, how many words of its own (not shared by all of `fits`)
    stand before the value (at `start`) in its sentence; all 0 unless exactly one has some."""
    if not CLAUSE_NAMES_THE_END or len(fits) < 2 or not text:
        return {}
    lead = text[max(0, start - _REACH) : start]
    cut = max((m.end() for m in _SENTENCE.finditer(lead)), default=0)
    toks = {stem(w) for w, _s, _e in words(lead[cut:])}
    own = {p: _words_of(p) for p in fits}
    shared = frozenset.intersection(*own.values())
    leans = {p: len((w - shared) & toks) for p, w in own.items()}
    return leans if sum(1 for n in leans.values() if n) == 1 else {}


# A stored value whose words are a parameter's own name ("Driver", a surname, for `driver`),
# written in lower case, is that parameter named, not its value.
OWN_NAME_NO_VALUE = True


def names_its_param(key: str, written: str, param: str) -> bool:
    """`key` (a value's words, `written` as the request writes it) is `param`'s own name."""
    if not OWN_NAME_NO_VALUE or not written.islower():
        return False
    return all(stem(w) in name_stems(param) for w in key.split())


# Of the parameters a value fits, one the value right after it can alone take is left to that
# one: "CONRAD SELBIG" with CONRAD a first and a last name, SELBIG only a last name.
NEXT_VALUE_TAKES_ITS_OWN = True


def left_for_next(
    named: Sequence[Any], end: int, text: str, fits: set[str], fits_of: Callable[[str], set[str]]
) -> set[str]:
    """The parameters of `fits` that the named value right after `end` (next to it) fits,
    when it fits fewer of them than all."""
    if not NEXT_VALUE_TAKES_ITS_OWN:
        return set()
    for key, s, _e, _o in named:
        if s >= end and not text[end:s].strip():
            theirs = fits_of(key) & fits
            return theirs if theirs and theirs != fits else set()
    return set()
