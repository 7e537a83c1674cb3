"""General English words people write for a word a library is likelier to use: "revenue
trajectory" for a trend, "orders dispatched" for shipped ones, "the average cart" for a basket,
"nb of orders" for their number. Consulted only for a request word no query knows, and a
synonym counts only where the library knows it (bot.matching.word_forms.other_form), so a
library that has its own "cart" or "dispatch" is read in its own words.
"""

from __future__ import annotations

_SYNONYMS_TEXT = """
    trajectory: trend
    trajectories: trend
    evolving: trend
    evolve: trend
    evolves: trend
    evolved: trend
    evolution: trend
    progression: trend
    dispatched: shipped
    dispatch: shipped
    dispatches: shipped
    cart: basket
    carts: basket
"""
SYNONYMS = {
    word.strip(): tuple(alt.split())
    for word, _, alt in (line.partition(":") for line in _SYNONYMS_TEXT.strip().splitlines())
}
