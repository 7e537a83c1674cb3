"""What the matcher reads once per library instead of once per candidate of every request: each
read gives what reading it again would, and follows the switches the ablation turns."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.errors import UserFacingError
from bot.language import textnorm
from bot.language.textnorm import stem
from bot.library.model import ParamDef, QueryDef
from bot.library.types.base import param_cues
from bot.matching import key_breakdown
from bot.matching.default_binds import DefaultBinds

TODAY = dt.date(2026, 11, 22)


def test_param_cues_are_a_fresh_set_each_time() -> None:
    p = ParamDef("store_region", "choice", label="Sales region", description="Where it sold")
    first = param_cues(p)
    assert first == {stem(w) for w in ("store", "region", "sales", "sold")}
    first.add("changed")
    assert "changed" not in param_cues(p)


def test_param_cues_follow_the_word_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    p = ParamDef("channel", "string", label="Affiliate-sourced channel")
    apart, joined = stem("affiliate"), stem("affiliatesourced")
    assert apart in param_cues(p)
    monkeypatch.setattr(textnorm, "HYPHEN_SUFFIXES_APART", False)
    cues = param_cues(p)
    assert apart not in cues and joined in cues
    monkeypatch.setattr(textnorm, "HYPHEN_SUFFIXES_APART", True)
    assert apart in param_cues(p)


def test_params_say_follow_the_word_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    q = QueryDef(
        "orders",
        "Orders",
        "SELECT 1",
        params=(ParamDef("by", "choice", choices=("affiliate-sourced", "ids")),),
    )
    assert {stem("affiliate"), "id"} <= key_breakdown._params_say(q)
    monkeypatch.setattr(textnorm, "HYPHEN_SUFFIXES_APART", False)
    assert stem("affiliatesourced") in key_breakdown._params_say(q)


@pytest.mark.parametrize(
    "param",
    [
        ParamDef("period", "date_range", default="last month"),
        ParamDef("as_of", "date", default="since last week"),
        ParamDef("period", "date_range", optional=True),
        ParamDef("region", "choice", default="EMEA", choices=("NA", "EMEA")),
        ParamDef("n", "int", default=10),
    ],
)
def test_default_binds_are_those_the_type_writes(param: ParamDef) -> None:
    defaults = DefaultBinds()
    for day in (TODAY, TODAY, dt.date(2026, 12, 1), TODAY):
        expected: dict[str, object] = {"other": 1}
        param.kind.default_binds(param, day, expected)
        binds: dict[str, object] = {"other": 1}
        defaults.write(param, day, binds)
        assert binds == expected and list(binds) == list(expected)


def test_a_default_read_on_another_day_is_worked_out_again() -> None:
    defaults, p = DefaultBinds(), ParamDef("period", "date_range", default="last month")
    nov: dict[str, object] = {}
    defaults.write(p, TODAY, nov)
    dec: dict[str, object] = {}
    defaults.write(p, dt.date(2026, 12, 15), dec)
    assert nov == {"period_start": "2026-10-01", "period_end": "2026-10-31"}
    assert dec == {"period_start": "2026-11-01", "period_end": "2026-11-30"}
    assert list(defaults.of) == ["period"]  # only the last day is kept


def test_a_default_that_fails_fails_every_time() -> None:
    defaults, p = DefaultBinds(), ParamDef("period", "date_range", default="whenever suits")
    for _ in range(2):
        with pytest.raises(UserFacingError):
            defaults.write(p, TODAY, {})
    assert "period" not in defaults.of
