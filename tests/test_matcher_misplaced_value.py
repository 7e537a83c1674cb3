"""A text value bound to a parameter whose known values are complete and lack it, while another
parameter knows it (`companies whose industry is "Banking"` bound to a headquarters filter): the
query is not run, or the value leaves the parameter when another of the query's parameters holds
and knows it. Not when the known values were capped, nor for a LIKE parameter, nor a parameter the
SQL names twice, nor a value no parameter knows. On small libraries written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import library_of

from bot.library.known_values import CAP_PER_PARAM
from bot.library.value_keys import open_key_file, value_keys, write_key_file
from bot.matching import misplaced_value
from bot.matching.index import clear_index_cache, index_for
from bot.matching.misplaced_value import ValueCounts, misplaced_values

BY_HQ = (
    """title: Companies by headquarters
description: Companies, optionally those headquartered in one country.
keywords: [companies, company, headquarters, headquartered, country]
params:
  headquarters: {type: string, optional: true, label: headquarters country}""",
    """SELECT name, headquarters FROM companies WHERE 1 = 1
{% if headquarters %}AND headquarters = :headquarters{% endif %} ORDER BY name""",
)
BY_INDUSTRY = (
    """title: Company sales by industry
description: Total sales of one industry's companies.
keywords: [sales, revenue, industry, sector]
params:
  industry: {type: string, label: industry}""",
    """SELECT industry, SUM(sales) AS sales FROM companies WHERE industry = :industry
GROUP BY industry""",
)
SEARCH = (
    """title: Company search
description: Companies whose name or headquarters holds a text.
keywords: [search, find]
params:
  text: {type: string, label: name contains}
  headquarters: {type: string, optional: true, label: headquarters country}
  hq_like: {type: string, optional: true, label: headquarters like}
  industry: {type: string, optional: true, label: industry}""",
    """SELECT name FROM companies WHERE (name = :text OR headquarters = :text)
{% if headquarters %}AND headquarters = :headquarters{% endif %}
{% if hq_like %}AND headquarters LIKE :hq_like{% endif %}
{% if industry %}AND industry = :industry{% endif %}""",
)
COUNTRIES = ["USA", "China", "Japan", "France"]


def _lib(tmp_path: Path, hq_values: list[str] = COUNTRIES):  # noqa: ANN202 - a Library
    lib = library_of(
        tmp_path / "lib",
        {"companies_by_hq": BY_HQ, "industry_sales": BY_INDUSTRY, "company_search": SEARCH},
    )
    lib.known_values = {
        "companies_by_hq": {"headquarters": hq_values},
        "industry_sales": {"industry": ["Banking", "Oil and gas", "Retail"]},
        "company_search": {
            "text": ["Acme"],
            "headquarters": hq_values,
            "hq_like": hq_values,
            "industry": ["Banking", "Retail"],
        },
    }
    clear_index_cache()
    return lib


def _check(lib, query: str, binds: dict) -> tuple[list[str], set[str]]:  # noqa: ANN001
    index = index_for(lib)
    q = lib.get(query)
    return misplaced_values(q, binds, index.values.known, index.value_counts, index.values._like)


def test_a_value_another_parameter_knows_is_not_run_where_it_is_known_not_to_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    assert _check(lib, "companies_by_hq", {"headquarters": "Banking"}) == (
        [],
        {"industry_sales", "company_search"},
    )
    # a value the parameter knows, or one no parameter knows, is bound as read
    assert _check(lib, "companies_by_hq", {"headquarters": "Japan"}) == ([], set())
    assert _check(lib, "companies_by_hq", {"headquarters": "Atlantis"}) == ([], set())
    monkeypatch.setattr(misplaced_value, "MISPLACED_KNOWN_VALUE", False)
    assert _check(lib, "companies_by_hq", {"headquarters": "Banking"}) == ([], set())


def test_capped_like_and_twice_named_parameters_are_never_judged(tmp_path: Path) -> None:
    capped = COUNTRIES + [f"Country {i}" for i in range(CAP_PER_PARAM)]
    lib = _lib(tmp_path, capped[:CAP_PER_PARAM])
    # read up to the cap: "Banking" may be past it
    assert _check(lib, "companies_by_hq", {"headquarters": "Banking"}) == ([], set())
    (tmp_path / "other").mkdir()
    lib = _lib(tmp_path / "other")
    # compared with LIKE, or with two columns (its values are read from one)
    assert _check(lib, "company_search", {"hq_like": "Banking"}) == ([], set())
    assert _check(lib, "company_search", {"text": "Banking"}) == ([], set())
    assert _check(lib, "company_search", {"headquarters": "Banking"}) == (
        [],
        {"industry_sales", "company_search"},
    )


def test_a_value_held_where_it_is_known_leaves_the_other_parameter(tmp_path: Path) -> None:
    lib = _lib(tmp_path)
    binds = {"headquarters": "Banking", "industry": "Banking"}
    assert _check(lib, "company_search", binds) == (["headquarters"], set())
    # held by the LIKE parameter beside it: that one is never judged
    binds = {"hq_like": "Banking", "industry": "Banking"}
    assert _check(lib, "company_search", binds) == ([], set())


def test_values_are_counted_from_the_stored_key_file(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"companies_by_hq": BY_HQ, "industry_sales": BY_INDUSTRY})
    known = {
        "companies_by_hq": {"headquarters": COUNTRIES},
        "industry_sales": {"industry": ["Banking", "Oil and gas"]},
    }
    write_key_file(tmp_path / "values.keys", value_keys(known, kinds=True))
    lib.value_keys = open_key_file(tmp_path / "values.keys")
    counts = ValueCounts(lib)
    assert counts.get("companies_by_hq", "headquarters") == len(COUNTRIES)
    assert counts.get("industry_sales", "industry") == 2
    assert counts.get("industry_sales", "nothing") == 0
