"""The query library: query files parsed into typed definitions.

A query is a `NAME.sql` file with a YAML header in a `/*--- ... ---*/` block comment, then the
SQL body (format: `docs/query-library.md`). Definitions are plain frozen dataclasses;
`load_library` validates every file and fails with one `file:line: reason` per problem.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bot.library.engine_internals import READS_INTERNALS, first_internal
from bot.library.file_read import read_library_file
from bot.library.header_yaml import header_as_written
from bot.library.model import Library, LibraryError, ParamDef, Problem, QueryDef
from bot.library.param_header import line_of, parse_param
from bot.library.sqltext import find_binds
from bot.library.types import PARAM_TYPES
from bot.library.types.base import form_inputs_problem

__all__ = [
    "PARAM_TYPES",
    "Library",
    "LibraryError",
    "ParamDef",
    "Problem",
    "QueryDef",
    "check_library",
    "load_library",
    "parse_query_file",
    "split_file",
]

HEADER_OPEN = "/*---"
HEADER_CLOSE = "---*/"
QUERY_KEYS = {
    "name",
    "title",
    "description",
    "engine",
    "examples",
    "keywords",
    "params",
    "owner",
    "allowed_channels",
    "allowed_users",
    "allowed_groups",
    "max_rows",
    "max_bytes",
}
TEXT_KEYS = QUERY_KEYS - {"params", "max_rows", "max_bytes"}
KNOWN_ENGINES = ("duckdb", "athena")
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _yaml_load(text: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


# A header is a few dozen values; aliases may repeat a part of it, not multiply it.
MAX_HEADER_VALUES = 10_000


def _expanded_size(text: str) -> tuple[int, int]:
    """How many values `text` holds once its aliases are expanded, and the 0-based line of its
    first alias. Counted on the composed nodes, where an alias is the anchored node itself, so
    nothing is expanded: nine anchors of nine aliases each (a "billion laughs") made
    `examples` 43 million strings, and loading the library ran for minutes and took
    gigabytes."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    sizes: dict[int, int] = {}

    def size(node: Any) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 1  # a node that holds itself counts once
        children: list[Any] = []
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        sizes[id(node)] = 1 + sum(size(child) for child in children)
        return sizes[id(node)]

    root = yaml.compose(text, Loader=loader)
    total = 0 if root is None else size(root)
    if total <= MAX_HEADER_VALUES:
        return total, 0
    events = yaml.parse(text, Loader=loader)
    alias = next((e.start_mark.line for e in events if isinstance(e, yaml.AliasEvent)), 0)
    return total, alias


def split_file(text: str) -> tuple[str | None, int, str, int]:
    """Split a query file into (header text, header's first line, body, body's first line)."""
    stripped = text.lstrip("\ufeff")
    lead = len(stripped) - len(stripped.lstrip())
    if not stripped[lead:].startswith(HEADER_OPEN):
        return None, 1, stripped, 1
    open_line = stripped.count("\n", 0, lead) + 1
    start = lead + len(HEADER_OPEN)
    end = stripped.find(HEADER_CLOSE, start)
    if end < 0:
        return None, open_line, "", open_line
    header = stripped[start:end]
    body_start = end + len(HEADER_CLOSE)
    # The header's text begins on the line of the opening marker (usually empty after it).
    body_line = stripped.count("\n", 0, body_start) + 1
    body = stripped[body_start:]
    if body.startswith("\n"):
        body = body[1:]
        body_line += 1
    return header, open_line, body, body_line


