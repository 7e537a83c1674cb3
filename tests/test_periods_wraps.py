"""A range of days named without a year that runs back over more than half a year ("from Oct
20 to Sep 10" said in November) is reversed: refused with the reason, never read as a range
that ends next year. A shorter wrap is a season in progress or a new year that has begun."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import periods
from bot.language.periods import scan_periods

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("phrase", ["refunds from Oct 20 to Sep 10", "orders from Sep 30 to Aug 1"])
def test_a_long_wrap_into_the_future_is_refused(phrase: str) -> None:
    assert any("ends before it starts" in p for p in scan_periods(phrase, TODAY)[1])


@pytest.mark.parametrize(
    "phrase", ["refunds from Dec 20 to Jan 5", "from November to February", "Nov 1 to Dec 31"]
)
def test_a_short_wrap_is_read_as_before(phrase: str) -> None:
    found, problems = scan_periods(phrase, TODAY)
    assert found and not problems


def test_long_wraps_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(periods, "WRAPS_INTO_THE_FUTURE_REVERSED", False)
    assert scan_periods("refunds from Oct 20 to Sep 10", TODAY)[1] == []
