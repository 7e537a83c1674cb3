"""Numbers as bounds of a query's comparisons: a whole-number bound moved to what its SQL
compares ("more than 3" is `>= 4`), an exact count given to both bounds of a min/max pair
("exactly 2 bookings") and both ends of a range ("salary between 8000 and 12000"), and a number handed back by a parameter that cannot take it (a bound
said to an equality, a row count taken as a value). Each pass writes into the binds of one
query's extraction (bot.matching.params).
"""

from __future__ import annotations

from typing import Any

from bot.language.entities import (
    RANK_AFTER,
    RANK_WORDS,
    Entities,
    Number,
    bound_direction,
    name_direction,
)
from bot.language.textnorm import stem, words
from bot.library.model import ParamDef, QueryDef
from bot.library.types.base import param_cues
from bot.library.types.number_range import holds
from bot.library.types.numbers import RANK_PARAM_NAMES
from bot.matching.readings import compared_words, sql_operator

_EXACT_WORDS = frozenset(["exactly", "precisely", "just", "only"])
# A bound said a few words before its number ("at least a salary of 100000"), or a rank after
# it ("the three highest priced rooms"), makes it no exact count for both bounds of a pair.
BOUND_SAID_EARLIER = True


def match_bound_to_operator(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> None:
    """A whole-number bound as the SQL compares it: "more than 3 stars" is `stars >= 4` for
    a query that reads `stars >= :min_stars`, "at least 4" is `> 3` for `stars > :p`."""
    for p in query.params:
        value = binds.get(p.name)
        whole = getattr(p.kind, "whole", False) and isinstance(value, int)
        if not whole and not (WHOLE_AMOUNTS_STEP and _steps_whole(p, value)):
            continue
        op = sql_operator(query.sql, p.name)
        if op is None:
            continue
        for i in used:
            num = ent.numbers[i]
            if num.value != value or (not whole and num.exact is None):
                continue
            said = bound_direction(num.before)
            if said == 0 or said != (1 if op[0] == ">" else -1):
                break
            inclusive_words = said_inclusive(num)
            step = said if whole else said * 1.0
            if op.endswith("=") and not inclusive_words:
                binds[p.name] = value + step
            elif not op.endswith("=") and inclusive_words and whole:
                binds[p.name] = value - said
            break


def said_inclusive(num: Number) -> bool:
    """The bound said before `num` holds the number itself: "at least 4", "between 3 and 5",
    "within 7 days" (the 7th day is in)."""
    return (
        (len(num.before) >= 2 and num.before[-2] == "at")
        or "between" in num.before[-3:]
        or num.before[-1:] == ("within",)
    )


# "more than 3000" for `amount >= :min_amount` (a decimal parameter whose name or label says
# "at least") is 3001, as for a whole number: the person counts in whole units of it.
WHOLE_AMOUNTS_STEP = True
_INCLUSIVE_LABEL = ("at least", "at most", "minimum", "maximum", "inclusive")


def _steps_whole(p: ParamDef, value: Any) -> bool:
    """`p` is a decimal bound named or labelled inclusive that holds a whole number."""
    if not isinstance(value, float) or not value.is_integer() or not p.kind.is_numeric:
        return False
    named = bool({"min", "max", "minimum", "maximum"} & set(p.name.lower().split("_")))
    return named or any(w in p.label.lower() for w in _INCLUSIVE_LABEL)


# "more than 2000" for a query with `amount >= :min_amount` and `amount > :amount_above`: the
# bound whose comparison is as strict as the words takes the number ("at least 2000": the
# inclusive one); "between 1000 and 3000" goes to the inclusive pair of two that fit.
STRICTNESS_PICKS_THE_BOUND = True


def strictness_picks_bound(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> None:
    """Move a bound from a parameter compared less or more strictly than the words say to an
    unset one on the same column compared as they say."""
    if not STRICTNESS_PICKS_THE_BOUND:
        return
    for i in sorted(used):
        num = ent.numbers[i]
        said = bound_direction(num.before)
        if not said:
            continue
        inclusive_words = said_inclusive(num)
        holder = next(
            (
                p
                for p in query.params
                if p.kind.is_numeric and _same_number(binds.get(p.name), num.value)
            ),
            None,
        )
        op = sql_operator(query.sql, holder.name) if holder is not None else None
        if holder is None or op is None or op.endswith("=") == inclusive_words:
            continue
        column = compared_words(query.sql, holder.name)
        for q in query.params:
            q_op = sql_operator(query.sql, q.name)
            if (
                q is holder
                or not q.kind.is_numeric
                or binds.get(q.name) is not None
                or q_op is None
                or q_op[0] != op[0]
                or q_op.endswith("=") != inclusive_words
                or not column
                or compared_words(query.sql, q.name) != column
            ):
                continue
            whole = getattr(q.kind, "whole", False)
            binds[q.name] = (num.exact or int(num.value)) if whole else num.value
            binds[holder.name] = holder.default
            break


def _same_number(value: Any, said: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == said


def exact_to_both_bounds(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> set[int]:
    """A number said with no bound ("exactly 2", "with 2 bookings") that one bound of a
    min/max pair took binds its partner too, so the rows have exactly that many; one said
    "exactly" where the query has no partner is given back (returned): a bound alone would
    return more, and no other parameter's refusal of it stands."""
    given_back: set[int] = set()
    for i in sorted(used):
        num = ent.numbers[i]
        if bound_direction(num.before) or (num.before and num.before[-1] in RANK_WORDS):
            continue
        if BOUND_SAID_EARLIER and (
            {"least", "most", "than"} & set(num.before)
            or (num.after and num.after[0] in RANK_AFTER)
        ):
            continue  # "at least a salary of 100000", "the three highest priced": no exact count
        for p in query.params:
            way = name_direction(p.name)
            if not way or not p.kind.is_numeric or binds.get(p.name) != num.value:
                continue
            partner = pair_partner(query, p, way)
            if partner is None:
                if num.before and num.before[-1] in _EXACT_WORDS:
                    binds[p.name] = p.default
                    used.discard(i)
                    given_back.add(i)
                break
            others = {ent.numbers[j].value for j in used if j != i}
            if binds.get(partner.name) is None or binds[partner.name] not in others:
                for q in (p, partner):
                    binds[q.name] = inclusive(query, q, num.exact or int(num.value))
            break
    return given_back


def pair_partner(query: QueryDef, p: ParamDef, way: int) -> ParamDef | None:
    """The other bound of `p`'s pair: the same name but for its bound word (min_x, max_x)."""
    rest = [w for w in p.name.lower().split("_") if not name_direction(w)]
    for q in query.params:
        if q is p or not q.kind.is_numeric or name_direction(q.name) != -way:
            continue
        if [w for w in q.name.lower().split("_") if not name_direction(w)] == rest:
            return q
    return None


def inclusive(query: QueryDef, p: ParamDef, value: int) -> int:
    """`value` as the bound `p`'s SQL compares: `> :p` takes value - 1, `< :p` value + 1."""
    op = sql_operator(query.sql, p.name)
    return value - 1 if op == ">" else value + 1 if op == "<" else value


def bounds_on_equalities(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> list[ParamDef]:
    """Parameters that took a number the words give as a bound ("at most 3 wines", "more than
    12 bikes") while the SQL compares them for equality or uses them as a row count: the
    query cannot say "at most", so the number is handed back (it then counts as unused)."""
    out = []
    for i in sorted(used):
        num = ent.numbers[i]
        # "within 7 days" is a window's length, not a bound on a compared value; "at least one"
        # says that something exists.
        if (
            not bound_direction(num.before)
            or num.before[-1] in ("within", "past")
            or (num.value == 1 and num.before[-1] == "least")
        ):
            continue
        for p in query.params:
            if (
                p.kind.is_numeric
                and binds.get(p.name) == num.value
                and sql_operator(query.sql, p.name) is None
                and not name_direction(p.name)
            ):
                out.append(p)
                break
    return out


def counts_as_values(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> list[ParamDef]:
    """Parameters that took a row count ("the three oldest", "top 5") as a value: a row-count
    parameter should take it, and without one the count is left unused (so it is heard)."""
    out = []
    for i in sorted(used):
        num = ent.numbers[i]
        # "room 111 most recently": "most" there is an adverb's, not a rank of rows
        adverb = len(num.after) > 1 and (num.after[1].endswith("ly") or num.after[1] == "often")
        ranks = (num.before and num.before[-1] in RANK_WORDS) or (
            num.after and num.after[0] in RANK_AFTER and not adverb
        )
        if not ranks:
            continue
        for p in query.params:
            if (
                p.kind.is_numeric
                and p.name.lower() not in RANK_PARAM_NAMES
                and binds.get(p.name) == num.value
                and not _time_window(num, p)
            ):
                out.append(p)
                break
    return out


# "bought in their first 7 days" for `days`: a number of units of time after "first" is a
# window of time the parameter counts, no count of rows.
FIRST_SPAN_IS_A_WINDOW = True
_TIME_UNITS = frozenset(["day", "week", "month", "year", "hour"])


def _time_window(num: Any, p: ParamDef) -> bool:
    """`num` is followed by a unit of time and `p` counts a unit of time."""
    if not FIRST_SPAN_IS_A_WINDOW or not num.after:
        return False
    return stem(num.after[0]) in _TIME_UNITS and bool(param_cues(p) & _TIME_UNITS)


# "maximum salary between 12000 and 18000", "salary in the range 8000 to 12000": the two ends
# of a range go to the two bounds of one min/max pair, the pair whose words the range's
# subject says (or the only pair), each as its SQL compares; no other parameter keeps them.
RANGES_TO_PAIRS = True
_RANGE_OPENERS = frozenset(["between", "range", "from"])
_RANGE_JOINS = frozenset(["and", "to", "through"])
_SUBJECT_REACH = 40  # characters before a range read for what it is a range of
# "rent 800-1200", "between $800 and $1,200", "rent ranging 800 to 1200", "2-4 rooms": a range
# said with a dash, with currency around its ends, or with no opening word; said bare, it is
# only the range of a pair whose own words stand next to it ("800-1200" alone names none).
RANGE_FORMS = True
BARE_RANGE_OF_A_COUNT = True  # "2 to 4 employees": the range of the one pair that counts
# A range is only of a pair whose declared range holds both its ends.
RANGE_FITS_THE_PAIR = True
# A row count's words ("show only the first n wines") say what the rows are, never what a
# range is of: "wines costing between 50 and 100" is still the price's range.
ROW_COUNT_NAMES_NO_RANGE = True
_DASHES = frozenset(["-", "–", "—"])
_BARE_JOINS = frozenset(["to", "through", "thru"]) | _DASHES
_MORE_OPENERS = frozenset(["ranging", "ranges", "ranged"])
_SIGNS = str.maketrans("", "", "$€£¥₹")
_MONEY_WORDS = frozenset(["dollars", "dollar", "usd", "eur", "euros", "euro", "gbp", "pounds"])


def range_to_pair(query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]) -> None:
    """Bind both bounds of a min/max pair from a range said with two numbers."""
    if not RANGES_TO_PAIRS or len(ent.numbers) < 2:  # a range takes two numbers
        return
    pairs = _bound_pairs(query)
    if not pairs:
        return
    for i in range(len(ent.numbers) - 1):
        low, high = ent.numbers[i], ent.numbers[i + 1]
        form = _range_form(ent, low, high)
        if form is None or low.value > high.value:
            continue
        viable = [
            (lo, hi)
            for lo, hi in pairs
            if not RANGE_FITS_THE_PAIR or (holds(lo, low.value) and holds(hi, high.value))
        ]
        said = words(ent.text[max(0, low.start - _SUBJECT_REACH) : low.start])
        subject = {stem(w) for w, _s, _e in said}
        if RANGE_FORMS:
            subject |= {stem(w) for w in high.after[:1]}  # "2-4 rooms"
        fit = [len(subject & (param_cues(lo) | param_cues(hi))) for lo, hi in viable] or [0]
        chosen = [pair for pair, n in zip(viable, fit, strict=False) if n == max(fit)]
        if STRICTNESS_PICKS_THE_BOUND and len(chosen) > 1:
            closed = [pair for pair in chosen if all(_inclusive_op(query, p) for p in pair)]
            chosen = closed if len(closed) == 1 else chosen
        others = [
            p
            for p in query.params
            if p.kind.is_numeric
            and all(p not in pair for pair in pairs)
            and not (ROW_COUNT_NAMES_NO_RANGE and p.name.lower() in RANK_PARAM_NAMES)
        ]
        if (
            len(chosen) != 1
            or (form == "bare" and max(fit) == 0 and not _a_count_of(chosen[0], high))
            # no word of the pair said, and another parameter's words are: the range is not its
            or (max(fit) == 0 and any(subject & param_cues(p) for p in others))
        ):
            continue
        lower, upper = chosen[0]
        ends = (low.value, high.value)
        written = {ent.text[n.start : n.end].replace(",", "") for n in (low, high)}
        for p in query.params:  # a parameter that took an end of the range gives it back
            value = binds.get(p.name)
            if p.name in (lower.name, upper.name):
                continue
            if (
                p.kind.is_numeric
                and isinstance(value, int | float)
                and any(abs(value - end) <= 1 for end in ends)
            ) or (p.kind.name == "string" and value in written):
                binds[p.name] = p.default
        for param, num in ((lower, low), (upper, high)):
            whole = getattr(param.kind, "whole", False)
            binds[param.name] = (
                inclusive(query, param, num.exact or int(num.value)) if whole else num.value
            )
        used.update((i, i + 1))
        return


def _a_count_of(pair: tuple[ParamDef, ParamDef], high: Number) -> bool:
    """Both bounds count things ("at least this many staff") and a plural follows `high`."""
    if not BARE_RANGE_OF_A_COUNT or not high.after or not high.after[0].endswith("s"):
        return False
    return all("many" in p.label.lower().split() or "number of" in p.label.lower() for p in pair)


def _range_form(ent: Entities, low: Number, high: Number) -> str | None:
    """How `low` and `high` are said as one range: "opened" ("between A and B", "range (of) A
    to B", "from A to B"), "bare" ("rent A-B", "rent A to B"), None when they are no range."""
    between = ent.text[low.end : high.start].strip().lower()
    joins, openers = _RANGE_JOINS, _RANGE_OPENERS
    if RANGE_FORMS:
        kept = [w for w in between.translate(_SIGNS).split() if w not in _MONEY_WORDS]
        between = " ".join(kept)
        joins, openers = joins | _DASHES, openers | _MORE_OPENERS
    if between not in joins:
        return None
    opener = [w for w in low.before if w != "of"][-1:]
    if opener and (opener[0] in openers or (RANGE_FORMS and _letter_dropped(opener[0]))):
        return "opened"
    ranked = bool(low.before) and low.before[-1] in RANK_WORDS  # "top 3-5": rows, no range
    if RANGE_FORMS and between in _BARE_JOINS and not ranked and ent.text[low.start] != "#":
        return "bare"
    return None


def _letter_dropped(word: str) -> bool:
    """`word` is a long opener with one letter left out ("betwen" for "between")."""
    return len(word) >= 5 and any(
        word == o[:k] + o[k + 1 :]
        for o in _RANGE_OPENERS | _MORE_OPENERS
        if len(o) >= 6
        for k in range(len(o))
    )


def _bound_pairs(query: QueryDef) -> list[tuple[ParamDef, ParamDef]]:
    """The query's min/max pairs of numbers, each as (lower bound, upper bound)."""
    out = []
    for p in query.params:
        if not p.kind.is_numeric or name_direction(p.name) != 1:
            continue
        q = pair_partner(query, p, 1)
        if q is not None:
            out.append((p, q))
    return out


def _inclusive_op(query: QueryDef, p: ParamDef) -> bool:
    op = sql_operator(query.sql, p.name)
    return op is not None and op.endswith("=")
