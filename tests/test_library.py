"""The query file loader and validator: every kind of problem, with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library.loader import LibraryError, check_library, load_library, split_file
from bot.library.render import render_sql

GOOD = """/*---
title: Revenue by region
description: Net revenue per region over a period.
examples:
  - revenue by region last month
keywords: [revenue, region]
params:
  period:  {type: date_range, default: last month}
  region:  {type: choice, choices: [NA, EMEA, APAC, LATAM], optional: true,
            synonyms: {europe: EMEA}}
---*/
SELECT region, SUM(amount) AS revenue
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
{% if region %}AND region = :region{% endif %}
GROUP BY region
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems_for(tmp_path: Path, text: str, name: str = "q.sql") -> list[str]:
    write(tmp_path, name, text)
    _lib, problems = check_library(tmp_path)
    return [str(p) for p in problems]


def test_good_file_loads_into_typed_definitions(tmp_path: Path) -> None:
    write(tmp_path, "sub/revenue_by_region.sql", GOOD)
    lib = load_library(tmp_path)
    q = lib.get("revenue_by_region")
    assert q is not None and q.title == "Revenue by region"
    assert q.engine == "duckdb"
    assert [p.name for p in q.params] == ["period", "region"]
    region = q.param("region")
    assert region.choices == ("NA", "EMEA", "APAC", "LATAM")
    assert region.synonyms == {"europe": "EMEA"}
    assert region.optional and not region.required
    assert q.bind_names == ("period_start", "period_end", "region")
    assert q.body_line == 12


def test_header_and_body_lines() -> None:
    header, first, body, body_line = split_file(GOOD)
    assert header is not None and "title" in header
    assert first == 1 and body.startswith("SELECT") and body_line == 12


def test_yaml_error_names_file_and_line(tmp_path: Path) -> None:
    bad = GOOD.replace("keywords: [revenue, region]", "keywords: [revenue, region")
    (problem,) = problems_for(tmp_path, bad)
    assert problem.startswith(f"{tmp_path / 'q.sql'}:") and "YAML error" in problem
    line = int(problem.split(":")[1])
    assert 6 <= line <= 9


def test_missing_header(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, "SELECT 1\n")
    assert ":1:" in problem and "YAML header" in problem


def test_unknown_parameter_type(tmp_path: Path) -> None:
    bad = GOOD.replace("type: choice", "type: country")
    (problem,) = problems_for(tmp_path, bad)
    assert "unknown type 'country'" in problem and problem.split(":")[1] == "9"


def test_undeclared_bind(tmp_path: Path) -> None:
    bad = GOOD.replace("GROUP BY region", "AND amount > :min_amount\nGROUP BY region")
    (problem,) = problems_for(tmp_path, bad)
    assert ":min_amount is used in the SQL but no parameter declares it" in problem
    assert problem.split(":")[1] == "16"


def test_binds_in_strings_comments_and_casts_are_not_parameters(tmp_path: Path) -> None:
    ok = GOOD.replace(
        "GROUP BY region",
        "-- note :not_a_bind\nAND '10:30' <> 'x:y' AND order_date::date IS NOT NULL\nGROUP BY region",
    )
    assert problems_for(tmp_path, ok) == []


def test_declared_parameter_never_used(tmp_path: Path) -> None:
    bad = GOOD.replace("{% if region %}AND region = :region{% endif %}\n", "")
    (problem,) = problems_for(tmp_path, bad)
    assert "parameter 'region' is declared but never used" in problem


def test_value_pasted_with_double_braces(tmp_path: Path) -> None:
    bad = GOOD.replace("AND region = :region", "AND region = '{{ region }}'")
    problems = problems_for(tmp_path, bad)
    assert any("pasted into the SQL text" in p and p.split(":")[1] == "15" for p in problems)


def test_duplicate_names(tmp_path: Path) -> None:
    write(tmp_path, "a/revenue_by_region.sql", GOOD)
    write(tmp_path, "b/other.sql", GOOD.replace("title:", "name: revenue_by_region\ntitle:"))
    _lib, problems = check_library(tmp_path)
    assert len(problems) == 1 and "duplicate query name 'revenue_by_region'" in str(problems[0])


def test_choice_default_outside_choices(tmp_path: Path) -> None:
    bad = GOOD.replace("optional: true,", "default: MARS,")
    (problem,) = problems_for(tmp_path, bad)
    assert "default 'MARS' is not one of the choices" in problem


def test_synonym_to_unknown_choice_and_unknown_key(tmp_path: Path) -> None:
    bad = GOOD.replace("{europe: EMEA}", "{europe: EU}").replace("keywords:", "keywrods:")
    problems = problems_for(tmp_path, bad)
    assert any("synonym 'europe' maps to 'EU'" in p for p in problems)
    assert any("unknown key 'keywrods' (did you mean 'keywords'?)" in p for p in problems)


def test_bad_period_default_and_int_range(tmp_path: Path) -> None:
    bad = (
        GOOD.replace("default: last month", "default: the other day")
        .replace("params:\n", "params:\n  n: {type: int, default: 0, min: 1, max: 10}\n")
        .replace("GROUP BY region", "GROUP BY region LIMIT :n")
    )
    problems = problems_for(tmp_path, bad)
    assert any("default 'the other day' is not a date or a period" in p for p in problems)
    assert any("default 0 is below the minimum 1" in p for p in problems)


def test_load_library_raises_with_every_problem(tmp_path: Path) -> None:
    write(tmp_path, "one.sql", "SELECT 1")
    write(tmp_path, "two.sql", GOOD.replace("type: choice", "type: nope"))
    with pytest.raises(LibraryError) as info:
        load_library(tmp_path)
    assert len(info.value.problems) == 2


def test_render_binds_values_and_drops_unused(tmp_path: Path) -> None:
    write(tmp_path, "revenue_by_region.sql", GOOD)
    q = load_library(tmp_path).get("revenue_by_region")
    sql, binds = render_sql(
        q, {"period_start": "2026-10-01", "period_end": "2026-10-31", "region": None}
    )
    assert "region = :region" not in sql and set(binds) == {"period_start", "period_end"}
    sql, binds = render_sql(
        q, {"period_start": "2026-10-01", "period_end": "2026-10-31", "region": "EMEA' OR 1=1 --"}
    )
    assert "EMEA" not in sql and binds["region"] == "EMEA' OR 1=1 --"


def _wide_query(ints: int, periods: int) -> str:
    params = [f"  n{i}: {{type: int, optional: true}}" for i in range(ints)]
    params += [f"  d{i}: {{type: date_range, default: last month}}" for i in range(periods)]
    where = [f"{{% if n{i} %}}AND x = :n{i}{{% endif %}}" for i in range(ints)]
    where += [f"AND d BETWEEN :d{i}_start AND :d{i}_end" for i in range(periods)]
    header = "title: Wide\ndescription: Many parameters.\nparams:\n" + "\n".join(params)
    return f"/*---\n{header}\n---*/\nSELECT 1 AS one FROM t WHERE 1 = 1\n" + "\n".join(where)


def test_a_query_needing_more_inputs_than_a_slack_form_holds_is_refused(tmp_path: Path) -> None:
    """A red team found such a query's last inputs left out of the form, so those parameters
    could never be changed: the loader says so at once (a form holds 99 inputs besides its
    intro; a period takes two)."""
    assert problems_for(tmp_path / "fits", _wide_query(ints=59, periods=20)) == []
    problems = problems_for(tmp_path / "over", _wide_query(ints=60, periods=20))
    assert len(problems) == 1
    assert "its 80 parameters need 100 form inputs and a Slack form holds 99" in problems[0]
