"""What one row of a table named by a phrase is: "Member_of_club" holds members (of clubs),
"Student_in_course" students, "Invoice_Line_Items" items, "Has_Allergy" allergies. In an English
noun phrase with a preposition the head is the noun before it; without one, the last word.
General English only: the table names come from the query file.
"""

from __future__ import annotations

import re

# Off: the last word of every table name, whatever it says.
HEAD_BEFORE_PREPOSITION = True

_PREPOSITIONS = frozenset(["of", "in", "for", "at", "on", "per", "by", "with", "from", "to"])
_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def phrase_head(said: tuple[str, ...] | list[str], name: str = "") -> str | None:
    """The head word of a table name: `said` its content words in order, `name` as written
    (where the prepositions still stand)."""
    if not said:
        return None
    if HEAD_BEFORE_PREPOSITION and name:
        parts = [p.lower() for p in _PARTS.findall(name)]
        for i, w in enumerate(parts):
            if i and w in _PREPOSITIONS and parts[i - 1] in said:
                return parts[i - 1]
    return said[-1]


# Off: every word of a key column of three or more words stays ("product_category_code"
# would give rows of products).
KEYED_HEAD_ONLY = True


def keyed_words(said: list[str]) -> list[str]:
    """The words of a column that keys something ("product_category_code"): the key word and
    the thing it keys (category, code), not the words that modify that thing (product)."""
    return said[-2:] if KEYED_HEAD_ONLY and len(said) > 2 else said
