"""Issue 10, a fresh library's wrong answers (round 16): what a new hand's library showed.

Bounds on one column that leave no row ("more than 300 or fewer than 100") are a ticket
(empty_range.EMPTY_RANGE_TICKET); a choice read only after the last ORDER BY is no filter
(sort_only.SORT_ONLY_CHOICES_NOT_FILTERS); a singular head ranked by a superlative binds an
unset row limit to 1 (one_best.ONE_BEST_ROW); a known value said in the plural names it
(value_plurals.PLURAL_VALUES); "ascending" said against the bound sort picks the choice
ordering the same key that way (way_flip.WAY_PICKS_CHOICE, shipped off). Small libraries written here,
each behaviour with its switch on and off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.matching import (
    either_values,
    empty_range,
    grand_total,
    one_best,
    sort_only,
    value_plurals,
    way_flip,
)
from bot.matching.grand_total import one_row
from bot.matching.matcher import clear_index_cache, match
from bot.matching.sort_only import sorts_only

TODAY = date(2026, 11, 22)

PORTS = (
    "title: Ports\n"
    "description: One row per port with its kind, berths and tonnage handled. Optionally one"
    " kind, more or fewer berths than a number. Most berths first, or by name.\n"
    "examples: [list the ports with their berths, ports with more than 40 berths]\n"
    "keywords: [port, ports, harbour, harbours, marina, marinas, berths, kind, tonnage]\n"
    "params:\n"
    "  kind: {type: string, optional: true, label: port kind, values: [Harbour, Marina]}\n"
    "  min_berths: {type: number, optional: true, label: berths above}\n"
    "  max_berths: {type: number, optional: true, label: berths below}\n"
    "  sort: {type: choice, choices: [berths, name], default: berths}\n"
    "  n: {type: int, optional: true, min: 1, max: 1000, label: how many}",
    "SELECT p.name, p.kind, p.berths, p.tonnage FROM ports AS p WHERE 1 = 1\n"
    "{% if kind %}AND p.kind = :kind\n{% endif %}"
    "{% if min_berths is not none %}AND p.berths > :min_berths\n{% endif %}"
    "{% if max_berths is not none %}AND p.berths < :max_berths\n{% endif %}"
    "ORDER BY {% if sort == 'name' %}p.name{% else %}p.berths DESC{% endif %}\n"
    "{% if n %}LIMIT :n{% endif %}",
)
VESSELS = (
    "title: Vessels\n"
    "description: One row per vessel with its launch year and tonnage.\n"
    "examples: [list of vessels, vessels by tonnage]\n"
    "keywords: [vessel, vessels, boat, boats, launch year]\n"
    "params:\n"
    "  sort: {type: choice, choices: [year, tonnage], default: year}\n"
    "  direction:\n"
    "    type: choice\n"
    "    choices: [desc, asc]\n"
    "    optional: true\n"
    "    synonyms: {descending: desc, ascending: asc}",
    "SELECT v.name, v.year, v.tonnage FROM vessels AS v\n"
    "ORDER BY {% if sort == 'tonnage' %}v.tonnage{% else %}v.year{% endif %}"
    "{% if direction == 'desc' %} DESC{% endif %}",
)
KINDS = (
    "title: Ports by kind\n"
    "description: Per port kind, how many ports and their berths. Most ports first.\n"
    "examples: [how many ports of each kind, which kind of port is most common]\n"
    "keywords: [kind, kinds, per kind, each kind, common, frequency]\n"
    "params:\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [most_ports, fewest_ports]\n"
    "    default: most_ports\n"
    "    synonyms: {most common: most_ports, frequency: most_ports, rarest: fewest_ports}",
    "SELECT p.kind, COUNT(*) AS ports, SUM(p.berths) AS berths FROM ports AS p GROUP BY p.kind\n"
    "ORDER BY {% if sort == 'fewest_ports' %}ports, p.kind{% else %}ports DESC, p.kind"
    "{% endif %}",
)


def _lib(tmp_path: Path) -> object:
    clear_index_cache()
    return _library(tmp_path / "lib", {"ports": PORTS, "vessels": VESSELS, "port_kinds": KINDS})


def test_bounds_leaving_no_row_are_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    text = "names of ports with more than 300 berths or fewer than 100 berths"
    assert match(text, lib, TODAY).status == "unmatched"
    ok = match("names of ports with more than 100 berths and fewer than 300 berths", lib, TODAY)
    assert (ok.status, ok.params["min_berths"], ok.params["max_berths"]) == (
        "matched",
        100,
        300,
    )
    monkeypatch.setattr(empty_range, "EMPTY_RANGE_TICKET", False)
    # the two bounds joined by "or" are a ticket of their own (either_values), off here too
    monkeypatch.setattr(either_values, "SECOND_CONDITION_IN_VIEW", False)
    clear_index_cache()
    off = match(text, lib, TODAY)
    assert (off.status, off.query) == ("matched", "ports")


def test_choice_read_after_order_by_is_no_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    vessels, ports = lib.get("vessels"), lib.get("ports")
    direction = next(p for p in vessels.params if p.name == "direction")
    kind = next(p for p in ports.params if p.name == "kind")
    assert sorts_only(vessels, direction)
    assert not sorts_only(ports, kind)
    monkeypatch.setattr(sort_only, "SORT_ONLY_CHOICES_NOT_FILTERS", False)
    assert not sorts_only(vessels, direction)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("name of the port with the most berths", 1),
        ("which port has the most berths", 1),
        ("the ports with the most berths", None),
        ("list the ports by berths", None),
    ],
)
def test_one_best_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, want: int | None
) -> None:
    lib = _lib(tmp_path)
    got = match(text, lib, TODAY)
    assert (got.query, got.params.get("n")) == ("ports", want)
    monkeypatch.setattr(one_best, "ONE_BEST_ROW", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("n") is None


def test_value_said_in_the_plural(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _lib(tmp_path)
    got = match("list the marinas with their berths", lib, TODAY)
    assert (got.query, got.params.get("kind")) == ("ports", "Marina")
    monkeypatch.setattr(value_plurals, "PLURAL_VALUES", False)
    clear_index_cache()
    assert match("list the marinas with their berths", lib, TODAY).params.get("kind") is None


def test_plural_forms() -> None:
    assert value_plurals.singulars("marinas") == ["marina"]
    assert value_plurals.singulars("cities")[0] == "city"
    assert value_plurals.singulars("class") == []
    assert value_plurals.singulars("bus") == []


def test_way_said_picks_the_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _lib(tmp_path)
    monkeypatch.setattr(way_flip, "WAY_PICKS_CHOICE", True)  # shipped off: on here
    text = "port kinds, ascending by frequency"
    got = match(text, lib, TODAY)
    assert (got.query, got.params.get("sort")) == ("port_kinds", "fewest_ports")
    monkeypatch.setattr(way_flip, "WAY_PICKS_CHOICE", False)
    clear_index_cache()
    assert match(text, lib, TODAY).params.get("sort") == "most_ports"


OVERVIEW_SQL = (
    "SELECT COUNT(*) AS ports, SUM(p.berths) AS berths,\n"
    "       (SELECT COUNT(DISTINCT v.port) FROM vessels AS v) AS ports_with_vessels\n"
    "FROM ports AS p"
)


def test_aggregates_with_a_scalar_subquery_are_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    assert one_row(OVERVIEW_SQL)
    assert not one_row("SELECT p.name, (SELECT COUNT(*) FROM vessels AS v) AS n FROM ports AS p")
    monkeypatch.setattr(grand_total, "MIXED_SCALARS_ONE_ROW", False)
    assert not one_row(OVERVIEW_SQL)
