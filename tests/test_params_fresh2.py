"""Counts read off a named row, on small results written here: one test per rule, each failing
with its switch off."""

from __future__ import annotations

import pytest


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
