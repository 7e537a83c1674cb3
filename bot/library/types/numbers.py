"""Which number of a request a number parameter (`int`, `number`) takes.

From a request, a number goes to the parameter whose words surround it ("within 7 days" for
`days`), after a rank word for a row count ("top 20" for `n`), or after a comparison for a
threshold ("under 25"); identifiers (5+ digits, "#4402") stay for id parameters.
"""

from __future__ import annotations

import math
from dataclasses import replace

from bot.language.entities import (
    COMPARATORS,
    RANK_AFTER,
    RANK_WORDS,
    Number,
    bound_direction,
    name_direction,
    written_as_text,
)
from bot.language.superlatives import ranks_before
from bot.language.textnorm import expand, single_letters, stem
from bot.library.types import base, number_said, said_scale
from bot.library.types.base import ParamDef, label, param_cues
from bot.library.types.number_cues import (
    NAME_WORDS,
    SHARE_WORDS,
    counts_things,
    cues_of,
    names_no_money,
    names_taken,
    own_cues,
)
from bot.library.types.number_range import out_of_range
from bot.library.types.number_subject import percent_labelled, said_of_another, subject_stems
from bot.library.types.quoted_numbers import quoted_for
from bot.library.types.rank_said import after_rank_word

UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
# Units of time by their stems, in seconds: "longer than 1 hour" for a duration in seconds is
# 3600, "within two weeks" for days 14 ("min" is left out: it is a minimum as often).
TIME_UNITS = {"second": 1, "minut": 60, "hour": 3600, "hr": 3600, "hrs": 3600} | {
    u: d * 86400 for u, d in UNIT_DAYS.items()
}
SECONDS_TO_YEARS = True
# Words after a number that make it a count of rows: "the three most expensive", "5 largest".
# A number whose words fit two parameters equally well goes to the one its bound points to.
TIES_TO_THE_BOUND = True
# A number is one parameter's value: not one a known value of another parameter holds, nor
# one written as a name ("account with name 337") for a quantity.
ONE_NUMBER_ONE_PARAM = True
# A number said as a lower bound ("more than", "at least") is never a count of rows to show.
LOWER_BOUND_NO_ROW_COUNT = True
# A number's words meet a parameter's whatever the spelling: "1 student enrollment" for
# `min_enrolments`, "3 travellers" for `max_travelers`.
SPELLINGS_MEET = True
# A number with no bound said whose words fit a min/max pair's shared words ("exactly 1
# enrollment" for min_ and max_enrolments) is the pair's (bot.matching.params binds both).
EXACT_FITS_A_PAIR = True
# The subject of a bound may stand before "at least" / "at most" as before "than": "a score at
# least 90" is about the score.
SUBJECT_BEFORE_AT_LEAST = True
_SUBJECT_BEFORE = ("than", "least", "most")
# A number is refused for a parameter ("must be at least 1880") only when the words right
# next to it tie it to that parameter, or a bound is said before it.
REFUSE_ONLY_TIED = True
# An amount of money or a share is no row count: the count's words ("wines") do not keep it
# from a price ("wines under $30").
AMOUNTS_NO_ROW_COUNT = True
# "$100" is an amount: never a count of things ("min_wines"), nor a whole-number parameter
# where the query has a decimal one beside it (price_above, not score_above).
MONEY_TO_AMOUNTS = True
# A number before a superlative counts rows ("the three highest priced rooms"): it is no
# bound or value of another parameter ("most often" is an adverb's, not a rank).
RANKS_ARE_NO_BOUNDS = True
# A small number written just before the plural of an id parameter's own word counts those
# things ("the 3 employees"), it is no id ("employee 3").
COUNTS_ARE_NO_IDS = True
_ID_PARTS = number_said.ID_PARTS
# Parameter names that hold a count of rows to show.
RANK_PARAM_NAMES = {"n", "limit", "top", "top_n", "count", "k", "num", "size", "rows"}
# A parameter whose name says no bound takes its bound from the SQL: `stock < :threshold` is
# an upper bound, so "sold more than 20 units" or "priced over $100" is no value of it.
SQL_SAYS_THE_BOUND = True
# The words beside a number are read spelled out ("ord #0" is "order #0"): an abbreviation ties
# the number to its parameter as the word would.
ABBREVIATIONS_BESIDE_NUMBERS = True
_OPERATOR_WAY = {"<": -1, "<=": -1, ">": 1, ">=": 1}
# A pair's shared noun still claims a number against a third parameter: "ticket prices lower
# than 15" is for max_price, never the year, though "ticket price" is min_price's word too
# (so neither's own cue). Without it the year took 15 (to_year 14) and the query was ticketed.
PAIR_WORDS_CLAIM = True


