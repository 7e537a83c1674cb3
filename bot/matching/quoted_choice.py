"""A quoted value a choice took is that choice's: "products with category 'Spices'" binds the
category Spices, and no free-text parameter (a product name) takes "Spices" as well; running
with both filters would return nothing, or the wrong rows. General: the choices come from the
library.
"""

from __future__ import annotations

from typing import Any

from bot.language.entities import Entities
from bot.library.model import QueryDef

# Off: a free-text parameter may take a quoted value a choice of its query took.
QUOTE_TO_CHOICE_ONLY = True


def give_back_chosen_quotes(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> None:
    """Unset each text parameter holding a quoted value that a choice parameter also bound."""
    if not QUOTE_TO_CHOICE_ONLY or not ent.quoted:
        return
    chosen = {
        str(binds[p.name]).lower()
        for p in query.params
        if p.kind.name == "choice" and binds.get(p.name) not in (None, p.default)
    }
    if not chosen:
        return
    for value, _s, _e in ent.quoted:
        if value.lower() not in chosen:
            continue
        for p in query.params:
            if p.kind.name == "string" and binds.get(p.name) == value:
                binds[p.name] = p.default
