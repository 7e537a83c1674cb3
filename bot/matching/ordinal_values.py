"""An ordinal right before a number parameter's own word is that parameter's value: "teach
fifth grade" is `grade = 5`, "the 3rd floor" `floor = 3`.

Ordinals are no numbers elsewhere ("first name", "the second highest"), so only an ordinal
followed by a word of the parameter's name or label counts, for a whole-number parameter its
SQL compares by equality (no bound, no row count) that the words left unset, inside its range.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.numwords import find_numbers
from bot.language.textnorm import stem
from bot.library.model import QueryDef
from bot.library.types.base import param_cues, sql_operator

# Switch: "fifth grade" gives `grade` 5.
ORDINAL_BEFORE_CUE = True
_NEXT_WORD = re.compile(r"[\s-]*([A-Za-z]+)")


@lru_cache(maxsize=1024)
def _ordinals(text: str) -> tuple[Any, ...]:
    return tuple(n for n in find_numbers(text) if n.ordinal and isinstance(n.value, int))


def _equality_number(p: Any, sql: str) -> bool:
    """A whole-number parameter its SQL compares with `=`."""
    return (
        p.kind.is_numeric
        and getattr(p.kind, "whole", False)
        and sql_operator(sql, p.name) is None
        and _compared_equal(sql, p.name)
    )


@lru_cache(maxsize=4096)
def _compared_equal(sql: str, name: str) -> bool:
    return bool(re.search(rf"=\s*:{re.escape(name)}\b", sql))


def ordinal_values(query: QueryDef, text: str, binds: dict[str, Any]) -> int:
    """Bind each unset equality number parameter an ordinal before its word names; how many."""
    if not ORDINAL_BEFORE_CUE:
        return 0
    params = [
        p for p in query.params if binds.get(p.name) is None and _equality_number(p, query.sql)
    ]
    if not params:
        return 0
    taken = 0
    for num in _ordinals(text):
        m = _NEXT_WORD.match(text, num.end)
        if not m:
            continue
        said = stem(m.group(1).lower())
        for p in params:
            if binds.get(p.name) is not None or said not in param_cues(p):
                continue
            if (p.min is not None and num.value < p.min) or (
                p.max is not None and num.value > p.max
            ):
                continue
            binds[p.name] = num.value
            taken += 1
    return taken
