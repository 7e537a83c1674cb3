"""The number types: `int` (a whole number) and `number`, each with an optional min/max.

Which number of a request a parameter takes is read in bot.library.types.numbers; here, what
else the words give a count ("customers who have an account": at least one; "made in 2008"
for a year), and how a number is checked, shown and asked for.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from bot.errors import UserFacingError
from bot.language.bounds import bound_after
from bot.language.entities import NEGATIONS, bound_direction, context_words, name_direction
from bot.language.strict_years import bound_word, year_as_compared
from bot.language.textnorm import stem, words
from bot.library.types import base
from bot.library.types.base import (
    Clip,
    FormField,
    Option,
    ParamDef,
    is_number,
    label,
    param_cues,
    sql_operator,
)
from bot.library.types.numbers import pick_number

# A parameter named for an inclusive lower bound ("min_accounts", "at_least_orders").
# A year with a bound said after it ("2010 or later", "2005 or earlier") is no value of a
# parameter holding one exact year: a bound of the query's range takes it, or none does.
YEAR_BOUND_AFTER_NO_EXACT_YEAR = True
_AT_LEAST_PARTS = {"min", "minimum", "least", "gte"}
# "have an account", "with any account", "has opened an account", "with accounts": one exists.
_HAS_ONE = re.compile(
    r"\b(?P<verb>have|has|had|having|with|hold|holds|holding|own|owns|owning)\s+"
    r"(?:[a-z]+ed\s+)?(?:(?:an?|any|some|at\s+least\s+one)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)"
    r"|(?P<plural>[a-z]+s))\b",  # "customers with accounts"
    re.I,
)

# "employees who have certificate": a verb of having and the bare singular of what the bound
# counts (no article) says one exists too; "with" is left out ("with account balance over 500").
BARE_NOUN_SAYS_ONE = True
_HAS_BARE = re.compile(
    r"\b(?:have|has|had|having|hold|holds|holding|own|owns|owning)\s+(?P<noun>[a-z]+)\b(?!\s+[a-z])",
    re.I,
)

# "students who registered some courses", "assigned to any project": a verb's participle and
# "some" / "any" before what the lower bound counts says one exists, as "have an account" does.
SOME_NOUN_SAYS_ONE = True
_DID_SOME = re.compile(
    r"\b(?P<verb>[a-z]{3,}ed)\s+(?:(?:for|in|on|to|at|into|with)\s+)?(?:some|any)\s+"
    r"(?P<noun>[a-z]+)(?:\s+(?P<next>[a-z]+))?\b",  # "some courses", "any research project"
    re.I,
)


# "drivers who won" for `wins >= :min_wins`: the verb of what a lower bound counts, said
# with no number, says that at least one exists (its noun, "the most wins", says nothing).
VERB_SAYS_ONE = True


def _verb_of_count(p: ParamDef, text: str) -> bool:
    """`text` says, not negated, a verb whose stem is the noun `p`'s name counts, in another
    form than the noun's ("won" for min_wins)."""
    nouns = [w for w in p.name.lower().split("_") if len(w) > 2 and w.endswith("s")]
    if not nouns:
        return False
    said = words(text)
    for k, (w, _s, _e) in enumerate(said):
        lw = w.lower()
        if any(lw in (n, n[:-1]) or stem(lw) != stem(n) for n in nouns):
            continue
        if not {v.lower() for v, _s2, _e2 in said[max(0, k - 2) : k]} & NEGATIONS:
            return True
    return False


