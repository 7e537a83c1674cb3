"""Checks requests.jsonl against the starter library and the demo warehouse, without product code.

Usage (from the repository root, after `datarequest demo-data --path W --today 2026-11-22`):

    python tests/data/starter-blind3/check_set.py W

For every answerable line: the query exists; every labelled key is a bind parameter of it and
appears in its SQL; every period is labelled with both ends, plus the parameters this set always
labels; every value is legal for its type; every customer and order exists in the warehouse; and
the query, rendered here with the labelled values, returns at least one row. Unanswerable lines
must carry `{}`. Exits 1 on any problem.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import duckdb
import yaml

ROOT = Path(__file__).resolve().parents[3]
REQUESTS = Path(__file__).with_name("requests.jsonl")
ALWAYS = {"top_customers": "n", "revenue_trend": "grain", "signup_conversion": "days"}
ALWAYS_LOW_STOCK = "threshold"
IF_BLOCK = re.compile(r"\{% if (not )?(\w+) %\}(.*?)(?:\{% else %\}(.*?))?\{% endif %\}", re.DOTALL)
BIND = re.compile(r"(?<![:\w]):(\w+)")


def load_library(folder: Path) -> dict[str, tuple[dict, str]]:
    """Maps query name to (header, SQL body) for each `*.sql` file."""
    library = {}
    for path in sorted(folder.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        head, body = text.split("---*/", 1)
        header = yaml.safe_load(head.split("/*---", 1)[1])
        library[header.get("name", path.stem)] = (header, body)
    return library


def bind_names(params: dict) -> dict[str, tuple[str, dict]]:
    """Maps each bind parameter name to (declared parameter name, its spec)."""
    names = {}
    for name, spec in params.items():
        if spec["type"] == "date_range":
            names[f"{name}_start"] = (name, spec)
            names[f"{name}_end"] = (name, spec)
        else:
            names[name] = (name, spec)
    return names


def render(body: str, values: dict) -> str:
    """Applies the library's flat `{% if %}` blocks, then turns `:name` into `$name`."""

    def pick(match: re.Match) -> str:
        negate, name, then, other = match.groups()
        truth = bool(values.get(name))
        return then if truth != bool(negate) else (other or "")

    return BIND.sub(r"$\1", IF_BLOCK.sub(pick, body))


def check_value(key: str, spec: dict, value: object) -> str | None:
    """Returns a problem with one labelled value, or None."""
    kind = spec["type"]
    if value is None:
        return None if spec.get("optional") else f"{key}: null for a non-optional parameter"
    if kind == "date_range":
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            return f"{key}: not an ISO date: {value!r}"
    elif kind in ("int", "number"):
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{key}: not an integer: {value!r}"
        if "min" in spec and value < spec["min"] or "max" in spec and value > spec["max"]:
            return f"{key}: {value} outside {spec.get('min')}..{spec.get('max')}"
    elif kind == "choice":
        if value not in spec["choices"]:
            return f"{key}: {value!r} not among {spec['choices']}"
    elif kind == "string" and not isinstance(value, str):
        return f"{key}: not text: {value!r}"
    return None


def check_line(line: dict, library: dict, con: duckdb.DuckDBPyConnection) -> list[str]:
    """Returns the problems of one request line."""
    query, params = line["query"], line["params"]
    if query is None:
        return [] if params == {} else ["unanswerable line with params"]
    if query not in library:
        return [f"no query {query}"]
    header, body = library[query]
    declared = header.get("params") or {}
    names = bind_names(declared)
    problems = []
    for key, value in params.items():
        if key not in names:
            problems.append(f"{key}: not a bind parameter of {query}")
            continue
        if f":{key}" not in body:
            problems.append(f"{key}: not in the SQL of {query}")
        problem = check_value(key, names[key][1], value)
        if problem:
            problems.append(problem)
    for name, spec in declared.items():
        if spec["type"] == "date_range":
            for end in ("start", "end"):
                if f"{name}_{end}" not in params:
                    problems.append(f"{name}_{end} not labelled")
    ends = params.get("period_start"), params.get("period_end")
    if None not in ends and not problems and ends[0] > ends[1]:
        problems.append("period starts after it ends")
    needed = ALWAYS.get(query) or (ALWAYS_LOW_STOCK if query == "low_stock" else None)
    if needed and needed not in params:
        problems.append(f"{needed} not labelled")
    if problems:
        return problems
    if "customer" in params:
        found = con.execute(
            "SELECT count(*) FROM customers WHERE email = $v OR CAST(customer_id AS VARCHAR) = $v",
            {"v": params["customer"]},
        ).fetchone()[0]
        if not found:
            problems.append(f"customer {params['customer']!r} not stored as labelled")
    if "order_id" in params:
        found = con.execute(
            "SELECT count(*) FROM orders WHERE order_id = $v", {"v": params["order_id"]}
        ).fetchone()[0]
        if not found:
            problems.append(f"order {params['order_id']} not in the warehouse")
    values = {}
    for key, (name, spec) in names.items():
        value = params.get(key, spec.get("default"))
        if spec["type"] == "date_range":
            value = dt.date.fromisoformat(value)
        values[key] = value
        values.setdefault(name, value)
    sql = render(body, values)
    used = {key: values[key] for key in set(re.findall(r"\$(\w+)", sql))}
    if not problems and not con.execute(sql, used).fetchall():
        problems.append("the labelled run returns no rows")
    return problems


def main(argv: list[str]) -> int:
    """Checks every line; prints the problems and a summary."""
    if len(argv) < 2:
        print(__doc__)
        return 2
    warehouse = argv[1]
    library = load_library(ROOT / "queries")
    con = duckdb.connect(warehouse, read_only=True)
    lines = [json.loads(text) for text in REQUESTS.read_text(encoding="utf-8").splitlines()]
    bad = 0
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        key = " ".join(line["text"].lower().split())
        if key in seen:
            bad += 1
            print(f"line {number}: same text as line {seen[key]}: {line['text']}")
        seen.setdefault(key, number)
        for problem in check_line(line, library, con):
            bad += 1
            print(f"line {number}: {problem}: {line['text']}")
    answerable = sum(line["query"] is not None for line in lines)
    print(
        f"{len(lines)} lines, {answerable} answerable, {len(lines) - answerable} not; {bad} problems"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
