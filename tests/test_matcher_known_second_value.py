"""Two known values of one text filter that holds one ("crew of rank Bosun or Cook"): the
query would silently keep the first and drop the second, so the request is a ticket, as it is
for two choices of one choice parameter; also when the values are the query's own keywords. On
a small library written here, the switch off shows it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import values
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

CREW = (
    """title: Crew roster
description: One row per crew member with their rank and age. Optionally one rank.
keywords: [crew, sailor, sailors, rank, age, roster, bosun, cook, navigator, mate, inmate]
params:
  rank: {type: string, optional: true}""",
    """SELECT c.name, c.rank, c.age FROM crew AS c WHERE 1 = 1
{% if rank %}AND c.rank = :rank{% endif %} ORDER BY c.name""",
)


def _crew(tmp_path: Path):  # noqa: ANN202 - a Library
    lib = library_of(tmp_path / "lib", {"crew_roster": CREW})
    lib.known_values = {"crew_roster": {"rank": ["Bosun", "Cook", "Navigator", "Mate", "Inmate"]}}
    return lib


def test_a_second_known_value_of_a_filter_makes_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _crew(tmp_path)
    said = "names of the crew whose rank is either Bosun or Cook"
    assert match(said, lib, TODAY).status == "unmatched"
    # one value written inside the other ("Mate" in "Inmate") is still a second value
    assert match("names of the crew whose rank is Inmate or Mate", lib, TODAY).status == "unmatched"
    one = match("names of the crew whose rank is Bosun", lib, TODAY)
    assert (one.status, one.params["rank"]) == ("matched", "Bosun")
    monkeypatch.setattr(values, "KNOWN_SECOND_VALUES", False)
    d = match(said, lib, TODAY)
    assert (d.status, d.params["rank"]) == ("matched", "Bosun")
