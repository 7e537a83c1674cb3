"""Parameter validation, form input and defaults: values are checked before any SQL runs."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserFacingError
from bot.library import load_library
from bot.params import coerce_inputs, default_binds, validate_binds
from bot.settings import STARTER_LIBRARY

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def lib():  # type: ignore[no-untyped-def]
    return load_library(STARTER_LIBRARY)


def test_defaults_resolve_period_phrases(lib) -> None:  # type: ignore[no-untyped-def]
    assert default_binds(lib.get("revenue_trend"), TODAY) == {
        "period_start": "2026-08-01",
        "period_end": "2026-10-31",
        "grain": "week",
    }
    assert default_binds(lib.get("customer_lookup"), TODAY) == {"customer": None}


def test_injection_in_a_choice_is_refused(lib) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("revenue_by_region")
    binds = default_binds(q, TODAY) | {"region": "EMEA' OR 1=1 --"}
    with pytest.raises(UserFacingError, match="Region must be one of: NA, EMEA, APAC, LATAM"):
        validate_binds(q, binds)


def test_choice_accepts_case_and_synonyms(lib) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("revenue_by_region")
    assert validate_binds(q, default_binds(q, TODAY) | {"region": "emea"})["region"] == "EMEA"
    assert validate_binds(q, default_binds(q, TODAY) | {"region": "europe"})["region"] == "EMEA"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "at least 1"),
        ("1001", "at most 1000"),
        ("2.5", "whole number"),
        ("ten", "whole number"),
    ],
)
def test_int_bounds_and_type(lib, value: str, message: str) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("top_customers")
    with pytest.raises(UserFacingError, match=message):
        coerce_inputs(q, {"n": value}, TODAY)


def test_form_input_takes_period_phrases_and_explicit_dates(lib) -> None:  # type: ignore[no-untyped-def]
    q = lib.get("top_customers")
    assert coerce_inputs(q, {"period": "Q3 2026", "n": "25"}, TODAY) == {
        "period_start": "2026-07-01",
        "period_end": "2026-09-30",
        "n": 25,
    }
    got = coerce_inputs(q, {"period_start": "2026-01-05", "period_end": "2026-01-10"}, TODAY)
    assert (got["period_start"], got["period_end"], got["n"]) == ("2026-01-05", "2026-01-10", 10)
    with pytest.raises(UserFacingError, match="not a period I understand"):
        coerce_inputs(q, {"period": "the good old days"}, TODAY)
    with pytest.raises(UserFacingError, match="start date is after the end date"):
        coerce_inputs(q, {"period_start": "2026-02-01", "period_end": "2026-01-01"}, TODAY)


def test_required_value_must_be_given(lib) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserFacingError, match="Please give a value for customer"):
        coerce_inputs(lib.get("customer_lookup"), {}, TODAY)
    assert coerce_inputs(lib.get("customer_lookup"), {"customer": "a'b@x.io"}, TODAY) == {
        "customer": "a'b@x.io"
    }
