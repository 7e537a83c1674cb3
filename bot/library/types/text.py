"""The text types: `string` (free text, optionally with a `pattern`) and `choice` (one of
its `choices`, named directly or by a `synonyms` word).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from bot.errors import UserFacingError
from bot.language.directions import blank_from_to
from bot.language.entities import NEGATIONS, Entities, context_words
from bot.language.superlatives import ranks_before
from bot.language.textnorm import STOPWORDS, fold, stem, words
from bot.library.types import base, number_said
from bot.library.types import numbers as number_types
from bot.library.types.base import (
    Clip,
    FormField,
    Option,
    ParamDef,
    fits_a_menu,
    label,
    param_cues,
    select_element,
)
from bot.library.types.choice_in_value import outside_values, value_spans
from bot.library.types.choice_phrases import choice_by_its_words, word_root
from bot.library.types.choice_phrases import choice_pattern as _choice_pattern
from bot.library.types.choice_phrases import fuzzy_choices as _fuzzy_choices
from bot.library.types.choice_phrases import per_param as _per_param
from bot.library.types.choice_roles import (
    choice_of_a_name,
    grouped_instead,
    listed_not_order,
    negated_by_prefix,
)
from bot.library.types.flags import bare_presence_word, find_had, presence_choices

# A choice said by another form of its word ("succeeded" for `successful`, "accepts" for
# `accepted`): both read down to one root.
CHOICE_BY_ROOT = True


@_per_param
def _root_choices(param: ParamDef) -> dict[str, str]:
    """Roots (6+ letters) of the one-word choices and synonyms."""
    table = {word_root(c): c for c in param.choices if " " not in c}
    table.update({word_root(w): c for w, c in param.synonyms.items() if " " not in w})
    return {r: c for r, c in table.items() if len(r) >= 6}


# The parameter's own name word ("commission" for `commission: [with, without]`) names the
# parameter, never one of its choices by a typo or another form ("commissioned").
NAME_WORD_NO_CHOICE = True


# "at least" / "at most" say a bound: their "least" / "most" start no choice or synonym
# ("least races", "most wins").
BOUND_WORDS_NO_CHOICE = True
_AT_BOUND = re.compile(r"\b(at\s+)(least|most)\b", re.I)


def blank_bound_words(text: str) -> str:
    """`text` with the "least" / "most" of "at least" / "at most" blanked (same length), and
    the far end of an order said from one end to the other ("from most to least")."""
    text = blank_from_to(text)  # "from most to least" names no choice "least"
    if not BOUND_WORDS_NO_CHOICE:
        return text
    return _AT_BOUND.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def find_choice(param: ParamDef, text: str) -> tuple[str, int, int] | None:
    """The first choice of `param` named in `text` (value, start, end), typos tolerated."""
    text = fold(text)
    text = blank_bound_words(text)  # "at least 2 races" names no choice "least races"
    pattern, groups = _choice_pattern(param)
    m = pattern.search(text) if pattern is not None else None
    worded = choice_by_its_words(param, text)
    if worded is not None and (m is None or _overlaps(m.start(), m.end(), worded[1], worded[2])):
        return worded  # "the latest join year": not the synonym "join year"
    if m is not None and m.lastgroup is not None:
        return groups[m.lastgroup], m.start(), m.end()
    own = _own_words(param) if NAME_WORD_NO_CHOICE else frozenset()
    fuzzy = _fuzzy_choices(param)
    if fuzzy:
        for w, s, e in words(text):
            if len(w) < 5 or w in STOPWORDS or stem(w) in own:
                continue
            hit = process.extractOne(w, fuzzy.keys(), scorer=fuzz.ratio, score_cutoff=84)
            if hit:
                return fuzzy[hit[0]], s, e
    roots = _root_choices(param) if CHOICE_BY_ROOT else {}
    if roots:
        for root, s, e in _said_roots(text):
            if root in roots and stem(text[s:e]) not in own:
                return roots[root], s, e
    return None


@_per_param
def _own_words(param: ParamDef) -> frozenset[str]:
    """Stems of the parameter's name words that no choice or synonym is written as."""
    parts = {w for w in param.name.lower().split("_") if len(w) > 2}
    parts -= {str(c).lower() for c in [*param.choices, *param.synonyms]}
    return frozenset(stem(w) for w in parts)


