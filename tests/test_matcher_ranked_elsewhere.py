"""A superlative only another likely query ranks by ("the ship commanded by the youngest
captain" from a row per ship that cannot put the youngest captain first, while a roster of
captains sorts by "youngest"): the person picks (ambiguous), never a silent run that drops the
ranking. On a small library written here, the switch off shows it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import ranked_elsewhere
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

PER_SHIP = (
    """title: Command per ship
description: One row per ship with how many captains command it and their youngest age.
keywords: [ship, ships, per ship, captains, commanded by, command, youngest captain]
params:
  sort:
    type: choice
    choices: [most_captains, name]
    default: most_captains
    synonyms: {most: most_captains, by name: name}""",
    """SELECT s.name AS ship, COUNT(*) AS captains, MIN(c.age) AS youngest_captain_age
FROM ship AS s JOIN captain AS c ON c.ship_id = s.id GROUP BY s.name ORDER BY
{% if sort == 'name' %}s.name{% else %}captains DESC{% endif %}""",
)

ROSTER = (
    """title: Captain roster
description: One row per captain with age, rank and the ship they command.
keywords: [captain, captains, age, rank, ship, commands, youngest, oldest]
params:
  sort:
    type: choice
    choices: [name, youngest, oldest]
    default: name""",
    """SELECT c.name AS captain, c.age, c.rank, s.name AS ship FROM captain AS c
LEFT JOIN ship AS s ON s.id = c.ship_id ORDER BY
{% if sort == 'youngest' %}c.age{% elif sort == 'oldest' %}c.age DESC{% else %}c.name{% endif %}""",
)


def test_a_superlative_only_another_query_ranks_by_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ship_command": PER_SHIP, "captain_roster": ROSTER})
    said = "the name of the ship commanded by the youngest captain"
    d = match(said, lib, TODAY)
    assert d.status == "ambiguous"
    assert {c.query for c in d.candidates} >= {"ship_command", "captain_roster"}
    # a superlative the best query itself ranks by runs
    assert match("which ship has the most captains", lib, TODAY).query == "ship_command"
    monkeypatch.setattr(ranked_elsewhere, "RANKED_ELSEWHERE_AMBIGUOUS", False)
    assert match(said, lib, TODAY).status != "ambiguous"
