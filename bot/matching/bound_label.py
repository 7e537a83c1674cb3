"""A choice's words read through the label of the parameter it is bound to.

"flights in alphabetical order by departure cities": the sort choice bound to `origin`, whose
label is "departure city", reads "by departure"; those words are no dropped constraint.
"""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import is_noise, stem, words
from bot.library.model import QueryDef

# A choice's words inside the label of the parameter the bound choice is named like ("by
# departure" for a sort bound to origin, labelled "departure city") are read by that choice.
CHOICE_IN_BOUND_LABEL = True


def in_bound_label(query: QueryDef, binds: dict[str, Any], key: str) -> bool:
    """`key`'s words are all words of the label of a parameter that a choice parameter of
    `query` is bound to by name."""
    said = {stem(w) for w in key.split() if not is_noise(w)}
    if not CHOICE_IN_BOUND_LABEL or not said:
        return False
    names = {binds.get(p.name) for p in query.params if p.choices}
    return any(
        p.name in names and p.label and said <= {stem(w) for w, _s, _e in words(p.label.lower())}
        for p in query.params
    )
