"""Counts read off a named row and quoted numbers, on small libraries written here: one test per rule, each failing
with its switch off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

TODAY = date(2026, 12, 4)


def _fit(own_params: frozenset[str]) -> object:
    fit = type("Fit", (), {})()
    fit.shape = type("Shape", (), {"counts": True, "groups": True})()
    fit.shown_counts = frozenset({"compani"})
    fit.from_table = frozenset({"manufactur"})
    fit.own_params = own_params
    return fit


def test_a_count_is_read_off_only_a_row_the_query_can_pick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.matching.read_off as RO
    from bot.library.loader import load_library  # noqa: F401 - the types register on import
    from bot.matching.result_fit import asked

    text = "how many companies did Andy create"
    # "Andy" is a founder's name another query takes; this summary per founder takes none
    a = asked(text, text, lambda s: True, [], {"founder"}, frozenset({"manufactur"}), False)
    assert not RO.reads_off_count(a, _fit(frozenset()))  # type: ignore[arg-type]
    assert RO.reads_off_count(a, _fit(frozenset({"founder"})))  # type: ignore[arg-type]
    monkeypatch.setattr(RO, "NAMED_BY_OWN_PARAMS", False)
    assert RO.reads_off_count(a, _fit(frozenset()))  # type: ignore[arg-type]


MAJORS = (
    "title: Student list\n"
    "description: One row per student with the major code.\n"
    "examples: [students majoring in 50]\n"
    "keywords: [student, students, major, list]\n"
    "params:\n"
    "  major: {type: int, optional: true, min: 1, max: 999, label: major code}",
    "SELECT s.StuID, s.Major FROM Student AS s WHERE 1 = 1\n"
    "{% if major %}AND s.Major = :major{% endif %}",
)


@pytest.mark.parametrize("text", ['students whose major is "600"', "students with major '600'"])
def test_a_quoted_number_after_its_parameters_word_fills_it(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.library.types.quoted_numbers as QN
    from bot.matching.matcher import clear_index_cache, match
    from tests.support import library_of

    lib = library_of(tmp_path / "lib", {"student_list": MAJORS})
    clear_index_cache()
    assert match(text, lib, TODAY).params["major"] == 600
    monkeypatch.setattr(QN, "QUOTED_NUMBER_OF_ITS_PARAM", False)
    assert match(text, lib, TODAY).params.get("major") != 600


def test_a_quoted_number_to_match_as_text_stays_text() -> None:
    from bot.library.types.quoted_numbers import quoted_for

    assert not quoted_for(("codes", "that", "start", "with"), {"code"})
    assert quoted_for(("whose", "major", "is"), {"major", "code"})
