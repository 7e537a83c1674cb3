"""Issue 10, wrong answers on unseen libraries (round 10): a known value that several queries
take (the same column read by several queries) is no more evidence for one of them than for
another, even when one query's header happens to say it weakly (in its description); the
request's other words decide, or it stays a near tie. Each test runs on a small library written
here, with its switch on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import asked_rows, shared_values
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

DRIVER_DIRECTORY = (
    "title: Driver directory\n"
    "description: Every driver with their nationality (Finnish, German, British …) and birth "
    "date.\n"
    "examples: [drivers born after 1990, driver names and birth dates]\n"
    "keywords: [driver, drivers, directory, list, nationality, born]\n"
    "params:\n  nationality: {type: string, optional: true, label: nationality}",
    "SELECT forename, surname, nationality, dob FROM drivers WHERE 1 = 1 "
    "{% if nationality %}AND nationality = :nationality{% endif %} ORDER BY surname",
)
DRIVER_CAREER = (
    "title: Driver careers\n"
    "description: Per driver, the number of races entered and their first and last season.\n"
    "examples: [drivers with the most races, how long did each driver race, "
    "career length per driver]\n"
    "keywords: [driver, drivers, career, races, seasons, most races]\n"
    "params:\n  nationality: {type: string, optional: true, label: nationality}",
    "SELECT d.forename, d.surname, COUNT(*) AS races, MIN(r.year) AS first_season, "
    "MAX(r.year) AS last_season FROM results AS x JOIN drivers AS d ON d.driver_id = x.driver_id "
    "JOIN races AS r ON r.race_id = x.race_id WHERE 1 = 1 "
    "{% if nationality %}AND d.nationality = :nationality{% endif %} "
    "GROUP BY d.forename, d.surname ORDER BY races DESC",
)
NATIONALITIES = ["Finnish", "German", "British", "Brazilian"]


def _lib(tmp_path: Path) -> object:
    lib = _library(
        tmp_path / "lib", {"driver_directory": DRIVER_DIRECTORY, "driver_career": DRIVER_CAREER}
    )
    lib.known_values = {
        "driver_directory": {"nationality": NATIONALITIES},
        "driver_career": {"nationality": NATIONALITIES},
    }
    return lib


def test_a_value_both_queries_take_does_not_pick_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    # "who are the … drivers" asks rows of drivers (asked_rows.WHO_ARE_ROWS), which the
    # career query's rows per forename and surname do not say: off, to see the value alone
    monkeypatch.setattr(asked_rows, "WHO_ARE_ROWS", False)
    text = "who are the finnish drivers"
    clear_index_cache()
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    # the value is a word of the directory's description and a known value of both: the
    # career query no longer wins by it
    assert d.status == "ambiguous"
    assert {c.query for c in d.candidates[:2]} == {"driver_directory", "driver_career"}
    # the request's own words still decide
    d = match("which finnish drivers raced the most races", lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query, d.params["nationality"]) == ("matched", "driver_career", "Finnish")
    monkeypatch.setattr(shared_values, "SAME_VALUES_WORDS_DECIDE", False)
    clear_index_cache()
    d = match(text, lib, TODAY)  # type: ignore[arg-type]
    assert (d.status, d.query) == ("matched", "driver_career")
