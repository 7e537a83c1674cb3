"""Fifth red team: library files written by others that paste a value into the SQL text.

`{{ name }}` was refused at load, but other Jinja tags write a value into the text without
`{{ }}`: `{% filter replace('ZZ', name) %}…'ZZ'…{% endfilter %}` rendered a requester's value
inside a string literal, so `x' UNION SELECT … --` became SQL. Only the tags that choose which
text is kept (if/elif/else, for, set) may be used; every other tag is refused at load with
`file:line`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library.loader import check_library
from bot.library.render import render_sql

HEADER = """/*---
title: Customer lookup
examples:
  - look up customer by name
params:
  name: {type: string}
---*/
"""

PASTES = {
    "filter": "{% filter replace('ZZ', name) %}"
    "SELECT region FROM orders WHERE region = 'ZZ' AND :name IS NOT NULL{% endfilter %}",
    "call": "{% macro m() %}SELECT 1 WHERE :name IS NOT NULL{% endmacro %}"
    "{% call m() %}x{% endcall %}",
    "include": "{% include name %}SELECT 1 WHERE :name IS NOT NULL",
    "extends": "{% extends name %}SELECT 1 WHERE :name IS NOT NULL",
    "import": "{% import name as x %}SELECT 1 WHERE :name IS NOT NULL",
    "whitespace control": "{%- filter format(name) -%}SELECT '%s' WHERE :name IS NOT NULL"
    "{%- endfilter %}",
}


def _library(tmp_path: Path, body: str) -> Path:
    root = tmp_path / "queries"
    root.mkdir()
    (root / "customer_lookup.sql").write_text(HEADER + body + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("kind", sorted(PASTES))
def test_a_template_tag_that_writes_a_value_into_the_sql_is_refused_at_load(
    tmp_path: Path, kind: str
) -> None:
    library, problems = check_library(_library(tmp_path, PASTES[kind]))
    assert "customer_lookup" not in library.queries
    assert problems, kind
    first = problems[0]
    assert first.path.endswith("customer_lookup.sql") and first.line == 8
    assert "only if/elif/else, for and set may shape the SQL" in first.reason
    # One line per block, not one for its end tag too.
    assert len([p for p in problems if "shape the SQL" in p.reason]) == (2 if kind == "call" else 1)


def test_the_filter_block_did_paste_the_value_before(tmp_path: Path) -> None:
    """What the refusal closes: rendered, the value is in the text and no bind is left."""
    root = _library(tmp_path, "SELECT 1 WHERE :name IS NOT NULL")
    library, problems = check_library(root)
    assert not problems
    query = library.queries["customer_lookup"]
    pasted = PASTES["filter"]
    sql, binds = render_sql(
        type(query)(**{**query.__dict__, "sql": pasted}), {"name": "x' OR 1=1 --"}
    )
    assert "x' OR 1=1 --" in sql and binds == {}


def test_the_tags_that_shape_the_statement_still_load(tmp_path: Path) -> None:
    body = (
        "{%- set wide = name %}SELECT region FROM orders WHERE 1 = 1\n"
        "{% if wide %}AND region = :name {% elif name %}AND 1 = 1{% else %}{% endif %}\n"
        "{%+ for x in [1] %} AND 2 = 2{% endfor -%}"
    )
    library, problems = check_library(_library(tmp_path, body))
    assert not problems, problems
    assert "customer_lookup" in library.queries


def _laughs(levels: int) -> str:
    lines = ["title: Laughs", 'x0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels + 1):
        lines.append(f"x{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append(f"examples: *a{levels}")
    return "/*---\n" + "\n".join(lines) + "\n---*/\nSELECT 1 AS x\n"


def test_a_header_with_yaml_aliases_is_refused_before_anything_expands_them(
    tmp_path: Path,
) -> None:
    """Nine anchors of nine aliases each in a header (a "billion laughs") made `examples` 43
    million strings: loading the library ran past 60 s and 2 GB (`serve`'s start, `queries
    validate`, every command). The values are counted on the composed nodes, which never
    expand an alias, and a header past 10,000 is refused with the line of its first alias; six
    levels here (half a million strings) keep the test quick on the code before."""
    root = tmp_path / "queries"
    root.mkdir()
    (root / "laughs.sql").write_text(_laughs(6), encoding="utf-8")
    library, problems = check_library(root)
    assert "laughs" not in library.queries
    assert [p.line for p in problems] == [4]
    assert "its aliases (*name) make the header" in problems[0].reason
    assert "(at most 10,000)" in problems[0].reason


def test_an_alias_that_repeats_a_part_of_the_header_still_loads(tmp_path: Path) -> None:
    """The guard: `delivered: *month` reusing a parameter's definition is a few values."""
    root = _library(tmp_path, "SELECT 1 WHERE :name IS NOT NULL AND :other IS NOT NULL")
    path = root / "customer_lookup.sql"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  name: {type: string}", "  name: &s {type: string}\n  other: *s"), "utf-8"
    )
    library, problems = check_library(root)
    assert not problems, problems
    assert [p.name for p in library.queries["customer_lookup"].params] == ["name", "other"]