@lru_cache(maxsize=256)  # one request, read for every choice parameter of every candidate
def _said_roots(text: str) -> tuple[tuple[str, int, int], ...]:
    """The roots of the words `text` says, less those a negation takes back."""
    said = list(words(text))
    return tuple(
        (word_root(w), s, e)
        for k, (w, s, e) in enumerate(said)
        if len(w) >= 6 and not {v for v, _s, _e in said[max(0, k - 2) : k]} & NEGATIONS
    )


def pick_string(
    param: ParamDef,
    ent: Entities,
    used: set[int] | None = None,
    shared: bool = False,
    rivals: tuple[set[str], ...] = (),
    held: tuple[tuple[int, int], ...] = (),
) -> str | None:
    """The request's value for a free-text parameter: its own shape, an email, a quoted
    phrase, an id or code, or a whole number next to the parameter's words; none inside a
    known value another parameter took (`held`: "Airbus A340-300" is no origin "a340-300")."""
    pattern = re.compile(param.pattern) if param.pattern else None
    cues = param_cues(param)
    candidates: list[tuple[float, str]] = []
    taken = {ent.text[ent.numbers[i].start : ent.numbers[i].end] for i in used or ()}
    if pattern is not None:  # a word with the parameter's own shape ("ORD-SFO")
        for m in re.finditer(r"[^\s,;!?()\[\]\"']+", ent.text):
            token = m.group(0).rstrip(".:")
            if base.SHAPE_TAKES_THE_NUMBER and token in taken:
                continue  # "bike 94002": the bike's id, not also a zip code
            if pattern.fullmatch(token):
                candidates.append((2.5, token))
    for value, _s, _e in ent.emails:
        candidates.append((3.0, value))
    for value, s, e in ent.quoted:
        if not any(_overlaps(s, e, a, b) for a, b in held):
            candidates.append((2.0, value))
    for value, s, e in ent.id_tokens:
        if any(a <= s and e <= b for a, b in held):
            continue
        before, after = context_words(ent.text, s, e)
        candidates.append((1.5 + (1.0 if {stem(w) for w in before + after} & cues else 0), value))
    for i, num in enumerate(ent.numbers):
        if used and i in used:  # a number a numeric parameter took is not also a name
            continue
        # A whole number, also one too long for a float (its value infinity, its digits exact).
        if num.exact is not None or (math.isfinite(num.value) and num.value == int(num.value)):
            near = {stem(w) for w in num.before[-2:] + num.after[:2]}
            if not near & cues and not num.id_like and pattern is None:
                continue  # "above 50", "top 3": a quantity, not this parameter's value
            if not near & cues and shared and BARE_IDS_ONE_TAKER:
                continue  # "salary and 2500": no word says whose id, and several could take it
            if NUMBER_TO_CLOSEST_NAME and any(len(near & r) > len(near & cues) for r in rivals):
                continue  # "account name 900": the account name's, not the first name's
            if COUNT_BEFORE_NOUN and _counts_the_noun(num, cues) and pattern is None:
                continue  # "which 3 wineries": how many of them, not winery "3"
            if pattern is None and not num.id_like and ranks_before(num.after):
                continue  # "2 youngest gymnasts": how many rows, no gymnast "2"
            if pattern is None and BOUND_NUMBER_NO_TEXT and num.before[-1:] in _BOUND_BEFORE:
                continue  # "artists under 47": a bound on some number, no country "47"
            if pattern is None and number_said.year_as_time(num, cues):
                continue  # "a CSU campus in 1996": the year, no campus "1996"
            raw = ent.text[num.start : num.end].lstrip("#").replace(",", "")
            candidates.append(((2.5 if near & cues else 0.5) + (0.5 if num.id_like else 0), raw))
    for _score, value in sorted(
        candidates, key=lambda c: -c[0] - (1.0 if c[0] < 2.5 or c[0] >= 3 else 0)
    ):
        if pattern is None or pattern.fullmatch(value):
            return value
    return None


# A quoted known value another parameter took is held whole: its quotes stand outside the value's
# own span ("'Bootup Baltimore'" is the club's, not also a first name's).
QUOTES_AROUND_HELD = True