class NumberType(base.ParamType):
    name = "number"
    extract_order = 4
    is_numeric = True
    has_range = True
    whole = False
    kind_words = "a number"
    literal_kinds = frozenset({"number"})

    def draft_default(self, value: Any, today: dt.date) -> Any:
        if isinstance(value, bool):
            raise ValueError(f"is not a valid {self.name}")
        if isinstance(value, int | float):
            return value
        try:
            number = float(str(value))
        except ValueError:
            raise ValueError(f"is not a valid {self.name}") from None
        return int(number) if number.is_integer() and "." not in str(value) else number

    def default_problem(self, p: ParamDef) -> str | None:
        if not self.accepts_default(p.default):
            return f"is not {self.kind_words}"
        if p.min is not None and p.default < p.min:
            return f"is below the minimum {p.min}"
        if p.max is not None and p.default > p.max:
            return f"is above the maximum {p.max}"
        return None

    def accepts_default(self, default: Any) -> bool:
        return is_number(default)

    def sample(self, p: ParamDef) -> Any:
        return 1

    def from_words(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        picked = pick_number(p, ctx, self.whole)
        if picked is None:
            return self._year_from_period(p, ctx) or self._at_least_one(p, ctx)
        num, fit = picked
        if not self.whole:
            value: float | int = num.value
        else:
            value = num.exact if num.exact is not None else int(num.value)
        return base.Found({p.name: value}, 1.0 if fit >= 2 else 0.3)

    def _at_least_one(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        """An inclusive lower bound on a count ("min_accounts") takes 1 from words that say
        one exists: "customers who have an account", "with any account"."""
        if not self.whole or not set(p.name.lower().split("_")) & _AT_LEAST_PARTS:
            return None
        if p.min is not None and p.min > 1 or p.max is not None and p.max < 1:
            return None
        if VERB_SAYS_ONE and _verb_of_count(p, ctx.ent.masked):
            counted = {stem(w) for n in ctx.ent.numbers for w in n.before[-2:] + n.after[:2]}
            if not counted & param_cues(p):  # "won more than 2 races" bounds no wins
                return base.Found({p.name: 1}, 0.3)
        if any(bound_direction(n.before) for n in ctx.ent.numbers):
            return None  # "with bookings <= 1": the count is bounded by the number said
        cues = param_cues(p)
        for m in _HAS_ONE.finditer(ctx.ent.masked):
            noun = m.group("noun") or m.group("plural")
            before = ctx.ent.masked[max(0, m.start() - 16) : m.start() + len(m.group("verb"))]
            if stem(noun.lower()) in cues and not {w for w, _s, _e in words(before)} & NEGATIONS:
                return base.Found({p.name: 1}, 0.3)
        for m in _DID_SOME.finditer(ctx.ent.masked) if SOME_NOUN_SAYS_ONE else ():
            before = ctx.ent.masked[max(0, m.start() - 16) : m.end("verb")]
            if {stem(m["noun"].lower()), stem((m["next"] or m["noun"]).lower())} & cues and not {
                w for w, _s, _e in words(before)
            } & NEGATIONS:
                return base.Found({p.name: 1}, 0.3)
        for m in _HAS_BARE.finditer(ctx.ent.masked) if BARE_NOUN_SAYS_ONE else ():
            before = ctx.ent.masked[max(0, m.start() - 16) : m.start("noun")]
            if (
                stem(m["noun"].lower()) in cues
                and not {w for w, _s, _e in words(before)} & NEGATIONS
            ):
                return base.Found({p.name: 1}, 0.3)
        return None

    def _year_from_period(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        """A `year` parameter takes a whole calendar year the request names ("made in 2008"),
        when no period parameter of the query took it."""
        if not self.whole or "year" not in param_cues(p) or ctx.period_used:
            return None
        for period in ctx.ent.periods:
            start, end = period.start, period.end
            before, after = context_words(ctx.ent.text, *period.span)
            said = bound_direction(before)
            if said and said == -name_direction(p.name):  # "before 2000" for made_after
                continue
            if (
                YEAR_BOUND_AFTER_NO_EXACT_YEAR
                and not said
                and not name_direction(p.name)
                and bound_direction(bound_after(ctx.ent.text, period.span[1], before, after)[0])
            ):
                continue  # "opened in 2010 or later": a bound, no year opened in
            if (
                (start.month, start.day) == (1, 1)
                and end.year == start.year
                and ((end.month, end.day) == (12, 31) or end == ctx.today)
            ):
                if (
                    p.min is not None
                    and start.year < p.min
                    or p.max is not None
                    and start.year > p.max
                ):
                    continue
                ctx.period_used = True
                word = bound_word(context_words(ctx.ent.text, *period.span)[0])
                year = year_as_compared(word, sql_operator(ctx.sql, p.name), start.year)
                return base.Found({p.name: year}, 1.0)
        return None

    def check_value(self, p: ParamDef, value: Any) -> Any:
        name = label(p).capitalize()
        try:
            if isinstance(value, bool):
                raise ValueError
            number: float | int = float(str(value).replace(",", "").strip())
            if not math.isfinite(number):  # `1e999`, `inf`, `nan`: no value a query can use
                raise ValueError
            if self.whole:
                if number != int(number):
                    raise ValueError
                number = int(number)
        except ValueError:
            raise UserFacingError(f"{name} must be {self.kind_words}.") from None
        if p.min is not None and number < p.min:
            raise UserFacingError(f"{name} must be at least {p.min:g}.")
        if p.max is not None and number > p.max:
            raise UserFacingError(f"{name} must be at most {p.max:g}.")
        return number

    def engine_value(self, value: Any) -> Any:
        return float(value)

    def form_element(
        self, p: ParamDef, fld: FormField, binds: dict[str, Any], option: Option, clip: Clip
    ) -> dict[str, Any]:
        value = binds.get(fld.key)
        el: dict[str, Any] = {
            "type": "number_input",
            "action_id": "value",
            "is_decimal_allowed": not self.whole,
        }
        if value is not None:
            el["initial_value"] = str(value)
        if p.min is not None:
            el["min_value"] = str(int(p.min) if self.whole else p.min)
        if p.max is not None:
            el["max_value"] = str(int(p.max) if self.whole else p.max)
        return el


class IntType(NumberType):
    name = "int"
    extract_order = 3
    takes_identifier = True
    whole = True
    kind_words = "a whole number"

    def draft_default(self, value: Any, today: dt.date) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            return int(value)
        raise ValueError(f"is not a valid {self.name}")

    def accepts_default(self, default: Any) -> bool:
        return isinstance(default, int) and not isinstance(default, bool)

    def engine_value(self, value: Any) -> Any:
        return int(value)
