"""A value said for the choice that picks what a query's rows are per names its breakdown:
"the average age for male and female students" says `by: sex` (a synonym of the choice) of a
query whose rows are per the chosen column, so its rows per sex are the figures asked, not a
list of figures where one was asked (bot.matching.result_fit, TOTAL_FROM_GROUPS_PENALTY).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from bot.language.textnorm import stem
from bot.library.model import QueryDef

# A named value of the query's own grouping choice that lists values ("male and female",
# "domestic vs international") counts as a value of what its rows are per.
CHOOSER_VALUE_NAMES_GROUPS = True
_JOINED = re.compile(r"\w\s+(?:and|or|vs\.?|versus|&)\s+\w|\w\s*/\s*\w", re.I)


def grouping_named(
    wants: Any, named: Iterable[tuple[Any, int, int, Any]], query: QueryDef, fit: Any
) -> Any:
    """`wants` (bot.matching.result_fit.Asked) with the columns `query`'s rows are per
    (`fit.per`) among its named parameters, when the request names a value of the choice that
    picks them (bot.matching.result_fit.ResultFit.chooser, or a choice two or more of whose
    values are columns the rows are per: `by: [major, city, sex]` of `GROUP BY 1`); else
    `wants` unchanged."""
    if not (CHOOSER_VALUE_NAMES_GROUPS and fit.per):
        return wants
    choosers = {f"param:{p}" for p in _choosers(query, fit)}
    if not any(
        query.name in owners
        and choosers & set(owners)
        # "male and female" lists values of the grouping; "card types", "banks" name the
        # grouping itself, as a count of them or a listing may ("how many bank branches")
        and _JOINED.search(str(key))
        for key, _s, _e, owners in named
    ):
        return wants
    return replace(wants, named_params=wants.named_params | fit.per)


def _choosers(query: QueryDef, fit: Any) -> list[str]:
    out = [fit.chooser] if fit.chooser else []
    for p in query.params:
        grouped = {c for c in p.choices if stem(str(c).lower()) in fit.per}
        if len(grouped) >= 2:
            out.append(p.name)
    return out