def _overlaps(s: int, e: int, a: int, b: int) -> bool:
    """Whether the span s..e shares a character with a..b (only its start or end, switch off)."""
    if QUOTES_AROUND_HELD:
        return s < b and a < e
    return a <= s < b or a < e <= b


# A number goes to the text parameter whose words stand next to it most ("account name 900"
# is the account name, not a first name that shares the word "name").
NUMBER_TO_CLOSEST_NAME = True
# A number no word of the parameter stands next to is its value only when no other free-text
# parameter of the query could take it: "... salary and 2500" is no first name, city and job.
BARE_IDS_ONE_TAKER = True
# Two choices of one parameter named, one of them by a superlative ("the student id of the
# oldest student"): the superlative ranks the rows, the other names a column shown.
SUPERLATIVE_CHOICE_FIRST = True
_SUPERLATIVES = frozenset(["most", "least", "fewest"])


def _superlative(said: str) -> bool:
    return any(w in _SUPERLATIVES or (len(w) > 5 and w.endswith("est")) for w in said.split())


def _superlative_instead(p: ParamDef, text: str, hit: tuple[str, int, int]) -> tuple[str, int, int]:
    """The one choice named by a superlative when `hit` is not, among the choices `text`
    names ("oldest" over "student id"); else `hit`."""
    if _superlative(text[hit[1] : hit[2]].lower()):
        return hit
    rest, found = text, []
    other = hit
    while other is not None and len(found) < 5:
        rest = rest[: other[1]] + " " * (other[2] - other[1]) + rest[other[2] :]
        other = find_choice(p, rest)
        if (
            other is not None
            and other[0] != hit[0]
            and _superlative(text[other[1] : other[2]].lower())
        ):
            found.append(other)
    return found[0] if len({f[0] for f in found}) == 1 else hit


# A code or quoted phrase inside a known value another parameter took is that one's: "Airbus
# A340-300" for the aircraft leaves no "a340-300" for the origin and destination.
CODES_IN_VALUES_HELD = True
# A number said right after a comparison word ("under 47", "more than 5") bounds a quantity:
# it is no free-text value, whatever parameter's words stand near.
BOUND_NUMBER_NO_TEXT = True
_BOUND_BEFORE = [(w,) for w in ("under", "over", "above", "below", "than", "exceeding")]
# A small number written just before the parameter's own word counts them ("3 wineries").
COUNT_BEFORE_NOUN = True


def _counts_the_noun(num: Any, cues: frozenset[str] | set[str]) -> bool:
    """`num` stands before one of the parameter's words and after none of them ("the 3
    wineries", not "winery 3"), and is no identifier: a count of those things."""
    if num.id_like:
        return False
    return (
        bool(num.after)
        and stem(num.after[0]) in cues
        and not {stem(w) for w in num.before[-2:]} & cues
    )


class _TextType(base.ParamType):
    """What text parameters share: known values may name them, and a promoted one asks."""

    has_values = True
    literal_kinds = frozenset({"string"})
    asked_when_promoted = True

    def draft_default(self, value: Any, today: dt.date) -> Any:
        if isinstance(value, bool):
            raise ValueError(f"is not a valid {self.name}")
        return str(value)


