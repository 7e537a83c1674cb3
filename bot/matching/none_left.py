"""Words that say none of a bounded thing is left: "every item we have zero stock of", "out of
stock items", "nothing in stock" for a query keeping the rows with `stock < :threshold`. The
rows at zero are kept by a bound of 1 for `<` (0 for `<=`), not by the zero said (`stock < 0`
keeps nothing) nor by the parameter's default (which keeps more than none). The thing is one
of the parameter's own words (its name, label or description: "stock threshold"); only
general English lives here.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem, words
from bot.library.model import QueryDef
from bot.library.types.base import param_cues, sql_operator

# Switch (benchmarks/ablation_matcher.py).
NONE_LEFT_KEEPS_ZERO = True

# What says none before the thing: "zero stock", "no stock", "0 in stock", "out of stock".
_NONE_BEFORE = re.compile(
    r"(?<![\w.])(?:zero|no|none|nothing|0|out\s+of)\s+(?:left\s+)?(?:in\s+|on\s+)?([a-z]+)", re.I
)
# "almost out of stock", "nearly no stock left": close to none is a low bound, not none.
_NEARLY = re.compile(r"(?:almost|nearly|about\s+to\s+(?:run|be|go)|close\s+to|soon)\s*$", re.I)


def none_left(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """Set a whole upper bound with a default (`col < :p`, `col <= :p`) to keep only the rows at
    zero when the request says none of the parameter's thing is left and gives it no other
    number. Returns how many parameters it set."""
    if not NONE_LEFT_KEEPS_ZERO:
        return 0
    placed = 0
    for p in query.params:
        if not getattr(p.kind, "whole", False):
            continue
        op = sql_operator(query.sql, p.name)
        if op not in ("<", "<="):
            continue
        zero = 1 if op == "<" else 0
        # Only a cut-off the query falls back to when none is said ("low stock": 10): the rule
        # replaces that default or a zero said, never a number or a year the request gave
        # ("out of stock or under 5", "no exhibition in 2008 or later").
        if p.default is None or binds.get(p.name) not in (p.default, 0):
            continue
        if any(n.value == p.default for n in ent.numbers) or (p.min is not None and p.min > zero):
            continue
        things = param_cues(p) - {stem(w) for w, _s, _e in words(p.name.replace("_", " "))}
        for m in _NONE_BEFORE.finditer(ent.text):
            if stem(m.group(1).lower()) in things and not _NEARLY.search(ent.text[: m.start()]):
                binds[p.name] = zero
                placed += 1
                break
    return placed
