"""A choice of a parameter that shapes a query (its sort or its grouping: bot.matching.grain,
`grouping_params`) names no value: "the average elevation for each country" where a sort has
a choice `country` still asks a breakdown by country, as "directed by Steven Spielberg" (a
filter's value) does not. Not a choice naming a table: "the name of each club" lists clubs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.language.textnorm import STOPWORDS, stem

# Named values only shaping parameters own stay in the text breakdowns are read from.
SHAPING_CHOICES_NAME_BREAKDOWNS = True
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def filter_values(
    named: Iterable[tuple[Any, int, int, Any]],
    grouping: frozenset[str],
    tables: frozenset[str] = frozenset(),
    text: str = "",
) -> list[tuple[Any, int, int, Any]]:
    """The named values that are some parameter's value: those owned by at least one parameter
    outside `grouping` (or by none), when SHAPING_CHOICES_NAME_BREAKDOWNS; else all of them.
    A shaping choice that names a table (`tables`, stems) stays blanked: "the name of each
    club", "for each player" are rows of a listing as often as a breakdown; so does one that
    qualifies a noun after it in `text` ("for each source airport": the airport is what each
    row is, "source" says which of its roles)."""
    named = list(named)
    if not SHAPING_CHOICES_NAME_BREAKDOWNS:
        return named
    out = []
    for item in named:
        params = {o.removeprefix("param:") for o in item[3] if str(o).startswith("param:")}
        said = {stem(w) for w in str(item[0]).split()}
        after = _NEXT_WORD.match(text, item[2]) if text else None
        qualifies = after is not None and after.group(1).lower() not in STOPWORDS
        if not params or params - grouping or said & tables or qualifies:
            out.append(item)
    return out
