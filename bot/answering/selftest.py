"""A query library's self-test (`datarequest queries validate`, `doctor`), for a team's CI.

Three passes, all problems reported at once as `file:line: reason`: every file parses and is
consistent (`bot.library.validate`); every query renders with its defaults and its engine plans
it (EXPLAIN); every example in a file is matched back to its own query (an example matched
elsewhere is a problem, an ambiguous one a warning). `progress(done, total, what)` hears of
each query planned and each example matched, for a progress line on a large library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.engines.registry import EngineRegistry
from bot.errors import UserFacingError
from bot.library.loader import Library
from bot.library.render import render_sql
from bot.library.validate import ValidationReport, check_files, line_of_example, where
from bot.matching.matcher import match
from bot.matching.params import default_binds
from bot.settings import Settings

Progress = Callable[[int, int, str], None]


def _quiet(done: int, total: int, what: str) -> None:
    pass


def check_examples(
    library: Library, today: dt.date, report: ValidationReport, progress: Progress = _quiet
) -> None:
    """Match every example back to its query."""
    pairs = [(q, example) for q in library for example in q.examples]
    for done, (q, example) in enumerate(pairs, 1):
        progress(done, len(pairs), f"matching {q.name}")
        report.examples += 1
        at = where(q, line_of_example(q, example))
        try:
            decision = match(example, library, today)
        except UserFacingError as refusal:  # the words cannot be meant: one problem, go on
            report.problems.append(f"{at}: example {example!r} is refused: {refusal}")
            continue
        if decision.status == "matched" and decision.query == q.name:
            report.examples_ok += 1
        elif decision.status == "ambiguous" and q.name in [c.query for c in decision.candidates]:
            others = ", ".join(c.query for c in decision.candidates if c.query != q.name)
            report.warnings.append(f"{at}: example {example!r} is ambiguous with {others}")
        elif decision.status == "matched":
            report.problems.append(
                f"{at}: example {example!r} is matched to '{decision.query}' instead"
            )
        else:
            report.problems.append(
                f"{at}: example {example!r} is not matched to any query ({decision.status})"
            )


def plan_queries(
    library: Library,
    settings: Settings,
    today: dt.date,
    report: ValidationReport,
    progress: Progress = _quiet,
) -> None:
    """Render every query with its defaults, parse it in its engine's dialect (sqlglot, no
    connection) and have its engine plan it (EXPLAIN)."""
    # sqlglot takes 0.2-0.5 s to import: only `queries validate` parses SQL offline.
    from bot.engines.dialects import check_syntax

    engines = EngineRegistry(settings, today=today)
    queries = list(library)
    try:
        for done, q in enumerate(queries, 1):
            progress(done, len(queries), f"planning {q.name}")
            try:
                binds = default_binds(q, today)
                sql, binds = render_sql(q, binds, timeout_s=settings.query_timeout_s)
            except Exception as exc:  # a Jinja error names the template line
                line = q.body_line + max(getattr(exc, "lineno", 1) or 1, 1) - 1
                report.problems.append(f"{where(q, line)}: the SQL template does not render: {exc}")
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
                report.warnings.append(f"{where(q)}: not planned: {exc.reason}")
                continue
            try:
                engine.explain(sql, binds)
                report.planned += 1
            except UserFacingError as exc:
                report.problems.append(
                    f"{where(q, q.body_line)}: the {q.engine} engine cannot plan it: {exc.reason}"
                )
    finally:
        engines.close()


def validate_library(
    settings: Settings,
    *,
    today: dt.date,
    explain: bool = True,
    examples: bool = True,
    progress: Progress = _quiet,
) -> ValidationReport:
    """The whole self-test of the library at `settings.query_library`."""
    library, report = check_files(settings.query_library)
    if not report.queries and not report.problems:  # a wrong folder must not pass a CI job
        report.problems.append(
            f"{settings.query_library}: no query files (*.sql) in this folder "
            "(check --library or QUERY_LIBRARY)"
        )
    if explain:
        plan_queries(library, settings, today, report, progress)
    if examples and library.queries:
        check_examples(library, today, report, progress)
    return report