def wanted_direction(param: ParamDef, sql: str) -> int:
    """+1 for a parameter holding a lower bound, -1 for an upper one, 0 when neither its name
    nor (with SQL_SAYS_THE_BOUND) the comparison it sits in says which."""
    way = name_direction(param.name)
    if way or not SQL_SAYS_THE_BOUND or not sql:
        return way
    return _OPERATOR_WAY.get(base.sql_operator(sql, param.name) or "", 0)


def pick_number(
    param: ParamDef, ctx: base.WordsContext, whole: bool
) -> tuple[Number, float] | None:
    """The request's number that best fits `param` (marked used), with how well it fits."""
    ent, used = ctx.ent, ctx.used_numbers
    cues = _spelt(own_cues(param, ctx))
    subject_before = _SUBJECT_BEFORE if SUBJECT_BEFORE_AT_LEAST else ("than",)
    siblings = [o for o in ctx.siblings if o is not param and o.kind.is_numeric]
    others = [_spelt(own_cues(o, ctx)) for o in siblings]
    mine, theirs = _spelt(cues_of(param, ctx)), [_spelt(cues_of(o, ctx)) for o in siblings]
    if PAIR_WORDS_CLAIM:  # a rival's words `param` does not share claim for the rival
        others = [own | (their - mine) for own, their in zip(others, theirs, strict=True)]
    is_rank = param.name.lower() in RANK_PARAM_NAMES
    counted_not = [
        t for o, t in zip(siblings, theirs, strict=True) if o.name.lower() not in RANK_PARAM_NAMES
    ]
    held = set()
    if ONE_NUMBER_ONE_PARAM:  # "zip code 94002", "in 94002" for a five-digit zip code
        held = ctx.held_by_others(param.name) | ctx.shaped_for_others(param)
    percent_words = mine if percent_labelled(param) else set()
    best, best_score = None, 0.0
    for i, num in enumerate(ent.numbers):
        if i in used or i in held:
            continue
        named = ONE_NUMBER_ONE_PARAM and num.before and num.before[-1] in NAME_WORDS
        if named and not cues & NAME_WORDS and names_taken(ctx):
            continue  # "the account with name 337": the account name's value, no amount
        if written_as_text(ent, num) and not quoted_for(num.before, mine):
            continue  # "dates that start with '8'": no count or bound; "major is '600'" is
        if RANKS_ARE_NO_BOUNDS and not is_rank and (_ranks_rows(num) or after_rank_word(num)):
            continue  # "the three highest priced rooms": how many rows, not a price of 3
        if (
            COUNTS_ARE_NO_IDS
            and number_said.names_ids(param)
            and number_said.counts_noun(num, param_cues(param))
        ):
            continue  # "the 3 employees who earn least": how many, not employee 3
        if number_said.ID_OWNER_SAID and number_said.id_of_another(num, param, ctx):
            continue  # "the advisor of student with ID 1004": the student's id, no advisor's
        subject = subject_stems(ent.text, num)
        if num.percent and not param_cues(param) & SHARE_WORDS and not subject & percent_words:
            continue  # "top 10% of customers" is no count of 10 rows; "white share below 60%"
        if num.money and (is_rank or any(u in param_cues(param) for u in UNIT_DAYS)):
            continue  # "orders over $500" is no number of days or rows
        if num.money and names_no_money(param, mine, whole):
            continue  # "priced under $20" is no stock threshold
        if (
            num.money
            and MONEY_TO_AMOUNTS
            and (counts_things(param) or (whole and any(not o.kind.whole for o in siblings)))
        ):
            continue  # "wines over $100": no count of wines, nor a whole score beside a price
        if is_rank and LOWER_BOUND_NO_ROW_COUNT and bound_direction(num.before) > 0:
            continue  # "more than 15000 students", "at least one song": a condition's bound
        if num.measures and not num.measures & mine and any(num.measures & t for t in theirs):
            continue  # "students aged 20", "20 years old": the age's number, no student 20
        if number_said.beyond_years(num, param) or number_said.short_of_years(num, param):
            continue  # "more than 20000 students", "at least two cinemas": no year founded after
        if number_said.age_for_another(num, param) or number_said.counted_by_another(
            num, param, siblings
        ):
            continue  # "older than 25" bounds no count of registrations; "two cinemas" no seats
        near = _spelt(_stems(num.before[-2:] + num.after[:2]) | num.measures)
        # "prices higher than 50", "a score at least 90" (or "a score of 90 or more")
        if num.before and num.before[-1] in subject_before:
            near |= _spelt(_stems(num.before[-4:]))
        score = 0.0
        value = num.value
        if (digits := said_scale.unscaled(num, param, ctx.sql)) is not None:
            value = digits  # "2000 billion" for assets counted in billions: 2000
        unit = stem(num.after[0]) if num.after else ""
        units = TIME_UNITS if SECONDS_TO_YEARS else UNIT_DAYS
        cue_units = [u for u in units if u in param_cues(param)]
        if unit in units and cue_units and unit not in cue_units:
            # "within two weeks" for a parameter counted in days, "1 hour" in seconds
            value = value * units[unit] / units[cue_units[0]]
            score += 2.0
        if (
            COUNTS_NEED_THEIR_NOUN
            and not is_rank
            and _counted_nouns(param)
            and not near & _counted_nouns(param)
            and _amount_beside(param, num, ctx)
        ):
            continue  # "a balance of more than 2000" is no count of payments
        the_year = False
        # "made in 1980": the year, no bound
        if number_said.YEAR_SAID_IS_THE_YEAR and number_said.plain_year(num):
            if number_said.year_param(param) and not name_direction(param.name):
                score, the_year = score + 2.0, True
            elif name_direction(param.name) and any(
                number_said.year_param(o) and not name_direction(o.name) for o in siblings
            ):
                continue
        if (
            near & cues
            or num.measures & mine  # "aged 20" for `age`, shared with `min_age`
            # "student with ID 1004" for stuid
            or (number_said.ID_OWNER_SAID and number_said.id_owner(num) in mine)
            or (not is_rank and number_said.named_by_its_noun(num, mine, counted_not))
        ):
            score += 2.0
            if number_said.names_a_row(num, param, mine, counted_not):
                score += 2.0  # "for customer 8", over "above 500 for customer" (a bound, 3.5)
        elif EXACT_FITS_A_PAIR and i in _fits_as_exact(ent.numbers, mine):
            score += 1.0  # "exactly 1 enrollment": both bounds' words; the pair takes it
        if is_rank and (
            (num.before and num.before[-1] in RANK_WORDS)
            or after_rank_word(num)  # "busiest 3 airports"
            or (num.after and num.after[0] in RANK_AFTER)  # "the three most expensive"
            or ranks_before(num.after)  # "the 2 youngest gymnasts"
        ):
            score += 2.0
        elif not is_rank and num.before and num.before[-1] in COMPARATORS:
            score += 1.5
        # "prices above 50" is for price_above, not score_above; "resolution smaller than"
        # says as much of resolution_below as of resolution_above (the bound decides)
        rivals, rival_cues = others, theirs
        if (LOWER_BOUND_NO_ROW_COUNT and bound_direction(num.before) > 0) or (
            AMOUNTS_NO_ROW_COUNT and (num.money or num.percent)
        ):
            # a row count cannot take a lower bound, nor "$30" or "10%": its words ("wines
            # under $30") claim no such number
            keep = [
                o.name.lower() not in RANK_PARAM_NAMES
                and not (num.money and MONEY_TO_AMOUNTS and counts_things(o))
                for o in siblings
            ]
            rivals = [c for c, k in zip(others, keep, strict=True) if k]
            rival_cues = [c for c, k in zip(theirs, keep, strict=True) if k]
        if RANKS_ARE_NO_BOUNDS and (_ranks_rows(num) or after_rank_word(num)):
            # "the three oldest id", "top 3 farms": only a row count takes it, whatever "id" says
            keep = [o.name.lower() in RANK_PARAM_NAMES for o in siblings]
            rivals = [c for c, k in zip(others, keep, strict=True) if k]
            rival_cues = [c for c, k in zip(theirs, keep, strict=True) if k]
        if not the_year and said_of_another(subject, num, mine, rivals, rival_cues):
            continue  # "the hispanic share is above 99.4" is not white_above's
        if (
            not near & cues
            and not the_year
            and any(near & other for other in rivals)
            and (
                not TIES_TO_THE_BOUND
                or any(len(near & other) > len(near & mine) for other in rival_cues)
            )
        ):
            continue
        said, wanted = bound_direction(num.before), wanted_direction(param, ctx.sql)
        if said and wanted:  # "before 2000" is no value for made_after
            if said != wanted:
                continue
            score += 1.0
        if num.id_like and not ({"id", "number", "no"} & cues or near & cues):
            score -= 1.5
        if ctx.numeric_params == 1:
            score += 1.0
        if whole and math.isfinite(value) and value != int(value):
            if score >= 2.0 and value == num.value:  # "under 3.5 units" for a whole count
                ctx.refusals.append(
                    (
                        i,
                        f"{label(param).capitalize()} must be a whole number "
                        f"(the request says {value:g}).",
                    )
                )
            continue
        if value != num.value:
            num = replace(num, value=value, exact=None)  # converted: no longer as written
        refusal = out_of_range(param, num, whole)
        if refusal is not None:
            # the words say this number is for this parameter ("within 400 days"), not for a
            # thing it counts ("directors who made exactly one movie" is no year made)
            if score >= 2.0 and (not REFUSE_ONLY_TIED or _tied(num, mine)):
                ctx.refusals.append((i, refusal))
            continue
        if score > best_score:
            best, best_score = (i, num), score
    if best is None:
        return None
    used.add(best[0])
    return best[1], best_score


