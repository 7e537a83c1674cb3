"""Two values the chosen query took for two of its parameters that the request joins with
"or": "products that have the color white or the characteristic hot" wants the rows that meet
either condition, and a query's filters all hold at once, so it would return the rows that meet
both (fewer, often none). The best query is then a ticket (bot.matching.matcher), as for a
dropped value; the penalty of bot.matching.structure only weighs queries against each other.
General English only: the values are the query's bound ones, found where the request says them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.library.model import QueryDef
from bot.library.types import find_choice
from bot.matching.params import numbers_taken
from bot.matching.structure import alternatives

# Values of two parameters joined by "or" make the query a ticket.
EITHER_VALUES_TICKET = True
_SENTENCE = re.compile(r"[.!?;]")
_REACH = 60  # characters between the two values


def _spans(text: str, q: QueryDef, binds: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """Where the request says each value the query took (not a default), with its parameter."""
    lowered = text.lower()
    out = []
    for p in q.params:
        value = binds.get(p.name)
        if value is None or isinstance(value, bool) or value == p.default:
            continue
        said = str(int(value) if isinstance(value, float) and value.is_integer() else value)
        m = re.search(rf"(?<!\w){re.escape(said.lower())}(?!\w)", lowered)
        if m:
            out.append((m.start(), m.end(), p.name))
    return sorted(out)


def either_values(text: str, q: QueryDef, binds: Mapping[str, Any]) -> bool:
    """`text` joins two values `q` took for different parameters with "or", in one sentence."""
    if not EITHER_VALUES_TICKET:
        return False
    spans = _spans(text, q, binds)
    for (_s, end, name), (start, _e, other) in zip(spans, spans[1:], strict=False):
        between = text[end:start]
        if (
            name != other
            and len(between) <= _REACH
            and not _SENTENCE.search(between)
            and alternatives(between)
        ):
            return True
    return False


# Issue 10, out-of-scope runs: the values are found where the request says them, not by their
# bound form ("more than 5000" binds 5001, "Florida" binds "FL", "in 2016" a date range), and
# the other side of the "or" may be any condition said (a number, a period, a value its rows
# show), taken by the query or not: "opened in 2011 or located in London" filtered on 2011
# leaves out London's rows whatever the query does with London.
EITHER_CONDITIONS_TICKET = True
# The "or" is read with the second condition's first character in view: "heavier than 90 kg or
# shorter than 190 cm" joins two bounds ("or shorter than 1…"), not "90 kg or shorter".
SECOND_CONDITION_IN_VIEW = True


def _bound_in(sql: str, name: str) -> bool:
    return re.search(rf":{re.escape(name)}\b", sql) is not None


def _conditions(ent: Any, q: QueryDef, x: Any) -> list[tuple[int, int, bool]]:
    """Each condition the request says (start, end, whether `q` filters on it)."""
    used = getattr(x, "used_numbers", set())
    taken = {(n.start, n.end) for n, _p in numbers_taken(q, ent, used, x.binds)}
    taken |= set(getattr(x, "filter_spans", ()))
    for p in q.params:  # a choice the SQL compares with (":state"), not a sort or a grouping
        if p.choices and x.binds.get(p.name) not in (None, p.default) and _bound_in(q.sql, p.name):
            hit = find_choice(p, ent.text)
            if hit is not None and hit[0] == x.binds.get(p.name):
                taken.add((hit[1], hit[2]))
    out = {(n.start, n.end) for n in ent.numbers} | set(getattr(x, "value_spans", ())) | taken
    periods = {tuple(p.span) for p in ent.periods}
    if getattr(x, "period_used", False):
        taken |= periods
    out |= periods
    return sorted((s, e, (s, e) in taken) for s, e in out)


def either_conditions(ent: Any, q: QueryDef, x: Any) -> bool:
    """Two conditions joined by "or" in one sentence, at least one of which `q` filters on:
    its filters all hold at once, so it would return the rows that meet one (or both)."""
    if not EITHER_CONDITIONS_TICKET or not alternatives(ent.text):
        return False
    spans = _conditions(ent, q, x)
    text = ent.text
    for (_s1, e1, t1), (s2, _e2, t2) in zip(spans, spans[1:], strict=False):
        between = text[e1:s2]
        if (
            (t1 or t2)
            and e1 <= s2
            and len(between) <= _REACH
            and not _SENTENCE.search(between)
            and alternatives(text[e1 : s2 + 1] if SECOND_CONDITION_IN_VIEW else between)
        ):
            return True
    return False
