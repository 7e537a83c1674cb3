"""A bound said of one aggregate, bound to a parameter that compares another: "artists with an
average attendance over 200" bound to a `min_total` that the SQL compares with `sum(...)` would
hand over the artists whose total is over 200. The best query doing so is a ticket, never a run
(bot.matching.matcher). The parameter's aggregate is read from the SQL (`sum(x) > :min_total`),
else from its name and label; the request's from the words beside the number. General English
only."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# A number said of an average bound to a parameter on a total (or the reverse): a ticket.
AGGREGATE_OF_BOUND_TICKET = True
# The number is found as written though its bound took it a step on ("average above 5000"
# bound as `sum(...) >= 5001`): a whole bound moved to its SQL's comparison is the same number.
STEPPED_BOUND_FOUND = True

_KIND = {"avg": "avg", "average": "avg", "mean": "avg", "sum": "sum", "total": "sum"}
_CLAUSE = re.compile(r"\b(?:where|having|and|or|on|when)\b", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]+|\d[\d,.]*")
_BEFORE, _AFTER = 5, 3  # words either side of the number read as what it bounds


def misread_aggregate(text: str, query: Any, binds: Mapping[str, Any]) -> bool:
    """Whether a number of `text` bound to a parameter of `query` is said of another aggregate
    (average, total) than the one the parameter compares."""
    words = _WORDS.findall(text.lower())
    for p in query.params:
        value = binds.get(p.name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        compared = _compared(query.sql, p.name, f"{p.name} {p.label}")
        if compared is None:
            continue
        said = _said_of(words, value)
        if said and compared not in said:
            return True
    return False


def _compared(sql: str, name: str, label: str) -> str | None:
    """The aggregate the parameter `name` is compared with: from the SQL, else its words."""
    for m in re.finditer(rf"(?:<|>|=)\s*:{re.escape(name)}\b", sql):
        # the comparison's left side, back to the keyword opening its condition
        left = _CLAUSE.split(sql[max(0, m.start() - 120) : m.start()])[-1].lower()
        kinds = {_KIND[f] for f in re.findall(r"\b(sum|avg)\s*\(", left)}
        if len(kinds) == 1:
            return kinds.pop()
    kinds = {_KIND[w] for w in re.findall(r"[a-z]+", label.lower()) if w in _KIND}
    return kinds.pop() if len(kinds) == 1 else None


def _said_of(words: list[str], value: float) -> set[str]:
    """The aggregates said beside each place the number `value` is written."""
    out: set[str] = set()
    for i, w in enumerate(words):
        try:
            n = float(w.replace(",", "").rstrip("."))
        except ValueError:
            continue
        if n != value and not (STEPPED_BOUND_FOUND and abs(n - value) == 1):
            continue
        near = words[max(0, i - _BEFORE) : i] + words[i + 1 : i + 1 + _AFTER]
        out |= {_KIND[x] for x in near if x in _KIND}
    return out
