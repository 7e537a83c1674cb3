"""The static part of `datarequest queries validate`: every file parses and is consistent.

Loader problems come back as `file:line: reason` in a `ValidationReport`, all at once. The
self-test that plans every query on its engine and matches each example back to its query
needs the engines and the matcher, which sit above the library: it lives in
`bot.answering.selftest` and fills the same report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.library.loader import Library, QueryDef, check_library


@dataclass
class ValidationReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    queries: int = 0
    planned: int = 0
    examples: int = 0
    examples_ok: int = 0

    @property
    def summary(self) -> str:
        verdict = "OK" if not self.problems else f"{len(self.problems)} problem(s)"
        return (
            f"{verdict}: {self.queries} queries, {self.planned} planned by their engine, "
            f"{self.examples_ok}/{self.examples} examples matched back to their query"
            + (f", {len(self.warnings)} warning(s)" if self.warnings else "")
        )


def line_of_example(query: QueryDef, example: str) -> int:
    """The line of `query`'s file that holds `example` (1 when it cannot be found)."""
    if query.path is None:
        return 1
    for n, line in enumerate(query.path.read_text(encoding="utf-8").splitlines(), 1):
        if example in line:
            return n
    return 1


def where(query: QueryDef, line: int = 1) -> str:
    """`file:line` of a query, for a problem's message."""
    return f"{query.path}:{line}"


def check_files(root: Path) -> tuple[Library, ValidationReport]:
    """The library at `root` (its valid queries) and a report of every file's problems."""
    library, problems = check_library(root)
    report = ValidationReport(problems=[str(p) for p in problems], queries=len(library))
    return library, report
