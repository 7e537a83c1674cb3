"""What a count in a request counts: the words right after "how many" / "number of" / "count"
(`counted`, a noun and maybe its modifier), and the noun itself (`counted_heads`): "how many
students play video games" counts students, "how many video game types" types. A plural ends
the thing counted; what follows it ("play", "have", "live") says what the counted things do,
not what they are. General English only.
"""

from __future__ import annotations

import re

# "how many X", "the number of (distinct) X", "count the X": what a count counts.
_COUNT_CUE = r"\b(?:how\s+many|numbers?\s+of|count\s+of|count\s+the|count)\s+"
_DETERMINERS = r"(?:the\s+|all\s+|distinct\s+|different\s+|unique\s+)*"
_ASKS_COUNT_OF_PLAIN = re.compile(_COUNT_CUE + _DETERMINERS + r"(\w+)(?:\s+(\w+))?")
# "count the (total) number of clubs": what follows "number of" is counted, not "number".
_ASKS_COUNT_OF = re.compile(
    _COUNT_CUE
    + _DETERMINERS
    + r"(?:(?:total\s+)?numbers?\s+of\s+"
    + _DETERMINERS
    + r")?(\w+)(?:\s+(\w+))?"
)
# Off: "count the number of X" counts "number" (the words right after "count the").
NUMBER_OF_AFTER_COUNT = True


def plural_ending(word: str) -> bool:
    """Ends as a regular English plural ("cities", "officers"; not "class", "bus", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def plural(word: str) -> bool:
    """A plural English noun, as column names go ("kids", "accounts"; not "status", "class")."""
    return len(word) > 3 and plural_ending(word)


def counted(lowered: str) -> list[str]:
    """The words right after "how many" / "number of" (the thing counted, maybe a modifier)."""
    cue = _ASKS_COUNT_OF if NUMBER_OF_AFTER_COUNT else _ASKS_COUNT_OF_PLAIN
    return [w for m in cue.finditer(lowered) for w in m.groups() if w]


_HOW_MANY = re.compile(
    r"\b(?:how\s+many|numbers?\s+of|count\s+of|count\s+the|count)\s+"
    r"(?:the\s+|all\s+|distinct\s+|different\s+|unique\s+)*(\w+(?:\s+\w+){0,2})"
)


# "count the total number of clubs": the head counted follows "number of" (clubs), not "total".
_HOW_MANY_AFTER_NUMBER = re.compile(
    _COUNT_CUE
    + _DETERMINERS
    + r"(?:(?:total\s+)?numbers?\s+of\s+"
    + _DETERMINERS
    + r")?(\w+(?:\s+\w+){0,2})"
)
# Off: "count the total number of clubs" counts "total".
HEAD_AFTER_NUMBER_OF = True


def counted_heads(lowered: str) -> list[str]:
    """The noun each count counts: the first plural of the (up to three) words after "how
    many" ("how many video game types exist": types), else the first word ("how many staff")."""
    out = []
    cue = _HOW_MANY_AFTER_NUMBER if HEAD_AFTER_NUMBER_OF else _HOW_MANY
    for m in cue.finditer(lowered):
        said = m.group(1).split()
        out.append(next((w for w in said if plural(w)), said[0]))
    return out


# "show the transaction type and the number of transactions", "ids with how many games": a
# count beside other columns is a count per row of them, not one count over every row; so is
# one "for different grapes".
_COUNT_BESIDE = re.compile(
    r"\b(?:and|with|along\s+with|together\s+with)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
    r"(?:total\s+)?(?:numbers?\s+of|counts?\s+of|how\s+many)\b"
    r"|\b(?:for|of|in|across|among)\s+(?:the\s+)?(?:different|various|each|every)\b"
)


def count_beside_columns(lowered: str) -> bool:
    """A count asked beside other columns ("the X and the number of Y") or per group."""
    return bool(_COUNT_BESIDE.search(lowered))
