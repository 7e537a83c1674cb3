"""Rules found on the starter library worded by others (issue 10, m-starter23): "zero stock" and
"out of stock" keep the rows at zero of a `stock < :threshold` query, and a query chosen only by
a value whose words its keywords say ("signups from the android app" for app usage) is no
answer about the request's subject. Each test runs with its switch on and off, on a small
library built here."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from support import REPO_ROOT
from support import library_of as _library

from bot.library.loader import load_library
from bot.matching import excluded_values, none_left, values_chose
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

SHELF = (
    "title: Short shelves\nkeywords: [shelf, shelves, short, running low, empty]\n"
    "examples: [which shelves are running low, shelves under 4 boxes]\n"
    "params:\n  threshold: {type: int, default: 10, min: 0, label: box threshold}",
    "SELECT shelf_id, boxes FROM shelves WHERE boxes < :threshold ORDER BY boxes",
)
SHELF_AT_MOST = (
    SHELF[0],
    "SELECT shelf_id, boxes FROM shelves WHERE boxes <= :threshold ORDER BY boxes",
)
VISITS = (
    "title: Daily visitors\nkeywords: [visitors, visits, kiosk, daily, usage]\n"
    "examples: [visitors per day last week, kiosk usage in October]\n"
    "params:\n  period: {type: date_range, default: last 30 days}\n"
    "  device:\n    type: choice\n    choices: [tablet, phone]\n    optional: true\n"
    "    synonyms: {tablet kiosk: tablet, phone kiosk: phone}",
    "SELECT visit_date, device, COUNT(DISTINCT visitor_id) AS visitors FROM visits "
    "WHERE visit_date BETWEEN :period_start AND :period_end "
    "{% if device %}AND device = :device{% endif %} GROUP BY 1, 2",
)
MEMBERS = (
    "title: New members\nkeywords: [members, memberships, joined, new members]\n"
    "examples: [new members last month, how many members joined this week]\n"
    "params:\n  period: {type: date_range, default: last month}",
    "SELECT joined_on, COUNT(*) AS members FROM members "
    "WHERE joined_on BETWEEN :period_start AND :period_end GROUP BY 1",
)


def _run(tmp: Path, files: dict[str, tuple[str, str]], text: str):  # type: ignore[no-untyped-def]
    clear_index_cache()
    return match(text, _library(tmp, files), TODAY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("every shelf we have zero boxes on", 1),
        ("shelves out of boxes", 1),
        ("shelves with nothing in boxes", 1),
        ("shelves almost out of boxes", 10),  # close to none is the default, not none
        ("shelves out of boxes or under 5", 5),  # a number said is the bound
    ],
)
def test_none_left_keeps_the_rows_at_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, want: int
) -> None:
    d = _run(tmp_path / "on", {"shelf": SHELF}, text)
    assert (d.status, d.query, d.params.get("threshold")) == ("matched", "shelf", want)
    monkeypatch.setattr(none_left, "NONE_LEFT_KEEPS_ZERO", False)
    d = _run(tmp_path / "off", {"shelf": SHELF}, text)
    if want == 1:
        assert d.params.get("threshold") != 1


def test_none_left_is_zero_for_an_inclusive_bound(tmp_path: Path) -> None:
    d = _run(tmp_path / "lib", {"shelf": SHELF_AT_MOST}, "shelves out of boxes")
    assert (d.query, d.params.get("threshold")) == ("shelf", 0)


def test_a_value_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    # the starter library: daily active users' keywords say "app", as its synonym "android app"
    lib = load_library(REPO_ROOT / "queries")
    text = "signups from the android app last month"
    clear_index_cache()
    assert match(text, lib, TODAY).status == "unmatched"  # app usage cannot count signups
    monkeypatch.setattr(values_chose, "VALUE_WORDS_NOT_SUBJECT", False)
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "daily_active_users")
    clear_index_cache()


def test_a_value_is_still_the_subject_of_its_own_query() -> None:
    lib = load_library(REPO_ROOT / "queries")
    clear_index_cache()
    d = match("daily active users on the android app last week", lib, TODAY)
    assert (d.status, d.query, d.params.get("platform")) == (
        "matched",
        "daily_active_users",
        "android",
    )


def test_a_keyword_outside_the_value_still_counts(tmp_path: Path) -> None:
    files = {"visits": VISITS, "members": MEMBERS}
    d = _run(tmp_path / "lib", files, "kiosk visitors on the tablet kiosk last week")
    assert (d.status, d.query, d.params.get("device")) == ("matched", "visits", "tablet")


SALES = (
    "title: Fruit sales\ndescription: Crates sold per fruit; spoiled crates are left out.\n"
    "keywords: [sales, sold, fruit, crates]\n"
    "examples: [fruit sales last month, crates sold per fruit this week]\n"
    "params:\n  period: {type: date_range, default: last month}\n"
    "  fruit:\n    type: choice\n    choices: [apples, pears]\n    optional: true",
    "SELECT fruit, COUNT(*) AS crates FROM crates WHERE state NOT IN ('spoiled') "
    "AND sold_on BETWEEN :period_start AND :period_end "
    "{% if fruit %}AND fruit = :fruit{% endif %} GROUP BY 1",
)
BY_STATE = (
    "title: Crates by state\nkeywords: [state, states, how many, count]\n"
    "examples: [crates per state last week, how many crates are fresh]\n"
    "params:\n  period: {type: date_range, default: last 7 days}\n"
    "  state:\n    type: choice\n    choices: [fresh, spoiled]\n    optional: true",
    "SELECT state, COUNT(*) AS crates FROM crates "
    "WHERE sold_on BETWEEN :period_start AND :period_end "
    "{% if state %}AND state = :state{% endif %} GROUP BY 1",
)


def test_excluded_literals_are_read_from_the_sql() -> None:
    sql = "WHERE o.status NOT IN ('cancelled', 'returned') AND kind <> 'test'"
    assert excluded_values.excluded_literals(sql) == {"cancelled", "returned", "test"}
    assert excluded_values.excluded_literals("WHERE status = 'paid'") == frozenset()


def test_a_value_the_sql_leaves_out_is_a_dropped_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"sales": SALES, "by_state": BY_STATE}
    text = "how many apples crates sold were spoiled last week"
    d = _run(tmp_path / "on", files, text)
    assert d.query != "sales"  # it counts no spoiled crate
    monkeypatch.setattr(excluded_values, "EXCLUDED_VALUE_DROPPED", False)
    d = _run(tmp_path / "off", files, text)
    assert (d.status, d.query) == ("matched", "sales")


def test_a_value_said_left_out_is_what_the_query_does() -> None:
    query = SimpleNamespace(sql=SALES[1])

    def said(text: str) -> list[str]:
        s = text.index("spoiled")
        named = [("spoiled", s, s + len("spoiled"), frozenset({"by_state"}))]
        return excluded_values.excluded_said(query, named, {}, text, lambda k: {k})  # type: ignore[arg-type]

    assert said("apples crates sold that were spoiled") == ["spoiled"]
    assert said("apples crates sold excluding spoiled ones") == []
    assert said("apples crates sold, net of spoiled ones") == []
