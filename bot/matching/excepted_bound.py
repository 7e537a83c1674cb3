"""A bound the request excepts: "home cities except for those having a driver older than 40"
bound to `older_than = 40` would hand over the very rows the person left out. The best query
binding a number said inside an exception ("except", "excluding", "other than", "apart from",
"but not") is a ticket, never a run (bot.matching.matcher). A plain "not" is left to the bound
readings ("not more than 5" is at most 5). General English only."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# A number said inside an exception and bound to a parameter: a ticket.
EXCEPTED_BOUND_TICKET = True

_EXCEPT = re.compile(r"\b(?:except|excluding|other\s+than|apart\s+from|but\s+not)\b", re.I)
_BREAK = re.compile(r"[.;?!]|\b(?:and|or|then|also)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_REACH = 60  # characters after the exception read as what it excepts


def excepted(text: str, binds: Mapping[str, Any]) -> bool:
    """Whether a number bound in `binds` is said inside an exception of `text`."""
    values = {
        float(v) for v in binds.values() if isinstance(v, int | float) and not isinstance(v, bool)
    }
    if not values:
        return False
    for m in _EXCEPT.finditer(text):
        tail = text[m.end() : m.end() + _REACH]
        stop = _BREAK.search(tail)
        tail = tail[: stop.start()] if stop else tail
        for n in _NUMBER.finditer(tail):
            if float(n.group(0).replace(",", "")) in values:
                return True
    return False
