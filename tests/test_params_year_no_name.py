"""A year said as a time is no name (issue 10, class 3: a number in the wrong slot): "the fee
of a campus in 1996" binds no campus called "1996". On a small library written here, with the
rule switched off to show it is the rule that does it."""

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
