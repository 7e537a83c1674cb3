"""Check the Spider evaluation sets without the product's code.

For every `<db>/` folder beside this file: load `warehouse.sql` into a fresh in-memory DuckDB,
parse each `library/*.sql` header as docs/query-library.md describes, render the body with
Jinja and run it with its defaults (and a sample value for each required parameter; it must
return a row), then run it again with the parameters of every labelled request in
`requests-<db>.jsonl` that names it. A request that binds a text value must return at least
one row, so that the value exists in the data as stored; a numeric threshold may rightly
select nothing. Prints one summary line per set; exits 1 on the first set with a problem.

    python tests/data/spider/check_sets.py [DB ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import duckdb
import jinja2
import yaml

HERE = Path(__file__).resolve().parent
HEADER = re.compile(r"\A\s*/\*---\n(.*?)\n---\*/\n(.*)\Z", re.S)
BIND = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
TYPES = {"date", "date_range", "int", "number", "string", "choice", "bool"}
# Values for required parameters of queries that no labelled request names.
SAMPLES = {("music_1", "song_lookup"): {"song": "Aj ei akash"}}


def parse(path: Path) -> dict:
    match = HEADER.match(path.read_text())
    if not match:
        raise ValueError(f"{path.name}: no /*--- header ---*/")
    header = yaml.safe_load(match.group(1)) or {}
    body = match.group(2)
    if "{{" in body:
        raise ValueError(f"{path.name}: a value is pasted into the SQL text")
    for key in ("title", "description", "examples"):
        if not header.get(key):
            raise ValueError(f"{path.name}: header lacks {key}")
    params = header.get("params") or {}
    for name, spec in params.items():
        if spec.get("type") not in TYPES:
            raise ValueError(f"{path.name}: {name} has an unknown type {spec.get('type')!r}")
        if spec["type"] == "choice" and not spec.get("choices"):
            raise ValueError(f"{path.name}: choice {name} has no choices")
        if (
            spec["type"] == "choice"
            and "default" in spec
            and spec["default"] not in spec["choices"]
        ):
            raise ValueError(f"{path.name}: {name}'s default is not one of its choices")
    return {"name": header.get("name", path.stem), "header": header, "params": params, "body": body}


def bind_names(params: dict) -> set[str]:
    names = set()
    for name, spec in params.items():
        if spec["type"] == "date_range":
            names |= {f"{name}_start", f"{name}_end"}
        else:
            names.add(name)
    return names


def run(con: duckdb.DuckDBPyConnection, query: dict, given: dict) -> list:
    values = {}
    for name, spec in query["params"].items():
        if name in given:
            values[name] = given[name]
        elif "default" in spec and spec["type"] not in ("date", "date_range"):
            values[name] = spec["default"]
        elif spec.get("optional"):
            values[name] = None
        else:
            raise ValueError(f"{query['name']}: required parameter {name} has no value")
    sql = jinja2.Template(query["body"]).render(**values)
    used = set(BIND.findall(sql))
    unknown = used - bind_names(query["params"])
    if unknown:
        raise ValueError(f"{query['name']}: binds {sorted(unknown)} are not parameters")
    sql = BIND.sub(lambda m: "$" + m.group(1), sql)
    return con.execute(sql, {name: values[name] for name in used}).fetchall()


def check(db: str) -> str:
    folder = HERE / db
    con = duckdb.connect()
    con.execute((folder / "warehouse.sql").read_text())
    library = {}
    for path in sorted((folder / "library").glob("*.sql")):
        query = parse(path)
        if query["name"] in library:
            raise ValueError(f"{db}: two queries named {query['name']}")
        library[query["name"]] = query
    if not 10 <= len(library) <= 16:
        raise ValueError(f"{db}: {len(library)} queries, expected 10-16")
    lines = (HERE / f"requests-{db}.jsonl").read_text().splitlines()
    samples = {}
    for line in lines:
        request = json.loads(line)
        if request["query"] in library:
            samples.setdefault(request["query"], request["params"])
    for query in library.values():
        required = {
            n for n, s in query["params"].items() if "default" not in s and not s.get("optional")
        }
        given = SAMPLES.get((db, query["name"])) or samples.get(query["name"], {})
        if required - set(given):
            raise ValueError(f"{db}: no value to run {query['name']} with for {sorted(required)}")
        if not run(con, query, {n: v for n, v in given.items() if n in required}):
            raise ValueError(f"{db}: {query['name']} returns no row with its sample values")
    unanswerable = 0
    used_queries = set()
    for number, line in enumerate(lines, 1):
        request = json.loads(line)
        if set(request) != {"text", "query", "params"}:
            raise ValueError(f"{db} line {number}: keys {sorted(request)}")
        if request["query"] is None:
            unanswerable += 1
            if request["params"]:
                raise ValueError(f"{db} line {number}: an unanswerable request has params")
            continue
        query = library.get(request["query"])
        if query is None:
            raise ValueError(f"{db} line {number}: no query {request['query']}")
        used_queries.add(query["name"])
        extra = set(request["params"]) - bind_names(query["params"])
        if extra:
            raise ValueError(f"{db} line {number}: {sorted(extra)} are not bind parameters")
        for name, value in request["params"].items():
            spec = query["params"].get(name, {})
            if spec.get("type") == "choice" and value not in spec["choices"]:
                raise ValueError(f"{db} line {number}: {value!r} is not a choice of {name}")
        rows = run(con, query, request["params"])
        if not rows and any(isinstance(v, str) for v in request["params"].values()):
            raise ValueError(
                f"{db} line {number}: {query['name']} returns no row with {request['params']}"
            )
    unused = sorted(set(library) - used_queries)
    share = unanswerable / len(lines)
    return (
        f"{db}: {len(library)} queries, {len(lines)} requests, {unanswerable} unanswerable "
        f"({share:.0%}), queries never expected: {unused or 'none'}"
    )


def main(argv: list[str]) -> int:
    dbs = argv or sorted(p.name for p in HERE.iterdir() if (p / "warehouse.sql").exists())
    for db in dbs:
        try:
            print(check(db))
        except (ValueError, duckdb.Error, jinja2.TemplateError, yaml.YAMLError) as error:
            print(f"FAIL {error}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
