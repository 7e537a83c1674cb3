"""`datarequest queries validate`: a library's self-test, meant for a data team's CI.

Three passes: every file parses and is consistent (loader problems with file:line); every query
renders with its defaults, parses in its engine's SQL dialect (bot.engines.dialects.check_syntax)
and the engine plans it (EXPLAIN); every example in a file is matched
back to its own query (an example matched elsewhere is a problem, an ambiguous one a warning).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.library.loader import Library, QueryDef, check_library

if TYPE_CHECKING:
    from bot.settings import Settings


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


def _line_of_example(query: QueryDef, example: str) -> int:
    if query.path is None:
        return 1
    for n, line in enumerate(query.path.read_text(encoding="utf-8").splitlines(), 1):
        if example in line:
            return n
    return 1


def _where(query: QueryDef, line: int = 1) -> str:
    return f"{query.path}:{line}"


def check_examples(library: Library, today: dt.date, report: ValidationReport) -> None:
    from bot.matching.matcher import match

    for q in library:
        for example in q.examples:
            report.examples += 1
            decision = match(example, library, today)
            where = _where(q, _line_of_example(q, example))
            if decision.status == "matched" and decision.query == q.name:
                report.examples_ok += 1
            elif decision.status == "ambiguous" and q.name in [
                c.query for c in decision.candidates
            ]:
                others = ", ".join(c.query for c in decision.candidates if c.query != q.name)
                report.warnings.append(f"{where}: example {example!r} is ambiguous with {others}")
            elif decision.status == "matched":
                report.problems.append(
                    f"{where}: example {example!r} is matched to '{decision.query}' instead"
                )
            else:
                report.problems.append(
                    f"{where}: example {example!r} is not matched to any query ({decision.status})"
                )


def plan_queries(
    library: Library, settings: Settings, today: dt.date, report: ValidationReport
) -> None:
    # sqlglot and the engines are heavy imports: only `queries validate` needs them.
    from bot.engines.dialects import check_syntax
    from bot.engines.registry import EngineRegistry
    from bot.errors import UserFacingError
    from bot.library.render import render_sql
    from bot.matching.params import default_binds

    engines = EngineRegistry(settings, today=today)
    try:
        for q in library:
            try:
                sql, binds = render_sql(q, default_binds(q, today))
            except Exception as exc:  # a Jinja error names the template line
                line = q.body_line + max(getattr(exc, "lineno", 1) or 1, 1) - 1
                report.problems.append(
                    f"{_where(q, line)}: the SQL template does not render: {exc}"
                )
                continue
            # Syntax first, in the engine's own dialect: every error as file:line at once.
            syntax = check_syntax(
                sql, engines.dialect(q.engine), path=str(q.path or q.name), first_line=q.body_line
            )
            if syntax:
                report.problems.extend(str(p) for p in syntax)
                continue
            try:
                engine = engines.get(q.engine)
            except UserFacingError as exc:
                report.warnings.append(f"{_where(q)}: not planned: {exc.reason}")
                continue
            try:
                engine.explain(sql, binds)
                report.planned += 1
            except UserFacingError as exc:
                report.problems.append(
                    f"{_where(q, q.body_line)}: the {q.engine} engine cannot plan it: {exc.reason}"
                )
    finally:
        engines.close()


def validate_library(
    settings: Settings, *, today: dt.date, explain: bool = True, examples: bool = True
) -> ValidationReport:
    report = ValidationReport()
    library, problems = check_library(settings.query_library)
    report.problems.extend(str(p) for p in problems)
    report.queries = len(library)
    if explain:
        plan_queries(library, settings, today, report)
    if examples and library.queries:
        check_examples(library, today, report)
    return report
