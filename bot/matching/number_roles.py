"""A number's role from the word just before it: "account with name 337" names an account,
it is no threshold, whatever numeric parameter the words would otherwise bind it to."""

from __future__ import annotations

from typing import Any

from bot.language.entities import Entities, bound_direction
from bot.language.textnorm import stem
from bot.library.model import Library, QueryDef
from bot.library.types.base import param_cues
from bot.matching.params import numbers_taken

# A number right after a word that announces a text parameter ("name 337", "code 94107"), with
# no comparison before it, is that parameter's value, not a count or threshold.
NAMED_NUMBERS = True


def name_words(library: Library) -> frozenset[str]:
    """Stems that announce a text parameter anywhere in the library (its name and label)."""
    return frozenset(
        w for q in library for p in q.params if not p.kind.is_numeric for w in param_cues(p)
    )


def misread_numbers(
    query: QueryDef, ent: Entities, extraction: Any, names: frozenset[str], units: set[str]
) -> int:
    """Numbers `query` took as a quantity that the word before them says are a name."""
    if not NAMED_NUMBERS:
        return 0
    out = 0
    for num, p in numbers_taken(query, ent, extraction.used_numbers, extraction.binds):
        if not num.before or bound_direction(num.before):
            continue
        if ent.text[num.start : num.end] in extraction.binds.values():
            continue  # a text parameter holds it too ("zip code 94002"): its role is taken
        word = stem(num.before[-1])
        out += word in names and word not in units and word not in param_cues(p)
    return out


# "the types of schools that have two schools", "bases with 3 pilots": a number after "have" /
# "with" and before a plural noun naming a table of the library is a condition on a count of
# those rows. Left unused, it is a dropped bound (a ticket), never a silent list of every row.
COUNT_CONDITION_IS_BOUND = True
_HAVING = frozenset(("have", "has", "had", "having", "with"))


def count_conditions(unused: list[Any], tables: frozenset[str]) -> int:
    """Unused numbers said as a count of a table's rows after "have" / "with"."""
    if not COUNT_CONDITION_IS_BOUND:
        return 0
    return sum(
        1
        for n in unused
        if n.before
        and n.before[-1] in _HAVING
        and n.after
        and n.after[0].endswith("s")
        and stem(n.after[0]) in tables
        and not n.id_like
        and not bound_direction(n.before)
    )
