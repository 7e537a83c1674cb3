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
# "which items are sold out", "what we've completely run out of": the idiom says none is left
# with no noun, for a query whose own words (title, keywords, examples) speak of running or
# selling out. Not "running out" nor "will run out": those are still a few, a low bound.
GONE_IDIOMS_KEEP_ZERO = True
_GONE = re.compile(r"\b(?:sold|ran|(?:has|have|had|'ve|'s)\s+(?:\w+\s+)?run)\s+out\b", re.I)
_GONE_SOON = re.compile(r"(?:will|going\s+to|might|may|could|about\s+to)\s+(?:\w+\s+)?$", re.I)
_OUT_IDIOM = re.compile(r"\b(?:sold|sell|selling|sells|run|ran|running|runs)\s+out\b", re.I)


def _gone(query: QueryDef, text: str) -> bool:
    """`text` says none is left by an idiom its query's own words use."""
    if not GONE_IDIOMS_KEEP_ZERO:
        return False
    header = " ".join([query.title, *query.keywords, *query.examples])
    if not _OUT_IDIOM.search(header):
        return False
    return any(
        not _NEARLY.search(text[: m.start()]) and not _GONE_SOON.search(text[: m.start()])
        for m in _GONE.finditer(text)
    )


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
        if _gone(query, ent.text):
            binds[p.name] = zero
            placed += 1
            continue
        things = param_cues(p) - {stem(w) for w, _s, _e in words(p.name.replace("_", " "))}
        for m in _NONE_BEFORE.finditer(ent.text):
            if stem(m.group(1).lower()) in things and not _NEARLY.search(ent.text[: m.start()]):
                binds[p.name] = zero
                placed += 1
                break
    return placed
