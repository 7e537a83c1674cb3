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
