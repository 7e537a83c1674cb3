"""Numbers as bounds of a query's comparisons: a whole-number bound moved to what its SQL
compares ("more than 3" is `>= 4`), an exact count given to both bounds of a min/max pair
("exactly 2 bookings"), and a number handed back by a parameter that cannot take it (a bound
said to an equality, a row count taken as a value). Each pass writes into the binds of one
query's extraction (bot.matching.params).
"""

from __future__ import annotations

from typing import Any

from bot.language.entities import RANK_AFTER, RANK_WORDS, Entities, bound_direction, name_direction
from bot.library.model import ParamDef, QueryDef
from bot.library.types.numbers import RANK_PARAM_NAMES
from bot.matching.readings import sql_operator

_EXACT_WORDS = frozenset(["exactly", "precisely", "just", "only"])


def match_bound_to_operator(
    query: QueryDef, ent: Entities, used: set[int], binds: dict[str, Any]
) -> None:
    """A whole-number bound as the SQL compares it: "more than 3 stars" is `stars >= 4` for
    a query that reads `stars >= :min_stars`, "at least 4" is `> 3` for `stars > :p`."""
    for p in query.params:
        value = binds.get(p.name)
        if not getattr(p.kind, "whole", False) or not isinstance(value, int):
            continue
        op = sql_operator(query.sql, p.name)
        if op is None:
            continue
        for i in used:
            num = ent.numbers[i]
            if num.value != value:
                continue
            said = bound_direction(num.before)
            # "at least 4", "between 3 and 5": the bound itself is in
            inclusive_words = (len(num.before) >= 2 and num.before[-2] == "at") or (
                "between" in num.before[-3:]
            )
            if said == 0 or said != (1 if op[0] == ">" else -1):
                break
            if op.endswith("=") and not inclusive_words:
                binds[p.name] = value + said
            elif not op.endswith("=") and inclusive_words:
                binds[p.name] = value - said
            break


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
            ):
                out.append(p)
                break
    return out
