"""Numbers in their slot (issue 10, class 3): a year said as a time is no name ("the fee of a
campus in 1996" binds no campus called "1996"), and a number right after a parameter's noun is
its value though a row count names the same noun ("who advises student 1004"). On small
libraries written here, each rule switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.library.types import number_said
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

FEES = (
    """title: Campus fees
description: The fee each campus charges, by campus name.
keywords: [fee, fees, campus, campuses, charge, average]
params:
  campus: {type: string, optional: true, label: campus name}""",
    """SELECT c.name, c.fee FROM campuses AS c WHERE 1 = 1
{% if campus %}AND c.name = :campus{% endif %}""",
)


def test_a_year_after_a_word_of_time_names_no_text_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"fees": FEES})
    said = "the fee of a campus in 1996"
    assert match(said, lib, TODAY).params.get("campus") != "1996"
    # a number said as the campus's own ("campus 4021") is still the campus's
    assert match("the fee of campus 4021", lib, TODAY).params.get("campus") == "4021"
    monkeypatch.setattr(number_said, "A_YEAR_IS_NO_NAME", False)
    assert match(said, lib, TODAY).params.get("campus") == "1996"


DIRECTORY = (
    """title: Student directory
description: Every student with their advisor, by student id or advisor id.
keywords: [student, students, advisor, advises, who]
params:
  stuid: {type: int, optional: true, min: 1, label: student id}
  advisor: {type: int, optional: true, min: 0, label: advisor id}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n students}""",
    """SELECT s.stuid, s.name, s.advisor FROM students AS s WHERE 1 = 1
{% if stuid is not none %}AND s.stuid = :stuid{% endif %}
{% if advisor is not none %}AND s.advisor = :advisor{% endif %}
ORDER BY s.stuid {% if n is not none %}LIMIT :n{% endif %}""",
)


def test_a_number_after_a_noun_of_a_parameter_is_its_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"directory": DIRECTORY})
    said = "who advises student 1004?"
    assert match(said, lib, TODAY).params.get("stuid") == 1004
    # before its noun a number is still a row count, no id
    d = match("show the first 5 students", lib, TODAY)
    assert (d.params.get("n"), d.params.get("stuid")) == (5, None)
    monkeypatch.setattr(number_said, "NOUN_BEFORE_NAMES_IT", False)
    assert match(said, lib, TODAY).params.get("stuid") != 1004