class StringType(_TextType):
    name = "string"
    extract_order = 6
    takes_identifier = True
    has_pattern = True
    literal_kinds = frozenset({"string", "date"})

    def default_problem(self, p: ParamDef) -> str | None:
        if not isinstance(p.default, str | int):
            return "is not text"
        if p.pattern and not re.fullmatch(p.pattern, str(p.default)):
            return f"does not match the pattern {p.pattern!r}"
        return None

    def from_words(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        if p.name in ctx.known:  # a known value binds exactly as stored
            return base.Found({p.name: ctx.known[p.name][0]}, 1.0)
        taken = set(ctx.used_numbers)
        if number_types.ONE_NUMBER_ONE_PARAM:  # read at call time (the ablation sets it)
            taken |= ctx.held_by_others(p.name) | ctx.shaped_for_others(p)
        others = [o for o in ctx.siblings if o is not p and o.kind.name == "string"]
        shared = any(not o.pattern for o in others)
        held = tuple((s, e) for o, (_v, s, e) in ctx.known.items() if o != p.name)
        held = held if CODES_IN_VALUES_HELD else ()
        rivals = tuple(param_cues(o) for o in others)
        value = pick_string(p, ctx.ent, taken, shared, rivals, held)
        return None if value is None else base.Found({p.name: value}, 1.0)

    def check_value(self, p: ParamDef, value: Any) -> Any:
        text = str(value)
        if len(text) > 500:
            raise UserFacingError(f"{label(p).capitalize()} is too long (500 characters at most).")
        if p.pattern and not re.fullmatch(p.pattern, text):
            raise UserFacingError(
                f"{label(p).capitalize()} does not look right "
                f"(expected a value matching {p.pattern})."
            )
        return text

    def engine_value(self, value: Any) -> Any:
        return str(value)


class ChoiceType(_TextType):
    name = "choice"
    extract_order = 2
    has_choices = True

    def default_problem(self, p: ParamDef) -> str | None:
        if str(p.default) in p.choices:
            return None
        return f"is not one of the choices {list(p.choices)}"

    def from_words(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        text = ctx.ent.masked
        hit = find_choice(p, text)
        while hit is not None and bare_presence_word(p, text[hit[1] : hit[2]]):
            # "employees with last name King": a bare "with" is no commission "with"
            text = text[: hit[1]] + " " * (hit[2] - hit[1]) + text[hit[2] :]
            hit = find_choice(p, text)
        if hit is not None:
            hit = listed_not_order(p, text, hit, find_choice)  # "the name of the aircraft"
        if hit is not None:
            hit = negated_by_prefix(p, text, hit)  # "non-scholarship athletes"
        if hit is not None and hit[0] == p.default:
            # "the id of the shortest trip": the default named in passing, another choice too
            later = find_choice(p, text[: hit[1]] + " " * (hit[2] - hit[1]) + text[hit[2] :])
            hit = later or hit
        if hit is not None and SUPERLATIVE_CHOICE_FIRST:
            hit = _superlative_instead(p, text, hit)
        if hit is not None:
            hit = grouped_instead(p, text, hit, find_choice)
            hit = choice_of_a_name(p, text, hit, ctx.siblings, find_choice)
        if hit is not None:
            spans = value_spans(p, text, ctx.siblings, ctx.known, find_choice)
            hit = outside_values(p, text, hit, spans, find_choice)  # "type Product Failure"
        if hit is None and (pair := presence_choices(p)) is not None:
            had = find_had(p, ctx.ent.masked)
            return None if had is None else base.Found({p.name: pair[0] if had else pair[1]}, 0.5)
        return None if hit is None else base.Found({p.name: hit[0]}, 1.0)

    def sample(self, p: ParamDef) -> Any:
        return p.choices[0] if p.choices else "x"

    def check_value(self, p: ParamDef, value: Any) -> Any:
        text = str(value).strip()
        for c in p.choices:
            if text == c or text.lower() == c.lower():
                return c
        for word, choice in p.synonyms.items():
            if text.lower() == word.lower():
                return choice
        raise UserFacingError(f"{label(p).capitalize()} must be one of: {_listed(p.choices)}.")

    def engine_value(self, value: Any) -> Any:
        return str(value)

    def value_words(self, p: ParamDef, value: Any) -> str:
        return str(value)

    def form_element(
        self, p: ParamDef, fld: FormField, binds: dict[str, Any], option: Option, clip: Clip
    ) -> dict[str, Any]:
        if not fits_a_menu(p.choices):  # typed, and checked against the choices as before
            return super().form_element(p, fld, binds, option, clip)
        value = binds.get(fld.key)
        return select_element(
            [option(c, c) for c in p.choices],
            option(str(value), str(value)) if value in p.choices else None,
        )


# A refusal is one line: a library with hundreds of choices names the first few, not 30,000
# characters of them.
LISTED_CHOICES = 12


def _listed(choices: list[str] | tuple[str, ...]) -> str:
    shown = ", ".join(choices[:LISTED_CHOICES])
    more = len(choices) - LISTED_CHOICES
    return f"{shown} and {more} more" if more > 0 else shown
