"""Parameter values: found in a request's words, typed in a form, or taken from defaults.

Everything here speaks "binds": the JSON-friendly bind parameters a query sends to its engine
(`period_start`/`period_end` as ISO dates, ints, strings, bools, None for an unset optional).
`validate_binds` is the gate every value passes before a query runs: a choice must be one of
its choices, a number within its range, a string must match its pattern. What each type does is
in its class (bot.library.types); this module walks a query's parameters, and
bot.matching.readings adds what the words give beyond each type's own reading.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bot.language.entities import (  # noqa: F401 - re-exported for the matcher's callers
    EMAIL_RE,
    ID_CODE_RE,
    RANK_AFTER,
    RANK_WORDS,
    Entities,
    Number,
    bound_direction,
    find_entities,
    name_direction,
)
from bot.language.textnorm import stem, words
from bot.library.model import ParamDef, QueryDef
from bot.library.types import WordsContext, find_choice, point_in_time, said_scale  # noqa: F401
from bot.library.types.base import name_stems, param_cues
from bot.library.types.compound_cues import header_words
from bot.matching import signals
from bot.matching.alphabetical_key import alphabetical_by_listed
from bot.matching.bound_pairs import (
    bounds_on_equalities,
    counts_as_values,
    exact_to_both_bounds,
    match_bound_to_operator,
    range_to_pair,
    strictness_picks_bound,
)
from bot.matching.compared_operand import measured_words, operand_words
from bot.matching.contains_said import part_said
from bot.matching.default_binds import DefaultBinds
from bot.matching.grain_choice import group_by_filter
from bot.matching.none_left import none_left
from bot.matching.one_best import one_best_row
from bot.matching.order_said import sort_by_order_words
from bot.matching.ordinal_values import ordinal_values
from bot.matching.quoted_choice import give_back_chosen_quotes
from bot.matching.readings import (  # noqa: F401 - sql_operator re-exported for callers
    choice_in_periods,
    compared_words,
    name_after_cue,
    none_at_all,
    order_said,
    sql_operator,
    word_said,
)
from bot.matching.relations import relation_values
from bot.matching.sort_choice import choose_sort
from bot.matching.unread import unread_dates
from bot.matching.values_compared import compared_values
from bot.matching.way_flip import flip_to_said_way
from bot.matching.year_bounds import bounded_years, year_ranges


@dataclass
class Extraction:
    binds: dict[str, Any]
    missing: list[str]
    absorbed: int  # how many distinct values the text gave this query
    period_used: bool
    # How specific the values are to this query: a named choice, a number next to its unit
    # word, an email or id count 1; a period or a number placed by elimination count less.
    evidence: float = 0.0
    # Values the request gives this query that its parameters cannot take ("within 400 days"
    # where days is at most 365): the product refuses with the reason rather than guess.
    refusals: list[str] = field(default_factory=list)
    # What the request said that this query neither knows nor took (filled for the best one).
    ignored: list[str] = field(default_factory=list)
    unshown: int = 0  # asked-for columns its result does not show (bot.matching.asked_columns)
    # Values the request names that only other queries' parameters take ("APAC").
    foreign_values: list[str] = field(default_factory=list)
    used_numbers: set[int] = field(default_factory=set)  # indexes into Entities.numbers
    value_spans: list[tuple[int, int]] = field(default_factory=list)  # known values it took
    filter_spans: list[tuple[int, int]] = field(default_factory=list)  # of them, those bound
    # Values it would drop that one of its filters takes, holding another ("male ... female").
    second_values: list[str] = field(default_factory=list)
    # Of the foreign values, those another query filters its rows on ("apparel" for a query
    # with no category): the answer would leave out the constraint.
    dropped_filters: list[str] = field(default_factory=list)
    dropped_breakdowns: list[str] = field(default_factory=list)  # "by month": rows not per month
    # What a one-row result was asked per ("each affiliation type": {"affiliation"}), the
    # stems runners-up grouped by them are offered on (bot.matching.one_row_splits).
    one_row_per: frozenset[str] = frozenset()
    dropped_bounds: int = 0  # numbers said as bounds ("at most three") that it leaves unused
    # Parameters the request states a constraint for that no value could be read for: asked
    # for before anything runs (bot.matching.unread says why they count as missing).
    asked: list[str] = field(default_factory=list)
    misread_numbers: int = 0  # numbers taken under another parameter's unit or as a quantity
    searched: str = ""  # a word said as part of a name, taken as said (bot.matching.contains_said)
    covered: frozenset[str] = frozenset()  # the request's stems its title or keywords say
    other_grain: bool = False  # rows of a table another listing is of, that its rows are not
    work_cue: float = 0.0  # what its words asking for work took off (bot.matching.work_cues)
    grand_total_unmet: bool = False  # one figure over every row asked of a result of many
    misplaced: int = 0  # aggregates it shows of other things than asked ("average age")
    lexical: float = 0.0  # the words' score alone, before values, shapes and penalties
    coverage: float = 0.0  # of it, the IDF-weighted share of the request's words it explains
    example: float = 0.0  # and the cosine with its closest example
    # Of the request, the same for every candidate (the learned gate's features): how many
    # content words, and the penalty of the words no query knows and of the asks for work.
    request_words: int = 0
    unknown_penalty: float = 0.0


# A sort choice read from what the order words say it sorts on and which way (order_said).
SORT_BY_ORDER_WORDS = True
# "not enrolled in any course", "with no reviews": an upper bound on that count takes 0.
NONE_IS_ZERO = True
# A quoted value is one parameter's: "from station 'X'" binds the start station only.
ONE_QUOTE_ONE_PARAM = True
# A quoted value the words give to neither of two parameters asks for both (not run without it).
ASK_UNREAD_QUOTES = True
# "exactly 2 bookings", "just one enrollment": both bounds of a min/max pair take the number;
# said "exactly" to a query with one bound only, the number is given back (not a bound).
EXACT_COUNTS_BOTH_BOUNDS = True
# A bound given back by one equality ("older than 20" taken as student 20) is given back by the
# next one too (major 20, advisor 20): only a parameter its SQL compares may keep it.
EVERY_EQUALITY_GIVES_BACK = True


def extract(
    query: QueryDef,
    ent: Entities,
    today: dt.date,
    known: dict[str, tuple[str, int, int]] | None = None,
    held: tuple[tuple[int, int], ...] = (),
    defaults: DefaultBinds | None = None,
) -> Extraction:
    """Fill `query`'s binds from the request; defaults for the rest; list missing required.
    `known`: the known values the request names for the query's parameters (bot.matching.index);
    `held`: spans of numbers that are other queries' known values (none of its own reads them);
    `defaults`: the query's default binds as its index keeps them (worked out here without)."""
    defaults = defaults or DefaultBinds()
    x = _extract(query, ent, today, known or {}, frozenset(), held, defaults)
    # A parameter that took a bound its SQL cannot compare ("at most 3" for a row count) gives
    # it back: read again without it, so a parameter that does compare can take the number.
    skipped: frozenset[str] = frozenset()
    for round_ in range(len(query.params) if EVERY_EQUALITY_GIVES_BACK else 1):
        skip = bounds_on_equalities(query, ent, x.used_numbers, x.binds)
        if not round_:
            skip += counts_as_values(query, ent, x.used_numbers, x.binds)
        if not skip:
            break
        skipped |= {p.name for p in skip}
        x = _extract(query, ent, today, known or {}, skipped, held, defaults)
    return x


