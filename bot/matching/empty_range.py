"""Bounds that leave no row: a query whose SQL compares one operand with a lower and an upper
bound (`c.Population > :min_population ... c.Population < :max_population`) returns nothing
when the request's lower bound is at or above its upper one ("population bigger than 1500 or
smaller than 500", "capacity greater than 300 or less than 100"). The query's filters all
hold at once, so it cannot answer the "or" (two ranges), and with "and" the range is empty:
either way running it hands over an empty or wrong list, so the request becomes a ticket.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.library.model import QueryDef

# A bound compared with an operand on its left (`x > :low`) or its right (`:high > x`).
_LEFT = re.compile(r"([A-Za-z_][\w.]*)\s*(>=|<=|>|<)\s*:(\w+)")
_RIGHT = re.compile(r":(\w+)\s*(>=|<=|>|<)\s*([A-Za-z_][\w.]*)")
_FLIP = {">": "<", "<": ">", ">=": "<=", "<=": ">="}
# Switch: a best query whose bound values leave no row is a ticket (bot.matching.matcher).
EMPTY_RANGE_TICKET = True


@lru_cache(maxsize=4096)
def _bounds(sql: str) -> tuple[tuple[str, str, str], ...]:
    """(operand, operator as `operand OP :param`, param) for each simple bound of `sql`."""
    found = [(m.group(1).lower(), m.group(2), m.group(3)) for m in _LEFT.finditer(sql)]
    found += [(m.group(3).lower(), _FLIP[m.group(2)], m.group(1)) for m in _RIGHT.finditer(sql)]
    return tuple(found)


def empty_ranges(query: QueryDef, binds: dict[str, Any]) -> list[str]:
    """The names of the parameters bound to a lower and an upper bound on one operand of
    `query`'s SQL that leave no value between them ("min_population > max_population")."""
    lows: dict[str, list[tuple[str, float, bool]]] = {}
    highs: dict[str, list[tuple[str, float, bool]]] = {}
    for operand, op, param in _bounds(query.sql):
        value = binds.get(param)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        side = lows if op.startswith(">") else highs
        side.setdefault(operand, []).append((param, float(value), op.endswith("=")))
    out: list[str] = []
    for operand, low_bounds in lows.items():
        for low, lv, low_inclusive in low_bounds:
            for high, hv, high_inclusive in highs.get(operand, ()):
                if lv > hv or (lv == hv and not (low_inclusive and high_inclusive)):
                    out += [low, high]
    return list(dict.fromkeys(out))
