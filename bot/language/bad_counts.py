"""Counts of rows that cannot be meant: "top 0" asks for nothing, "top -5" for less than
nothing, "top 2.5" for part of a row. Refused with a line that says why (issue 10, class 6),
never read as some other number."""

from __future__ import annotations

import re

from bot.language.wordlists import RANK_WORDS

_BAD_COUNT = re.compile(
    r"\b(?:" + "|".join(sorted(RANK_WORDS)) + r")\s+"
    r"(?:(?P<neg>[-−]\s?\d+)|(?P<part>\d+\.\d+)(?!\s*(?:%|percent))|0+)(?![\d.,])",
    re.I,
)


def count_problems(text: str) -> list[str]:
    """A count of rows that asks for nothing ("top 0"), less than nothing ("top -5") or part
    of a row ("top 2.5")."""
    return [
        f"“{m.group(0)}” asks for "
        + (
            "a negative number of rows."
            if m.group("neg")
            else "part of a row."
            if m.group("part")
            else "no rows."
        )
        for m in _BAD_COUNT.finditer(text)
    ]