def _extract(
    query: QueryDef,
    ent: Entities,
    today: dt.date,
    known: dict[str, tuple[str, int, int]],
    skip: frozenset[str],
    held: tuple[tuple[int, int], ...] = (),
    defaults: DefaultBinds | None = None,
) -> Extraction:
    defaults = defaults or DefaultBinds()
    binds: dict[str, Any] = {}
    missing: list[str] = []
    absorbed = 0
    evidence = 0.0
    ctx = WordsContext(
        ent,
        today,
        numeric_params=sum(1 for p in query.params if p.kind.is_numeric),
        known=known,
        siblings=tuple(p for p in query.params if p.name not in skip),
        sql=query.sql,
        held=held,
        header=header_words(query.title, query.keywords, query.examples),
    )
    for p in sorted(query.params, key=lambda p: p.kind.extract_order):
        found = p.kind.from_words(p, ctx) if p.name not in skip else None
        if found is not None:
            absorbed += 1
            evidence += found.evidence
            binds.update(found.binds)
            continue
        defaults.write(p, today, binds)
        if p.required:
            missing.append(p.name)
    searched = part_said(query, ent, binds)  # before a quote's readings: it says which
    absorbed += bool(searched)
    asked: list[str] = []
    if ONE_QUOTE_ONE_PARAM:
        asked += _one_quote_one_param(query, ent, binds, known)
    strictness_picks_bound(query, ent, ctx.used_numbers, binds)
    give_back_chosen_quotes(query, ent, binds)
    match_bound_to_operator(query, ent, ctx.used_numbers, binds)
    given_back: set[int] = set()
    if EXACT_COUNTS_BOTH_BOUNDS:
        given_back = exact_to_both_bounds(query, ent, ctx.used_numbers, binds)
    range_to_pair(query, ent, ctx.used_numbers, binds)
    order_said(query, ent, binds)
    if SORT_BY_ORDER_WORDS:
        sort_by_order_words(query, ent.masked, binds)
    alphabetical_by_listed(query, ent.masked, binds)
    asked += choose_sort(query, ent.masked, binds)
    flip_to_said_way(query, ent.masked, binds)  # "ascending by frequency"
    one_best_row(query, ent, binds)  # "the city with the largest population": one row
    absorbed += word_said(query, ent, binds) + name_after_cue(query, ent, binds)
    absorbed += ordinal_values(query, ent.text, binds)
    relation_values(query, ent, binds)
    if NONE_IS_ZERO:
        absorbed += none_at_all(query, ent, binds)
    absorbed += none_left(query, ent, binds)  # "zero stock", "out of stock": < 1
    if not ctx.period_used and choice_in_periods(query, ent, binds):
        ctx.period_used = True
        absorbed += 1
    for i, num in enumerate(ent.numbers):
        # "artists with at least one song": the rows say that one exists; no value is left
        if i not in ctx.used_numbers and num.value == 1 and num.before[-2:] == ("at", "least"):
            ctx.used_numbers.add(i)
    placed = bounded_years(query, ent, binds)
    if not ctx.period_used and not placed:
        placed = year_ranges(query, ent, binds, today)
    if placed:
        ctx.period_used = True
        absorbed += placed
    refusals = [
        reason for i, reason in ctx.refusals if i not in ctx.used_numbers and i not in given_back
    ]
    group_by_filter(query, ent, binds)
    compared_values(query, ent, binds)  # "men vs women": per sex
    asked += unread_dates(query, ent, binds, ctx.period_used)
    return Extraction(
        binds,
        missing,
        absorbed,
        ctx.period_used,
        evidence,
        refusals,
        used_numbers=ctx.used_numbers,
        asked=[p for p in asked if p not in missing],
        searched=searched,
    )