def _string_list(value: Any, key: str, problem: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        problem(f"'{key}' must be a list of strings", key)
        return ()
    return tuple(str(v) for v in value)


def _as_text(typed: Any, written: Any) -> Any:
    """`typed` with each scalar replaced by its text as written (lists item by item)."""
    if isinstance(typed, list) and isinstance(written, list) and len(typed) == len(written):
        return [_as_text(t, w) for t, w in zip(typed, written, strict=True)]
    if typed is not None and not isinstance(typed, dict | list) and isinstance(written, str):
        return written
    return typed


def parse_query_file(path: Path, text: str, problems: list[Problem], rel: str) -> QueryDef | None:
    """Parse one query file; append every problem found (with file:line) to `problems`."""
    header, first, body, body_line = split_file(text)
    if header is None:
        if text.lstrip().startswith(HEADER_OPEN):
            problems.append(
                Problem(
                    rel, first, f"header opened with {HEADER_OPEN} never closes with {HEADER_CLOSE}"
                )
            )
        else:
            problems.append(
                Problem(
                    rel,
                    1,
                    f"a query file must start with a YAML header in {HEADER_OPEN} … {HEADER_CLOSE}",
                )
            )
        return None
    header_lines = header.split("\n")
    try:
        values, alias = _expanded_size(header)
        if values > MAX_HEADER_VALUES:
            reason = (
                f"its aliases (*name) make the header {values:,} values "
                f"(at most {MAX_HEADER_VALUES:,})"
            )
            problems.append(Problem(rel, first + alias, reason))
            return None
        meta = _yaml_load(header)
    except Exception as exc:  # yaml.YAMLError, with a mark when it has one
        mark = getattr(exc, "problem_mark", None)
        line = first + mark.line if mark is not None else first
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        tabbed = next((i for i, text in enumerate(header_lines) if re.match(" *\t", text)), None)
        if tabbed is not None and re.search("tab|cannot start any token", reason):
            # libyaml's words do not name the tab, nor always its line
            line = first + tabbed
            reason = "a tab indents this line: tabs are not allowed for indentation, use spaces"
        problems.append(Problem(rel, line, f"YAML error in header: {reason}"))
        return None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        problems.append(Problem(rel, first, "the header must be a YAML mapping (key: value lines)"))
        return None
    # Text keys as written: YAML 1.1 would make `title: NO` False and `- 2026-01-01` a date.
    written = header_as_written(header)
    meta = {k: _as_text(v, written.get(k)) if k in TEXT_KEYS else v for k, v in meta.items()}
    before = len(problems)

    def problem(reason: str, *keys: str) -> None:
        problems.append(Problem(rel, line_of(header_lines, first, *keys), reason))

    for key in meta:
        if key not in QUERY_KEYS:
            close = difflib.get_close_matches(str(key), sorted(QUERY_KEYS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problem(f"unknown key '{key}'{hint}", str(key))
    name = str(meta.get("name") or path.stem)
    if not _NAME_RE.match(name):
        problem(f"query name {name!r} must be letters, digits and underscores", "name")
    engine = str(meta.get("engine") or "duckdb")
    # Any engine name is accepted here; the engine registry checks it against the configured
    # engines (ENGINES_FILE) at start-up.
    if not _NAME_RE.match(engine):
        problem(
            f"engine name {engine!r} must be letters, digits and underscores"
            f" (built in: {', '.join(KNOWN_ENGINES)}; others come from ENGINES_FILE)",
            "engine",
        )
    raw_params = meta.get("params") or {}
    params: list[ParamDef] = []
    unparsed: set[str] = set()
    if not isinstance(raw_params, dict):
        problem("'params' must be a mapping of parameter names to their definitions", "params")
        raw_params = {}
    for pname, spec in raw_params.items():
        pname = str(pname)
        if not _NAME_RE.match(pname):
            problem(
                f"parameter name {pname!r} must be letters, digits and underscores", "params", pname
            )
            continue
        p = parse_param(pname, spec, (rel, header_lines, first), problems)
        if p is not None:
            params.append(p)
        else:  # already reported; don't report its binds again as undeclared
            unparsed.update({pname, f"{pname}_start", f"{pname}_end"})
    if too_many := form_inputs_problem(params):
        problem(too_many, "params")
    for p in params:  # a `values:` query runs on the warehouse like the body
        if isinstance(p.values, str) and (found := first_internal(p.values)):
            problem(
                f"parameter '{p.name}': its values query names {found[0]}, {READS_INTERNALS}",
                "params",
                p.name,
                "values",
            )
    max_bytes = meta.get("max_bytes")
    if max_bytes is not None and (
        not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1
    ):
        problem("'max_bytes' must be a whole number of bytes of at least 1", "max_bytes")
        max_bytes = None
    max_rows = meta.get("max_rows")
    if max_rows is not None and (
        not isinstance(max_rows, int) or isinstance(max_rows, bool) or max_rows < 1
    ):
        problem("'max_rows' must be a whole number of at least 1", "max_rows")
        max_rows = None
    _check_body(body, body_line, params, rel, problems, unparsed)
    if not body.strip():
        problems.append(Problem(rel, body_line, "the query has no SQL after its header"))
    query = QueryDef(
        name=name,
        title=str(meta.get("title") or name.replace("_", " ").capitalize()),
        sql=body,
        path=path,
        body_line=body_line,
        description=str(meta.get("description") or ""),
        engine=engine,
        examples=_string_list(meta.get("examples"), "examples", problem),
        keywords=_string_list(meta.get("keywords"), "keywords", problem),
        params=tuple(params),
        owner=str(meta.get("owner") or ""),
        allowed_channels=_string_list(meta.get("allowed_channels"), "allowed_channels", problem),
        allowed_users=_string_list(meta.get("allowed_users"), "allowed_users", problem),
        allowed_groups=_string_list(meta.get("allowed_groups"), "allowed_groups", problem),
        max_rows=max_rows,
        max_bytes=max_bytes,
    )
    return query if len(problems) == before else None


# Jinja tags that only choose which SQL text is kept. Others write values into the text without
# `{{ }}`: `{% filter replace('X', name) %}…X…{% endfilter %}` pasted a requester's value into the
# SQL, and `{% call %}`, `{% macro %}`, `{% include %}`, `{% extends %}` build text the same way.
_SHAPING_TAGS = frozenset({"if", "elif", "else", "endif", "for", "endfor", "set", "endset"})
_TAG = re.compile(r"\{%[-+]?\s*(\w*)")
_NOT_SHAPING = (
    "the template uses {{% {tag} %}}: only if/elif/else, for and set may shape the SQL "
    "(values are always bound, never written into the text)"
)


def _line_counter(text: str, first_line: int) -> Callable[[int], int]:
    """The line of each offset of `text`, asked in increasing order: the text is counted once,
    not from its start at every match (a file of 100,000 matches took minutes)."""
    state = [first_line, 0]

    def line_at(offset: int) -> int:
        state[0] += text.count("\n", state[1], offset)
        state[1] = offset
        return state[0]

    return line_at


def _check_body(
    body: str,
    body_line: int,
    params: list[ParamDef],
    rel: str,
    problems: list[Problem],
    unparsed: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    line_of_match = _line_counter(body, body_line)
    for m in re.finditer(r"\{\{.*?(\}\}|$)", body, re.DOTALL):
        line = line_of_match(m.start())
        problems.append(
            Problem(
                rel,
                line,
                "a value is pasted into the SQL text with {{ }}: "
                "use a :bind parameter instead (values are always bound)",
            )
        )
    line_of_match = _line_counter(body, body_line)
    for m in _TAG.finditer(body):
        name = m.group(1).lower()
        if name not in _SHAPING_TAGS and not name.startswith("end"):
            line = line_of_match(m.start())
            problems.append(Problem(rel, line, _NOT_SHAPING.format(tag=m.group(1))))
    tags = re.findall(r"\{%-?(.*?)-?%\}", body, re.DOTALL)
    sql_only = re.sub(
        r"\{%.*?%\}|\{#.*?#\}", lambda m: "\n" * m.group(0).count("\n"), body, flags=re.DOTALL
    )
    if found := first_internal(sql_only):
        name, at = found
        at_line = body_line + sql_only.count("\n", 0, at)
        problems.append(Problem(rel, at_line, f"the SQL names {name}, {READS_INTERNALS}"))
    declared = {b: p for p in params for b in p.bind_names}
    used_binds: set[str] = set()
    for bind, line in find_binds(sql_only):
        used_binds.add(bind)
        if bind not in declared and bind not in unparsed:
            problems.append(
                Problem(
                    rel,
                    body_line + line - 1,
                    f":{bind} is used in the SQL but no parameter declares it",
                )
            )
    # A name pasted with {{ }} is reported above as a paste: not also as never used.
    pasted = re.findall(r"\{\{(.*?)(?:\}\}|$)", body, re.DOTALL)
    tag_words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join(tags + pasted)))
    for p in params:
        if not (set(p.bind_names) & used_binds) and p.name not in tag_words:
            problems.append(
                Problem(
                    rel, body_line, f"parameter '{p.name}' is declared but never used in the SQL"
                )
            )


def check_library(root: Path | str) -> tuple[Library, list[Problem]]:
    """Load every `.sql` file below `root`; return the valid queries and every problem found."""
    root = Path(root)
    problems: list[Problem] = []
    queries: dict[str, QueryDef] = {}
    if not root.is_dir():
        reason = (
            "this is a file, but a query library is a folder of .sql files"
            if root.exists()
            else "the query library folder does not exist"
        )
        return Library({}, root), [Problem(str(root), 0, reason)]
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*.sql")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        rel = str(path)
        text, why = read_library_file(path)
        if text is None:
            problems.append(Problem(rel, 1, why))
            continue
        query = parse_query_file(path, text, problems, rel)
        if query is None:
            continue
        if query.name in seen:
            problems.append(
                Problem(rel, 1, f"duplicate query name '{query.name}' (also in {seen[query.name]})")
            )
            continue
        seen[query.name] = rel
        queries[query.name] = query
    return Library(queries, root), problems


def load_library(root: Path | str) -> Library:
    """Load and validate a library; raise LibraryError listing every problem if any."""
    library, problems = check_library(root)
    if problems:
        raise LibraryError(problems)
    return library
