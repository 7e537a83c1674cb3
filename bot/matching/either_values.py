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