def _one_quote_one_param(
    query: QueryDef, ent: Entities, binds: dict[str, Any], known: dict[str, Any]
) -> list[str]:
    """A quoted value two text parameters took ("from station 'Market at 4th'" for start and
    end station) stays with the one the words before it name ("from": start), or after it
    ("'love' in its title"), else with the one its known value chose, else with neither: the
    same value twice filters on both, and both are asked for (returned) when the
    ASK_UNREAD_QUOTES switch is on: the value is said, whose it is is not."""
    asked: list[str] = []
    for value, s, e in ent.quoted:
        holders = [
            p for p in query.params if p.kind.name == "string" and binds.get(p.name) == value
        ]
        if len(holders) < 2:
            continue
        own = {p.name: _words_of(p) - _others_words(p, holders) for p in holders}
        named: list[ParamDef] = []
        # the words before it first ("from station 'X'"), then after ("'love' in the title")
        before = [stem(w) for w, _s, _e2 in words(ent.text[max(0, s - 40) : s])][-3:]
        after = [stem(w) for w, _s, _e2 in words(ent.text[e : e + 40])][:3]
        for said in (set(before), set(after)):
            named = [p for p in holders if own[p.name] & said]
            if len(named) == 1:
                break
        if len(named) != 1:
            named = [p for p in holders if p.name in known][:1]
        for p in holders:
            if p not in named:
                binds[p.name] = p.default
        if not named and ASK_UNREAD_QUOTES:
            asked += [p.name for p in holders]
    return asked


