"""Values read as a library nobody tuned for writes them, on small libraries written here:
one test per rule, each failing with its switch off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.matching.matcher import clear_index_cache, match
from tests.support import library_of

TODAY = date(2026, 12, 4)

SITES = (
    "title: Site directory\n"
    "description: Every site with its town and the year it opened; optionally the sites\n"
    "  opened in a range of years (both inclusive).\n"
    "examples: [list every site, sites opened since 1990]\n"
    "keywords: [site, sites, opened, year, since, before, after]\n"
    "params:\n"
    "  opened_from: {type: int, optional: true, min: 1700, max: 2100,\n"
    "                label: opened in or after this year}\n"
    "  opened_to: {type: int, optional: true, min: 1700, max: 2100,\n"
    "              label: opened in or before this year}",
    "SELECT s.name, s.town, s.year FROM sites AS s WHERE 1 = 1\n"
    "{% if opened_from %}AND s.year >= :opened_from{% endif %}\n"
    "{% if opened_to %}AND s.year <= :opened_to{% endif %}",
)


def test_a_strict_year_bound_reads_as_the_sql_compares_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.language.strict_years as SY

    lib = library_of(tmp_path / "lib", {"site_directory": SITES})
    clear_index_cache()
    assert match("sites opened after 1950", lib, TODAY).params["opened_from"] == 1951
    assert match("sites opened before 1900", lib, TODAY).params["opened_to"] == 1899
    assert match("sites opened since 1990", lib, TODAY).params["opened_from"] == 1990
    monkeypatch.setattr(SY, "YEAR_AS_COMPARED", False)
    assert match("sites opened after 1950", lib, TODAY).params["opened_from"] == 1950
