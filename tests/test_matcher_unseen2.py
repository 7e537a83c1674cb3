"""Rules found on libraries the matcher was never tuned for (issue 10, second round): one test
per rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.loader import load_library
from bot.library.model import Library
from bot.matching import signals
from bot.matching.matcher import match

TODAY = date(2026, 11, 22)


def _library(root: Path, files: dict[str, tuple[str, str]]) -> Library:
    root.mkdir()
    for name, (header, sql) in files.items():
        (root / f"{name}.sql").write_text(f"/*---\n{header}\n---*/\n{sql}\n", encoding="utf-8")
    return load_library(root)


PER_COUNTY = (
    "title: Delegates per county\nkeywords: [delegates, county, number of delegates]\n"
    "params:\n  min_delegates: {type: int, optional: true, label: at least this many delegates}",
    "SELECT c.name, COUNT(d.id) AS delegates FROM county c JOIN delegate d ON d.c = c.id\n"
    "GROUP BY c.name\n{% if min_delegates %}HAVING COUNT(d.id) >= :min_delegates{% endif %}",
)
TOWNS = (
    "title: Town sizes\nkeywords: [towns, inhabitants]\n"
    "params:\n  min_population: {type: int, optional: true, label: population at least}",
    "SELECT name FROM town WHERE 1 = 1 {% if min_population %}AND pop >= :min_population"
    "{% endif %}",
)


def test_a_number_whose_unit_is_another_parameter_s_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _library(tmp_path / "a", {"delegates_per_county": PER_COUNTY, "towns": TOWNS})
    d = match("counties with at least 3 delegates", lib, TODAY)
    assert (d.status, d.query, d.params) == (
        "matched",
        "delegates_per_county",
        {"min_delegates": 3},
    )
    text = "number of delegates per county, counties with population above 50000"
    assert match(text, lib, TODAY).status == "unmatched"
    monkeypatch.setattr(signals, "TICKET_ON_MISREAD_UNIT", False)
    assert match(text, lib, TODAY).status == "matched"
