"""The query library's model: queries, their parameters and the problems a file can have.

Plain dataclasses, built by bot.library.loader from `NAME.sql` files (format:
docs/query-library.md). What a parameter's type means (its binds, defaults, parsing, checks,
words and form input) lives in one class per type in bot.library.types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.library.types import ParamType, param_type


@dataclass(frozen=True)
class ParamDef:
    name: str
    type: str
    default: Any = None  # a literal, or a period phrase for date / date_range
    optional: bool = False
    choices: tuple[str, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)  # word as written -> choice
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    label: str = ""  # how the parameter is named to people (defaults to the name)
    description: str = ""
    # Where the parameter's values live (docs/query-library.md "Known values"): None to find
    # them from the SQL, "none" to opt out, a query on the same engine, or a tuple of values.
    values: Any = None

    @property
    def kind(self) -> ParamType:
        """The behaviour of this parameter's type (bot.library.types)."""
        return param_type(self.type)

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional

    @property
    def bind_names(self) -> tuple[str, ...]:
        return self.kind.bind_names(self.name)

    @property
    def words_label(self) -> str:
        """How the parameter is named in a sentence: its label, else its name in words."""
        return self.label or self.name.replace("_", " ")


@dataclass(frozen=True)
class QueryDef:
    name: str
    title: str
    sql: str  # the body after the header: Jinja shapes it, `:name` binds carry values
    path: Path | None = None
    body_line: int = 1  # line number of the body's first line in the file
    description: str = ""
    engine: str = "duckdb"
    examples: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    params: tuple[ParamDef, ...] = ()
    owner: str = ""
    allowed_channels: tuple[str, ...] = ()
    allowed_users: tuple[str, ...] = ()
    allowed_groups: tuple[str, ...] = ()
    max_rows: int | None = None
    max_bytes: int | None = None  # the most an engine billed by data read may scan (Athena)

    def param(self, name: str) -> ParamDef:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    @property
    def bind_names(self) -> tuple[str, ...]:
        return tuple(b for p in self.params for b in p.bind_names)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        # Line 0: the problem is the file or folder itself, which has no line to point at.
        where = f"{self.path}:{self.line}" if self.line > 0 else self.path
        return f"{where}: {self.reason}"


@dataclass
class Library:
    queries: dict[str, QueryDef]
    root: Path | None = None
    # Values read from the warehouse ahead of time (bot.library.known_values):
    # query -> parameter -> values as stored.
    known_values: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # The same, keyed as the matcher reads them, as stored by `queries refresh-values`:
    # value key -> [(query, parameter, value as stored)] (bot.library.known_values.ValueKeys).
    value_keys: dict[str, list[Any]] = field(default_factory=dict)
    # Values of the text columns a query shows or groups by (bot.library.shown_values):
    # query -> column -> values in memory, and keyed as stored by `queries refresh-values`.
    shown_values: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    shown_keys: dict[str, list[Any]] = field(default_factory=dict)
    # word -> the stored value keys holding it (bot.library.value_parts_file), or None
    value_parts: Any = None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.queries.values())

    def __len__(self) -> int:
        return len(self.queries)

    def get(self, name: str) -> QueryDef | None:
        return self.queries.get(name)


class LibraryError(Exception):
    """The library cannot be used; `.problems` lists every `file:line: reason`."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems[:20])
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s) in the query library:\n{lines}{more}")
