"""A name asked of a thing the chosen query shows only by its id: "the name of the language the
film is in" from a film listing that shows `language_id` and never reads the library's
`language` table. The id's words made the query look like it answers ("language"), but the name
is in a table it does not read, so running it would hand over a number instead of the name
asked for; the best query is a ticket (bot.matching.matcher). General SQL and English only: the
tables and columns come from the query files.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.textnorm import stem
from bot.library.model import QueryDef
from bot.matching.result_fit import ResultFit
from bot.matching.sql_words import _select_items

# A name asked of a table the query shows only as an id column makes it a ticket.
NAME_OF_ID_ONLY = True
_NAME_OF = re.compile(r"\bnames?\s+of\s+(?:the\s+|its\s+|their\s+|that\s+)?([a-z]+)")
_X_NAME = re.compile(r"\b([a-z]+)\s+names?\b")
_ID_ITEM = re.compile(r"^\s*(?:\w+\s*\.\s*)?\"?([a-z]+?)_?id\"?(?:\s+as\s+\"?\w+\"?)?\s*$", re.I)


@lru_cache(maxsize=4096)
def _id_shown(sql: str) -> frozenset[str]:
    """The stems of the things the outer SELECT shows as a bare id column ("f.language_id")."""
    out = set()
    for item in _select_items(sql):
        m = _ID_ITEM.match(item)
        if m and len(m.group(1)) >= 3:
            out.add(stem(m.group(1).lower()))
    return frozenset(out)


def name_of_id_only(text: str, q: QueryDef, fit: ResultFit, tables: frozenset[str]) -> bool:
    """`text` asks the name of a thing that is a table of the library (`tables`), that `q`
    does not read and shows only as an id column."""
    if not NAME_OF_ID_ONLY:
        return False
    lowered = text.lower()
    asked = {stem(m.group(1)) for m in _NAME_OF.finditer(lowered)}
    asked |= {stem(m.group(1)) for m in _X_NAME.finditer(lowered)}
    ids = _id_shown(q.sql)
    return any(t in tables and t in ids and t not in fit.tables for t in asked)
