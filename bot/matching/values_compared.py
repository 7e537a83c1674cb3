"""Two values of one filter set against each other ("the oppose rate for men vs women", "town
versus village") ask for the figures per that dimension, not for the rows of the first value:
a grouping choice of the query that names the filter's dimension (`by: sex` beside a `sex`
filter) takes it, and the filter is left unset. Read after the query's own values
(bot.matching.params). General English only: the dimension comes from the parameters' names.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem
from bot.library.model import ParamDef, QueryDef
from bot.library.types import find_choice
from bot.library.types.base import name_stems

# Switch: two values of a filter joined by "vs" / "versus" / "compared with" group by it.
COMPARED_VALUES_GROUP = True
_BETWEEN = re.compile(r"^\W*(?:vs\.?|versus|v\.|compared (?:to|with)|against)\W*$", re.I)
_REACH = 3  # words of the first value's phrase may stand between ("men's … vs")


def compared_values(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> None:
    """Group by the dimension of a filter two of whose values the request compares."""
    if not COMPARED_VALUES_GROUP:
        return
    groupings = [p for p in query.params if p.choices and p.default is not None]
    for f in query.params:
        if not f.choices or f.default is not None or f in groupings:
            continue
        if not _two_values_compared(f, ent.masked):
            continue
        dims = {(g.name, c) for g in groupings for c in g.choices if _names_dimension(c, f)}
        if len(dims) == 1:
            name, choice = dims.pop()
            binds[name] = choice
            binds[f.name] = None
            return


def _names_dimension(choice: str, f: ParamDef) -> bool:
    parts = [stem(w) for w in choice.lower().split("_") if w]
    return bool(parts) and all(w in name_stems(f.name) for w in parts)


def _two_values_compared(f: ParamDef, text: str) -> bool:
    """`text` says two different values of `f` with a comparison word between them."""
    first = find_choice(f, text)
    if first is None:
        return False
    value, _s, end = first
    rest = text[end:]
    second = find_choice(f, rest)
    if second is None or second[0] == value:
        return False
    between = rest[: second[1]]
    return bool(_BETWEEN.match(between)) and len(between.split()) <= _REACH
