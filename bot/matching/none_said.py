"""More ways a request says that none of a counted thing exists, read by
bot.matching.readings.none_at_all: a negated "have" ("musicals that do not have actors"),
"nothing on the schedule", and the table a count is taken of ("films without any schedule"
for `COUNT(s.Cinema_ID) <= :max_cinemas` over `schedule AS s`). General English only.
"""

from __future__ import annotations

import re

# "do not have actors", "doesn't have a cast": a negated "have" says none, as "not ... any" does.
NEGATED_HAVE_IS_NONE = True
_HAVE = frozenset(["have", "has", "having", "had"])
# "nothing on the schedule", "nothing scheduled": none of the thing the schedule holds.
NOTHING_IS_NONE = True
# The table whose rows a bound counts ("COUNT(s.Cinema_ID)" over "schedule AS s") names the
# counted thing as well as the parameter's own words do: "without any schedule".
COUNTED_TABLE_NAMES_IT = True


def says_nothing(word: str) -> bool:
    """`word` says none of what follows ("nothing on the schedule")."""
    return NOTHING_IS_NONE and word == "nothing"


def after_negated_have(after: list[str]) -> int:
    """How many words after a negation the counted thing starts: 1 past "have" ("not have
    actors"), else 0 (the negation says no "have")."""
    if NEGATED_HAVE_IS_NONE and after and after[0] in _HAVE:
        return 1
    return 0


def counted_table_words(sql: str, name: str) -> list[str]:
    """The words of the table whose rows `COUNT(alias.col)` counts where it is compared with
    `:name`, or none."""
    if not COUNTED_TABLE_NAMES_IT or not sql:
        return []
    m = re.search(
        rf"COUNT\(\s*(?:DISTINCT\s+)?(\w+)\.\w+\s*\)\s*[<>]=?\s*:{re.escape(name)}\b", sql, re.I
    )
    if m is None:
        return []
    alias = re.escape(m.group(1))
    t = re.search(rf"\b(?:FROM|JOIN)\s+(\w+)(?:\s+AS)?\s+{alias}\b", sql, re.I)
    if t is None:
        return []
    return [w for w in t.group(1).lower().split("_") if len(w) > 3]
