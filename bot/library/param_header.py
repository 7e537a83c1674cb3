"""A query file's parameter headers: each `params:` entry checked and turned into a ParamDef.

Every problem is reported as `file:line: reason` (the line found from the header's text), and a
parameter that has one is left out, so the loader can report every problem of a file at once.
"""

from __future__ import annotations

import re
from typing import Any

from bot.library.model import ParamDef, Problem
from bot.library.types import PARAM_TYPES, param_type

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


def line_of(header_lines: list[str], first_line: int, *keys: str) -> int:
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


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_param(
    name: str, spec: Any, where: tuple[str, list[str], int], problems: list[Problem]
) -> ParamDef | None:
    path, header_lines, first = where

    def problem(reason: str, *keys: str) -> None:
        problems.append(Problem(path, line_of(header_lines, first, "params", name, *keys), reason))

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
        if bound is not None and (not kind.has_range or not is_number(bound)):
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
        min=lo if is_number(lo) else None,
        max=hi if is_number(hi) else None,
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
