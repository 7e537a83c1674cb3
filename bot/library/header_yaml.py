"""The YAML header of a query file: written for a drafted query by hand, so it reads like the
files people write (block style for the mapping, flow style for short lists, quotes only where
needed), and read back as written where YAML 1.1 would retype a value (`NO` -> False).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import yaml

_PLAIN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_ .@/'()+\-…]*$")


def _scalar(value: Any) -> str:
    """One YAML scalar, plain when that reads back identically, else JSON-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if "e" in text and "." not in text:
            text = text.replace("e", ".0e")  # PyYAML reads 1e-05 as a string
        return text
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _PLAIN.match(text) and text == text.strip():
        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def _flow(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_scalar(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


def render_header(header: Mapping[str, Any]) -> str:
    """The YAML header laid out like the spec: examples as a list, params one per line."""
    out = []
    for key, value in header.items():
        if key == "examples":
            out.append("examples:")
            out.extend(f"  - {_scalar(v)}" for v in value)
        elif key == "params":
            out.append("params:")
            out.extend(f"  {k}: {_flow(v)}" for k, v in value.items())
        else:
            out.append(f"{key}: {_flow(value)}")
    return "\n".join(out) + "\n"


@lru_cache(maxsize=256)
def _as_written(header: str) -> Any:
    try:
        # libyaml when present, as the loader reads headers: the same text parses the same way
        loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
        return yaml.load(header, Loader=loader)  # noqa: S506 - builds only str/list/dict
    except yaml.YAMLError:
        return None


def header_as_written(header: str) -> dict[str, Any]:
    """The header with every scalar as the text written; {} when it is not a mapping."""
    meta = _as_written(header)
    return meta if isinstance(meta, dict) else {}


def param_as_written(header: str, name: str) -> dict[str, Any]:
    """Parameter `name` of a header with every scalar as the text written (`NO`, `yes`, `01`,
    `2026-01-01` stay strings); {} when it is not a mapping.

    PyYAML reads YAML 1.1, where `NO`, `yes`, `on` are booleans and `01` is octal: a choice of
    country codes `[US, NO]` or a value `Off Broadway` must keep its spelling.
    """
    params = header_as_written(header).get("params")
    spec = params.get(name) if isinstance(params, dict) else None
    return spec if isinstance(spec, dict) else {}
