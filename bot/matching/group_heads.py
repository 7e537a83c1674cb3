"""What a row of a query's result is. A listing's row is the first table of its outer FROM. A
grouped result's row, when its GROUP BY column is a compound: "GROUP BY
AllergyType" gives a row per type (of allergy), not per allergy, so "show all allergies and
their types" asks rows of another grain; "which allergy type …", saying the compound whole,
asks rows per it. General SQL and English only: the columns come from the query file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.sql_words import KEY_WORDS, bare_sql, identifier_words, outer_group_clause
from bot.matching.table_heads import phrase_head

_OUTER_FROM = re.compile(r"\bfrom\s+\"?(\w+)", re.I)


@lru_cache(maxsize=8192)
def _outer_table_name(sql: str) -> str | None:
    """The first table of the outer query's FROM (its last top-level FROM), as written."""
    text = bare_sql(sql)
    depth, found = 0, None
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in "fF" and (m := _OUTER_FROM.match(text, i)):
            found = m.group(1)
    return found


@lru_cache(maxsize=8192)
def _outer_table_words(sql: str) -> tuple[str, ...]:
    """The words of the first table of the outer query's FROM, in the order written."""
    found = _outer_table_name(sql)
    return tuple(identifier_words(f'"{found}"')) if found else ()


def outer_table(sql: str) -> list[str]:
    """The words of the first table of the outer query's FROM (its last top-level FROM)."""
    return sorted(_outer_table_words(sql))


def outer_table_head(sql: str) -> str | None:
    """What a row of the outer FROM table is: its name's last word ("Invoice_Line_Items": an
    item, "Has_Allergy": an allergy), unless that word names a key ("city_code")."""
    said = _outer_table_words(sql)
    if len(said) > 1 and said[-1] in KEY_WORDS:
        return None
    return phrase_head(said, _outer_table_name(sql) or "")


def group_compounds(sql: str) -> frozenset[tuple[str, str]]:
    """The last two words of each GROUP BY column of several words ("AllergyType" -> allergy,
    type), unless the last names what the column keys ("last_name", "city_code")."""
    out = set()
    for col in (outer_group_clause(sql) or "").split(","):
        said = identifier_words(col.split(".")[-1])
        if len(said) > 1 and said[-1] not in KEY_WORDS:
            out.add((stem(said[-2]), stem(said[-1])))
    return frozenset(out)


# "{% if by == 'state' %}a.state{% else %}a.city{% endif %} AS place … GROUP BY place" (or
# "GROUP BY 1", or "GROUP BY {% if by == …"): a choice parameter picks what a row is per.
_CHOSEN_COLUMN = re.compile(
    r"\{%-?\s*if\s+(\w+)\s*==[^;]*?\{%-?\s*endif\s*-?%\}\s*(?:as\s+)?\"?(\w+)", re.I | re.S
)
_CHOSEN_GROUP = re.compile(r"\bgroup\s+by\s*\{%-?\s*if\s+(\w+)\s*==", re.I)


def chosen_groups(sql: str, params: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Per choice of the parameter that picks the column a row is per, that choice's stems
    (`params`: each choice parameter's choices); empty when no parameter does."""
    clause = (outer_group_clause(sql) or "").strip().lower()
    if not clause:
        return {}
    picked = {m.group(1) for m in _CHOSEN_GROUP.finditer(sql)}
    for m in _CHOSEN_COLUMN.finditer(sql):
        if clause == "1" or m.group(2).lower() in re.split(r"[\s,]+", clause):
            picked.add(m.group(1))
    return {
        c: frozenset(stem(w) for w in identifier_words(f'"{c}"'))
        for p in sorted(picked)[:1]
        for c in params.get(p, ())
    }


def said_pairs(lowered: str) -> frozenset[tuple[str, str]]:
    """The stems of the words a request says next to each other."""
    said = [stem(w) for w in lowered.split()]
    return frozenset(zip(said, said[1:], strict=False))


def row_groups(
    groups: frozenset[str] | None,
    heads: frozenset[str] | None,
    compounds: frozenset[tuple[str, str]],
    pairs: frozenset[tuple[str, str]],
) -> frozenset[str] | None:
    """What a row is, to set against the rows a request asks for: each compound column's last
    word (`heads`), and its first too where the request says the two together (`pairs`)."""
    if not signals.HEADS_OF_GROUP_COLUMNS or heads is None:
        return groups
    return heads | {m for m, h in compounds if (m, h) in pairs}
