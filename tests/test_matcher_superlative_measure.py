"""A superlative said while the bound sort choice does not say it is a ticket
(bot.matching.restricted.UNREAD_SUPERLATIVE_SORT), unless that choice names what the
superlative measures or another bound choice says the superlative
(SUPERLATIVE_MEASURE_SORTS): on a small library written here, with the switches on and off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.library.model import Library
from bot.matching import restricted
from bot.matching.matcher import match
from tests.support import library_of

TODAY = date(2026, 11, 22)

PORTS = (
    """title: Port traffic
description: Each port with its passengers and freight, by name.
examples:
  - traffic of each port
  - ports by passengers
keywords: [port, ports, traffic, passengers, freight, cargo, city]
params:
  sort:
    type: choice
    choices: [name, passengers, freight]
    default: name
    synonyms: {cargo: freight, by name: name}
  direction:
    type: choice
    choices: [desc, asc]
    default: desc
    synonyms: {most: desc, fewest: asc, lowest: asc, highest: desc}""",
    "SELECT name, city, passengers, freight FROM ports ORDER BY"
    " {% if sort == 'passengers' %}passengers{% elif sort == 'freight' %}freight"
    "{% else %}name{% endif %} {% if direction == 'asc' %}ASC{% else %}DESC{% endif %}",
)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    return library_of(tmp_path / "lib", {"port_traffic": PORTS})


def _query(lib: Library):  # type: ignore[no-untyped-def]
    return next(iter(lib.queries.values()))


def test_a_choice_naming_the_measure_ranks_by_it(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = _query(lib)
    # "cargo" is a synonym of the bound `freight`: the rows are ranked by what is asked
    assert not restricted.superlative_unsorted(
        "which port moves the most cargo", q, {"sort": "freight"}
    )
    assert not restricted.superlative_unsorted(
        "the port with the highest number of passengers", q, {"sort": "passengers"}
    )
    # the bound choice names something else than what is ranked: still unsorted
    assert restricted.superlative_unsorted("the city with the most ports", q, {"sort": "name"})
    monkeypatch.setattr(restricted, "SUPERLATIVE_MEASURE_SORTS", False)
    assert restricted.superlative_unsorted(
        "which port moves the most cargo", q, {"sort": "freight"}
    )


def test_another_bound_choice_saying_the_superlative_gives_the_order(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    q = _query(lib)
    binds = {"sort": "name", "direction": "asc"}
    assert not restricted.superlative_unsorted("which port has the fewest passengers", q, binds)
    # a superlative with no measure after it names none the bound choice could miss
    assert not restricted.superlative_unsorted(
        "which port is best on the coast", q, {"sort": "name"}
    )
    monkeypatch.setattr(restricted, "SUPERLATIVE_MEASURE_SORTS", False)
    assert restricted.superlative_unsorted("which port has the fewest passengers", q, binds)


def test_the_request_is_run_or_ticketed(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    d = match("which port moves the most cargo", lib, TODAY)
    assert d.status == "matched" and d.params["sort"] == "freight"
    # without the measure read, the bound `freight` does not say "most": a ticket
    monkeypatch.setattr(restricted, "SUPERLATIVE_MEASURE_SORTS", False)
    assert match("which port moves the most cargo", lib, TODAY).status == "unmatched"
    monkeypatch.setattr(restricted, "UNREAD_SUPERLATIVE_SORT", False)
    assert match("which port moves the most cargo", lib, TODAY).status == "matched"


WINES = (
    """title: Wine list
description: Each wine with its score and price, best scored first.
examples:
  - list of wines
keywords: [wine, wines, score, price]
params:
  sort:
    type: choice
    choices: [score, price, name]
    default: score
    synonyms: {cheapest: price, alphabetical: name}""",
    "SELECT name, score, price FROM wines ORDER BY {% if sort == 'price' %}price"
    "{% elif sort == 'name' %}name{% else %}score DESC, name{% endif %}",
)


def test_a_choice_whose_branch_sorts_down_ranks_by_a_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sql = WINES[1]
    assert restricted.branch_sorts_down(sql, "sort", "score", True)
    assert not restricted.branch_sorts_down(sql, "sort", "name", False)
    assert not restricted.branch_sorts_down(sql, "sort", "score", False)
    # the default `score` sorts wines down by their score: "the highest rated wine" reads it off
    q = _query(library_of(tmp_path / "lib", {"wine_list": WINES}))
    text = "What is the name of the highest rated wine?"
    assert not restricted.superlative_unsorted(text, q, {"sort": "score"})
    assert restricted.superlative_unsorted(text, q, {"sort": "name"})
    monkeypatch.setattr(restricted, "SUPERLATIVE_MEASURE_SORTS", False)
    assert restricted.superlative_unsorted(text, q, {"sort": "score"})