# A bound on a count of things ("min_payments") takes a number said without that noun only
# when no other bound of the query (an amount, a score) could take it: counts are said with
# what they count ("more than 2 payments"), amounts often bare ("a balance over 2000").
COUNTS_NEED_THEIR_NOUN = True


def _counted_nouns(param: ParamDef) -> set[str]:
    """What `param` counts, as its name's plurals say it ("min_payments": payment)."""
    parts = [w for w in param.name.lower().split("_") if not name_direction(w)]
    plurals = {w for w in parts if len(w) > 3 and w.endswith("s") and not w.endswith("ss")}
    # "min_weekly_hours" measures time ("30+ hrs"), it counts no things
    return _spelt({stem(w) for w in plurals} - set(TIME_UNITS))


def _amount_beside(param: ParamDef, num: Number, ctx: base.WordsContext) -> bool:
    """Another numeric parameter of the query, no count of things nor of rows, may take `num`."""
    for o in ctx.siblings:
        if o is param or not o.kind.is_numeric or o.name.lower() in RANK_PARAM_NAMES:
            continue
        if counts_things(o) or {"year", "id"} & param_cues(o) or number_said.names_ids(o):
            continue
        if out_of_range(o, num, o.kind.whole) is None:
            return True
    return False


def _ranks_rows(num: Number) -> bool:
    """`num` stands before a rank word ("3 largest", "three highest priced", "2 tallest")."""
    if num.id_like:
        return False
    if not num.after or num.after[0] not in RANK_AFTER:
        return ranks_before(num.after)
    return not (len(num.after) > 1 and (num.after[1].endswith("ly") or num.after[1] == "often"))


