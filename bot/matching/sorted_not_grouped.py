"""A grouping read from words that only say an order: "list the model names sorted by their
launch year" asks for models in launch-year order, not for models counted per launch year. A
query whose choice parameter picks what a row is per (its `by`, bot.matching.result_fit's
`chooser`) and took a choice whose words the request says only after "sorted by" / "ordered
by" answers another question than the one asked; it gives way to a query that sorts.
General English only; the choices and their synonyms come from the library.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.library.model import QueryDef
from bot.matching.order_said import _choice_words, _stems, order_spans

# A grouping choice said only inside "sorted by …" counts against the query that took it.
SORTED_NOT_GROUPED = True
SORTED_NOT_GROUPED_PENALTY = 0.2

_SORTED_BY = re.compile(r"\b(?:sort|sorts|sorted|sorting|order|ordered|ordering)\s+by\b", re.I)


def grouped_by_order_words(
    query: QueryDef, chooser: str | None, binds: Mapping[str, Any], text: str
) -> bool:
    """Whether the choice `query`'s chooser took is said only after "sorted by"."""
    if not SORTED_NOT_GROUPED or chooser is None:
        return False
    param = next((p for p in query.params if p.name == chooser), None)
    choice = binds.get(chooser)
    if param is None or choice is None or choice == param.default:
        return False
    spans = order_spans(text, _SORTED_BY)
    if not spans:
        return False
    inside = " ".join(text[s:e] for s, e in spans)
    outside, last = [], 0
    for s, e in spans:
        outside.append(text[last:s])
        last = e
    outside.append(text[last:])
    said = _choice_words(param).get(str(choice), set())
    return bool(said & _stems(inside)) and not said & _stems(" ".join(outside))


def sorted_not_grouped_penalty(
    query: QueryDef, chooser: str | None, binds: Mapping[str, Any], text: str
) -> float:
    """SORTED_NOT_GROUPED_PENALTY when the query's grouping is read from an order's words."""
    return SORTED_NOT_GROUPED_PENALTY * grouped_by_order_words(query, chooser, binds, text)
