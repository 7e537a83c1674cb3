"""A query file's parameter headers: each `params:` entry checked and turned into a ParamDef.

Every problem is reported as `file:line: reason` (the line found from the header's text), and a
parameter that has one is left out, so the loader can report every problem of a file at once.
Values people compare with data (choices, synonyms, `values:`, a string's default) are taken as
written: YAML 1.1 would turn the country code `NO` into False and `01` into 1.
"""

from __future__ import annotations

import re
from typing import Any

from bot.library.header_yaml import param_as_written
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
    spec = _with_values_as_written(spec, param_as_written("\n".join(header_lines), name))
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


_TEXT_KEYS = ("choices", "synonyms", "values")
_OPT_OUT = {"none", "no", "false", "off"}
# A `values:` query; leading SQL comments allowed. Anything else ("values: Aberdeen") is refused
# here rather than failing as SQL at every refresh.
_VALUES_QUERY = re.compile(
    r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*(?:(?:select|with|from|values|table)\b|\()", re.I | re.S
)


def _as_written(typed: Any, written: Any) -> Any:
    """`typed` (YAML 1.1) with each scalar that YAML retyped replaced by its text as written."""
    if isinstance(typed, list) and isinstance(written, list) and len(typed) == len(written):
        return [_as_written(t, w) for t, w in zip(typed, written, strict=True)]
    if isinstance(typed, dict) and isinstance(written, dict) and len(typed) == len(written):
        return {
            _as_written(tk, wk): _as_written(tv, wv)
            for (tk, tv), (wk, wv) in zip(typed.items(), written.items(), strict=True)
        }
    if isinstance(typed, bool | int | float) or (typed is not None and not isinstance(typed, str)):
        return written if isinstance(written, str) else typed
    return typed


def _with_values_as_written(spec: dict[Any, Any], written: dict[str, Any]) -> dict[Any, Any]:
    """`spec` with its data values as written; `type`, `optional`, `min`/`max` stay typed."""
    if not written:
        return spec
    out = dict(spec)
    for key in _TEXT_KEYS:
        if key in out:
            out[key] = _as_written(out[key], written.get(key))
    if out.get("type") in ("string", "choice") and out.get("default") is not None:
        out["default"] = _as_written(out["default"], written.get("default"))
    return out


def _values_spec(name: str, raw: Any, kind: Any, problem: Any) -> Any:
    """`values:` of a parameter: None (found from the SQL), "none", a query, or a tuple."""
    if raw is None:
        return None
    if not kind.has_values:
        problem(f"parameter '{name}': 'values' applies to string and choice parameters", "values")
        return None
    if isinstance(raw, list) and all(isinstance(v, str | int | float) for v in raw):
        return tuple(str(v) for v in raw) or "none"  # an empty list: no values to know
    if isinstance(raw, str) and raw.strip().lower() in _OPT_OUT:
        return "none"
    if isinstance(raw, str) and _VALUES_QUERY.match(raw):
        return raw.strip()
    problem(f"parameter '{name}': 'values' must be a list, a query (SELECT …) or none", "values")
    return None