def _fits_as_exact(numbers: list[Number], mine: set[str]) -> set[int]:
    """The number the words give as an exact count of what a bound's words name: said with no
    bound and no rank ("top 3 durations"), and the only such one ("3 star and 4 star" is no
    count of either)."""
    fits = set()
    for i, num in enumerate(numbers):
        ranked = (num.before and num.before[-1] in RANK_WORDS) or (
            num.after and num.after[0] in RANK_AFTER
        )
        near = _spelt({stem(w) for w in num.before[-2:] + num.after[:2]})
        if near & mine and not bound_direction(num.before) and not ranked:
            fits.add(i)
    return fits if len(fits) == 1 else set()


# A number before the plural of a thing it counts ("at least 2 races") is tied to no year
# parameter, whatever bound is said before it: a year's range does not refuse it.
COUNTED_NOUN_NO_YEAR = True
_YEAR_WORDS = number_said.YEAR_WORDS


# A number before a thing it counts ("2+ campuses" beside a label "year the campus opened",
# "made one movie") or a piece of a clock time ("before 09:00:00") is tied to no year
# parameter, whatever the label's words or a bound say: a year's range does not refuse it.
COUNT_OR_CLOCK_NO_YEAR = True
# A number written as a year (1900-2099, no bound before it) beside a label's word ("2025
# signups" for `days`, labelled "days after signup") is that year, no value refused for a
# parameter that holds no year, unless its unit follows ("2025 days").
A_YEAR_IS_NO_OTHER_VALUE = True