def _words_of(p: ParamDef) -> frozenset[str]:
    """A text parameter's words: its name's, with the verbs that point at it, and its label's."""
    return name_stems(p.name) | param_cues(p)


def _others_words(p: ParamDef, params: list[ParamDef]) -> frozenset[str]:
    """The words of `params` other than `p` ("station" of the end station, for the start's)."""
    return frozenset().union(*(_words_of(o) for o in params if o is not p))


def numbers_taken(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> list[tuple[Number, ParamDef]]:
    """Each number the extraction used, with the numeric parameter that holds its value."""
    out = []
    for i in sorted(used):
        num = ent.numbers[i]
        for p in query.params:
            value = binds.get(p.name) if p.kind.is_numeric else None
            # "more than 3": 4; "2000 billion" for assets in billions: 2000 (said_scale)
            if value is not None and (
                abs(float(value) - num.value) <= 1
                or (num.scale and abs(float(value) - said_scale.digits_of(num)) <= 1)
            ):
                out.append((num, p))
                break
    return out


def unit_cues(query: QueryDef, p: ParamDef) -> set[str]:
    """The words that may stand after a number `p` takes: its own, and for a whole number (a
    count of things) those of the column its SQL compares it with ("300 students" for
    `student_capacity > :capacity_above`; "4 transactions" is no `transaction_amount`)."""
    if not getattr(p.kind, "whole", False):
        return param_cues(p) | measured_words(query.sql, p.name)
    return param_cues(p) | compared_words(query.sql, p.name) | operand_words(query.sql, p.name)


def taken_as_text(written: str, binds: dict[str, Any]) -> bool:
    """A number a text parameter took ("customer 48213" for a string customer id)."""
    plain = written.lstrip("#").replace(",", "")
    if not signals.NUMBER_TAKEN_WHOLE:
        return any(isinstance(v, str) and plain in v for v in binds.values())
    # The whole number, in a value that is no date: "top 20 customers this year" left 20 unused
    # although the period bound "2026-01-01" holds the digits "20".
    return any(
        isinstance(v, str) and not _ISO_DATE.match(v) and _holds_whole(v, plain)
        for v in binds.values()
    )


def _holds_whole(value: str, number: str) -> bool:
    """`value` holds `number` with no digit or decimal point either side."""
    at = value.find(number)
    while at >= 0:
        before = value[at - 1 : at]
        after = value[at + len(number) : at + len(number) + 1]
        if not (before.isdigit() or before == "." or after.isdigit() or after == "."):
            return True
        at = value.find(number, at + 1)
    return False


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ][\d:.]+)?$")


def default_binds_for(p: ParamDef, today: dt.date, binds: dict[str, Any]) -> None:
    """Write `p`'s default (or None when unset) into `binds`."""
    p.kind.default_binds(p, today, binds)


def default_binds(query: QueryDef, today: dt.date) -> dict[str, Any]:
    binds: dict[str, Any] = {}
    for p in query.params:
        p.kind.default_binds(p, today, binds)
    return binds


def validate_binds(query: QueryDef, binds: dict[str, Any]) -> dict[str, Any]:
    """Check every value against its parameter; return the clean binds or raise UserFacingError."""
    clean: dict[str, Any] = {}
    for p in query.params:
        p.kind.validate(p, binds, clean)
    return clean


def coerce_inputs(query: QueryDef, raw: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Turn what a person typed in a form into validated binds.

    A date_range accepts a period phrase under its own name ("last month", "2026-10-01 to
    2026-10-31") or explicit `NAME_start`/`NAME_end` dates. Empty fields fall back to defaults.
    """
    binds = default_binds(query, today)
    for p in query.params:
        p.kind.from_form(p, raw, today, binds)
    return validate_binds(query, binds)


def took_identifier(query: QueryDef, extraction: Any) -> bool:
    """Whether a parameter of `query` that takes an id (with no default) got one."""
    return any(
        p.kind.takes_identifier and extraction.binds.get(p.name) is not None and p.default is None
        for p in query.params
    )
