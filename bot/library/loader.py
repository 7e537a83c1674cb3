"""The query library: query files parsed into typed definitions.

A query is a `NAME.sql` file with a YAML header in a `/*--- ... ---*/` block comment, then the
SQL body (format: `shared/spec/query-library.md`). Definitions are plain frozen dataclasses;
`load_library` validates every file and fails with one `file:line: reason` per problem.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

import yaml

from bot.library.model import Library, LibraryError, ParamDef, Problem, QueryDef
from bot.library.sqltext import find_binds
from bot.library.types import PARAM_TYPES, param_type

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
PARAM_KEYS = {
    "type",
    "default",
    "optional",
    "choices",
    "synonyms",
    "min",
    "max",
    "pattern",
    "label",
    "description",
    "values",
}
KNOWN_ENGINES = ("duckdb", "athena")
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _yaml_load(text: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def _line_of(header_lines: list[str], first_line: int, *keys: str) -> int:
    """Best-effort line of a (nested) key in the header, for messages."""
    start = 0
    found = first_line
    for key in keys:
        pattern = re.compile(rf"^\s*-?\s*['\"]?{re.escape(str(key))}['\"]?\s*:")
        for i in range(start, len(header_lines)):
            if pattern.search(header_lines[i]) or re.search(
                rf"[{{,]\s*{re.escape(str(key))}\s*:", header_lines[i]
            ):
                found = first_line + i
                start = i
                break
    return found


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


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _parse_param(
    name: str, spec: Any, where: tuple[str, list[str], int], problems: list[Problem]
) -> ParamDef | None:
    path, header_lines, first = where

    def problem(reason: str, *keys: str) -> None:
        problems.append(Problem(path, _line_of(header_lines, first, "params", name, *keys), reason))

    if isinstance(spec, str):  # shorthand: `region: choice`
        spec = {"type": spec}
    if not isinstance(spec, dict):
        problem(f"parameter '{name}' must be a mapping with at least a 'type'")
        return None
    for key in spec:
        if key not in PARAM_KEYS:
            problem(f"parameter '{name}': unknown key '{key}'", str(key))
    ptype = spec.get("type")
    if ptype not in PARAM_TYPES:
        problem(
            f"parameter '{name}': unknown type {ptype!r} (use one of: {', '.join(PARAM_TYPES)})",
            "type",
        )
        return None
    default = spec.get("default")
    optional = spec.get("optional", False)
    if not isinstance(optional, bool):
        problem(f"parameter '{name}': 'optional' must be true or false", "optional")
        optional = False
    kind = param_type(ptype)
    choices_raw = spec.get("choices") or []
    synonyms_raw = spec.get("synonyms") or {}
    if kind.has_choices:
        if not isinstance(choices_raw, list) or not choices_raw:
            problem(f"parameter '{name}': a choice needs a non-empty 'choices' list", "choices")
            choices_raw = []
        if not isinstance(synonyms_raw, dict):
            problem(f"parameter '{name}': 'synonyms' must map words to choices", "synonyms")
            synonyms_raw = {}
    elif spec.get("choices") is not None or spec.get("synonyms") is not None:
        problem(f"parameter '{name}': 'choices'/'synonyms' only apply to type choice", "choices")
    choices = tuple(str(c) for c in choices_raw)
    synonyms: dict[str, str] = {}
    for word, target in synonyms_raw.items():
        if str(target) not in choices:
            problem(
                f"parameter '{name}': synonym {word!r} maps to {target!r}, which is not one of "
                f"the choices {list(choices)}",
                "synonyms",
            )
            continue
        synonyms[str(word)] = str(target)  # as written: 'US' must not match 'us'
    lo, hi = spec.get("min"), spec.get("max")
    for key, bound in (("min", lo), ("max", hi)):
        if bound is not None and (not kind.has_range or not _is_number(bound)):
            problem(f"parameter '{name}': '{key}' must be a number on an int/number", key)
    pattern = spec.get("pattern")
    if pattern is not None:
        if not kind.has_pattern or not isinstance(pattern, str):
            problem(f"parameter '{name}': 'pattern' applies to string parameters only", "pattern")
            pattern = None
        else:
            try:
                re.compile(pattern)
            except re.error as exc:
                problem(f"parameter '{name}': bad pattern: {exc}", "pattern")
                pattern = None
    param = ParamDef(
        name=name,
        type=ptype,
        default=default,
        optional=optional,
        choices=choices,
        synonyms=synonyms,
        min=lo if _is_number(lo) else None,
        max=hi if _is_number(hi) else None,
        pattern=pattern,
        label=str(spec.get("label") or ""),
        description=str(spec.get("description") or ""),
        values=_values_spec(name, spec.get("values"), kind, problem),
    )
    if default is not None:
        reason = kind.default_problem(param)
        if reason:
            problem(f"parameter '{name}': default {default!r} {reason}", "default")
    return param


def _values_spec(name: str, raw: Any, kind: Any, problem: Any) -> Any:
    """`values:` of a parameter: None (found from the SQL), "none", a query, or a tuple."""
    if raw is None:
        return None
    if not kind.has_values:
        problem(f"parameter '{name}': 'values' applies to string and choice parameters", "values")
        return None
    if isinstance(raw, list) and all(isinstance(v, str | int | float) for v in raw):
        return tuple(str(v) for v in raw)
    if isinstance(raw, str) and raw.strip():
        return raw.strip()
    problem(f"parameter '{name}': 'values' must be a list, a query (SELECT …) or none", "values")
    return None


def _string_list(value: Any, key: str, problem: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        problem(f"'{key}' must be a list of strings", key)
        return ()
    return tuple(str(v) for v in value)


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
        meta = _yaml_load(header)
    except Exception as exc:  # yaml.YAMLError, with a mark when it has one
        mark = getattr(exc, "problem_mark", None)
        line = first + mark.line if mark is not None else first
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(rel, line, f"YAML error in header: {reason}"))
        return None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        problems.append(Problem(rel, first, "the header must be a YAML mapping (key: value lines)"))
        return None
    before = len(problems)

    def problem(reason: str, *keys: str) -> None:
        problems.append(Problem(rel, _line_of(header_lines, first, *keys), reason))

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
        p = _parse_param(pname, spec, (rel, header_lines, first), problems)
        if p is not None:
            params.append(p)
        else:  # already reported; don't report its binds again as undeclared
            unparsed.update({pname, f"{pname}_start", f"{pname}_end"})
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


def _check_body(
    body: str,
    body_line: int,
    params: list[ParamDef],
    rel: str,
    problems: list[Problem],
    unparsed: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    for m in re.finditer(r"\{\{.*?(\}\}|$)", body, re.DOTALL):
        line = body_line + body.count("\n", 0, m.start())
        problems.append(
            Problem(
                rel,
                line,
                "a value is pasted into the SQL text with {{ }}: "
                "use a :bind parameter instead (values are always bound)",
            )
        )
    tags = re.findall(r"\{%-?(.*?)-?%\}", body, re.DOTALL)
    sql_only = re.sub(
        r"\{%.*?%\}|\{#.*?#\}", lambda m: "\n" * m.group(0).count("\n"), body, flags=re.DOTALL
    )
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
    tag_words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", " ".join(tags)))
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
        return Library({}, root), [Problem(str(root), 0, "the query library folder does not exist")]
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*.sql")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        rel = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(rel, 1, f"cannot read the file: {exc}"))
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
