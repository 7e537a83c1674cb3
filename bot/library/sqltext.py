"""Finding and rewriting `:name` bind parameters in SQL text.

Bind names are found after skipping comments, string literals, quoted identifiers and `::`
casts (the datasette approach), so `'10:30'`, `-- note :x` and `x::date` are not parameters.
Engines use `replace_binds` to turn `:name` into their own placeholder style.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TOKEN = re.compile(
    r"""
      (?P<comment_line>--[^\n]*)
    | (?P<comment_block>/\*.*?\*/)
    | (?P<string>'(?:[^']|'')*')
    | (?P<ident>"(?:[^"]|"")*")
    | (?P<cast>::)
    | (?P<bind>(?<![\w:]):(?P<name>[A-Za-z_][A-Za-z0-9_]*))
    """,
    re.VERBOSE | re.DOTALL,
)


def find_binds(sql: str) -> list[tuple[str, int]]:
    """Every `:name` bind in `sql` with its 1-based line number, in order of appearance."""
    found = []
    line, counted_to = 1, 0  # lines counted as the matches go: once over the text, not per bind
    for m in _TOKEN.finditer(sql):
        if m.group("bind"):
            line += sql.count("\n", counted_to, m.start())
            counted_to = m.start()
            found.append((m.group("name"), line))
    return found


def replace_binds(sql: str, placeholder: Callable[[str], str]) -> str:
    """Return `sql` with each `:name` replaced by `placeholder(name)`; all else untouched."""

    def _sub(m: re.Match[str]) -> str:
        return placeholder(m.group("name")) if m.group("bind") else m.group(0)

    return _TOKEN.sub(_sub, sql)
