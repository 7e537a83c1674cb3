"""Constraints the request states for a query's parameter that no value could be read for.

Why they count as `missing` (the spec: values the product must ask for): a query run with the
parameter at its default answers without the constraint, and the person is not told; "employees
hired before June 21, 2002" run with no hire-date bound hands over every employee. When the
request names the parameter's subject next to a value-shaped phrase (a date, a quoted value)
and the reading cannot say which value, or which of two parameters it is, the product asks for
the parameter instead, the way an order the bound sort does not say is asked for
(bot.matching.order_said). General English only; the parameters' words come from the library.
"""

from __future__ import annotations

from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem, words
from bot.library.model import QueryDef
from bot.library.types.base import param_cues

# A date said next to a date parameter's words that no date parameter took is asked for.
ASK_UNREAD_DATES = True
_REACH = 40  # characters before a date read for what it is a date of


def unread_dates(query: QueryDef, ent: Entities, binds: dict[str, Any], used: bool) -> list[str]:
    """The date parameters a request's date is said for ("hired before 2002-06-21" for
    `hired_after`, which cannot say "before") while none of them took a date."""
    if not ASK_UNREAD_DATES or used or not ent.periods:
        return []
    dates = [p for p in query.params if p.kind.name == "date"]
    if not dates or any(binds.get(p.name) is not None and p.default is None for p in dates):
        return []
    out: list[str] = []
    for period in ent.periods:
        head = ent.text[max(0, period.span[0] - _REACH) : period.span[0]]
        said = {stem(w) for w, _s, _e in words(head)}
        out += [p.name for p in dates if p.name not in out and said & _subject(p)]
    return out


def _subject(p: Any) -> set[str]:
    """The words of a date parameter that say what is dated ("hire" of `hired_after`), less
    the bound words any date parameter shares ("after", "day")."""
    return param_cues(p) - {"after", "before", "since", "until", "from", "to", "day", "date"}