def _tied(num: Number, cues: set[str]) -> bool:
    """Whether the word right before or right after `num` (past a comparison) is one of
    `cues`, or it is a bound said right before it: its words tie it to that parameter."""
    if (
        COUNTED_NOUN_NO_YEAR
        and cues & _YEAR_WORDS
        and num.after
        and num.after[0].isalpha()
        and num.after[0].endswith("s")
        and not _spelt({stem(num.after[0])}) & cues
    ):
        return False  # "at least 2 races": a count of races, no season 2 refused
    if (
        COUNT_OR_CLOCK_NO_YEAR
        and cues & _YEAR_WORDS
        and (number_said.counts_other(num) or number_said.clock_piece(num))
    ):
        return False  # "2+ campuses", "made one movie", "before 09:00:00": no year refused
    if bound_direction(num.before) or (
        num.before and (num.before[-1] in COMPARATORS or num.before[-1] in RANK_WORDS)
    ):
        return True  # "under -3", "top 5000"
    if (
        A_YEAR_IS_NO_OTHER_VALUE
        and number_said.plain_year(num)
        and not cues & _YEAR_WORDS
        and not (num.after and stem(num.after[0]) in TIME_UNITS)
        and not num.measures & cues
    ):
        return False  # "2025 signups" for days after signup: the signups' year, no 2025 days
    next_to = [w for w in (num.before[-1:] + num.after[:1])]
    return bool(_spelt(_stems(next_to)) & cues)


def _stems(words: list[str]) -> set[str]:
    """The stems of `words`, an abbreviation's as spelled out when that is on."""
    if not ABBREVIATIONS_BESIDE_NUMBERS:
        return {stem(w) for w in words}
    return {stem(p) for w in words for p in expand(w)}


def _spelt(stems: set[str]) -> set[str]:
    """Stems as their spellings meet ("enrollment" is "enrolment"), when that is on."""
    return {single_letters(s) for s in stems} if SPELLINGS_MEET else stems
