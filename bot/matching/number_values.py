"""Numbers that are known values: "account with name 338", "who owns card 5484846021884483".

A text column may hold numbers (an account name "338", a card number). When a number the
request writes is stored as such a value, it names that value of that parameter: it binds
exactly as stored to a query whose parameter takes it, and no other parameter reads it as
something else (a first name "338", a card id, a count of cards). A number the words make a
quantity ("more than 338", "top 338", "$338", "338 orders") stays a quantity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from bot.language.bounds import bound_direction
from bot.language.entities import RANK_WORDS, Entities, Number
from bot.language.textnorm import STOPWORDS, stem
from bot.library.model import Library
from bot.library.types.base import param_cues

# A number written as a text parameter's known value names that value (not a quantity).
NUMBERS_NAME_VALUES = True
MIN_DIGITS = 3  # "1", "12": too common to name one value


def written_digits(ent: Entities, num: Number) -> str:
    """The number as written, less a leading '#' and thousands commas."""
    return ent.text[num.start : num.end].lstrip("#").replace(",", "")


def value_numbers(ent: Entities) -> dict[int, Number]:
    """The numbers (by start offset) that may name a value: whole, 3+ digits, and no
    quantity by their words: no bound or rank before them ("more than", "top"), no money or
    percent, and named by a word before them ("name 338", "card 4560…") unless long enough to
    be an identifier."""
    if not NUMBERS_NAME_VALUES:
        return {}
    out: dict[int, Number] = {}
    for num in ent.numbers:
        digits = written_digits(ent, num)
        if not digits.isdigit() or len(digits) < MIN_DIGITS or num.percent or num.money:
            continue
        if bound_direction(num.before) or (num.before and num.before[-1] in RANK_WORDS):
            continue
        named_by_word = bool(num.before) and num.before[-1] not in STOPWORDS
        if num.id_like or named_by_word:
            out[num.start] = num
    return out


def owners_say_it(
    num: Number, owners: Iterable[frozenset[str]], others: Iterable[frozenset[str]]
) -> bool:
    """The words next to `num` announce a parameter that stores it (`owners`: each one's cue
    stems), and at least as well as any other parameter of the library (`others`): "order 551"
    is an order number, not the customer id "551"; "100 customers" counts customers; "ord 551"
    announces nothing, so the number is read as before (by the query's own parameters)."""
    near = {stem(w) for w in (*num.before[-2:], *num.after[:1])}
    before = {stem(w) for w in num.before[-2:]}
    after = {stem(w) for w in num.after[:1]}
    owned = 0
    for cues in owners:
        if after & cues and not before & cues and not num.id_like:
            return False  # "100 customers": how many, not customer "100"
        owned = max(owned, len(near & cues))
    return owned > 0 and all(len(near & cues) <= owned for cues in others)


def held_elsewhere(
    named: list[tuple[str, int, int, set[str]]], query: str
) -> tuple[tuple[int, int], ...]:
    """The spans of numbers named as known values of other queries' parameters only: no
    parameter of `query` reads them ("338" is an account name, not this query's first name).
    A number is named as a value only when it passed known_numbers."""
    return tuple((s, e) for key, s, e, owners in named if key.isdigit() and query not in owners)


class ParamCues:
    """Each parameter's cue stems ((query, parameter) -> stems), read once per library."""

    def __init__(self, library: Library) -> None:
        self.of = {(q.name, p.name): frozenset(param_cues(p)) for q in library for p in q.params}


def known_numbers(
    ent: Entities,
    entries: Callable[[str], Sequence[tuple[str, str, str]]],
    cues: ParamCues,
) -> dict[int, str]:
    """The numbers (start -> digits) that are known values (`entries`: query, parameter, value
    for a key) of text parameters the words next to them announce (owners_say_it)."""
    out = {}
    for start, num in value_numbers(ent).items():
        digits = written_digits(ent, num)
        owners = {(q, p) for q, p, _v in entries(digits)}
        if not owners:
            continue
        mine = [c for k, c in cues.of.items() if k in owners]
        if owners_say_it(num, mine, [c for k, c in cues.of.items() if k not in owners]):
            out[start] = digits
    return out


def number_bound(digits: str, binds: dict[str, Any]) -> bool:
    """A parameter holds the number `digits` (a numeric one took it: "order 551")."""
    return any(
        isinstance(v, int | float) and not isinstance(v, bool) and v == int(digits)
        for v in binds.values()
    )


def digits_alone(toks: list[tuple[str, int, int]]) -> bool:
    """Every word of the span is a number: no name of its own."""
    return all(w.replace(".", "").replace(",", "").isdigit() for w, _s, _e in toks)
