"""The query library: query files parsed into typed definitions.

A query is a `NAME.sql` file with a YAML header in a `/*--- ... ---*/` block comment, then the
SQL body (format: `shared/spec/query-library.md`). Definitions are plain frozen dataclasses;
`load_library` validates every file and fails with one `file:line: reason` per problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PARAM_TYPES = ("date", "date_range", "int", "number", "string", "choice", "bool")


@dataclass(frozen=True)
class ParamDef:
    name: str
    type: str
    default: Any = None  # a literal, or a period phrase for date / date_range
    optional: bool = False
    choices: tuple[str, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)  # lower-case word -> choice
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    label: str = ""  # how the parameter is named to people (defaults to the name)
    description: str = ""

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional

    @property
    def bind_names(self) -> tuple[str, ...]:
        if self.type == "date_range":
            return (f"{self.name}_start", f"{self.name}_end")
        return (self.name,)


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
    max_rows: int | None = None

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
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class Library:
    queries: dict[str, QueryDef]
    root: Path | None = None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.queries.values())

    def __len__(self) -> int:
        return len(self.queries)

    def get(self, name: str) -> QueryDef | None:
        return self.queries.get(name)
