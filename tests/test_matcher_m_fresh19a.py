"""Issue 10, a fresh library's wrong answers (round 19a): what two new hands' libraries showed.

Digits followed by a scale word ("over 2 million") are read as the whole figure
(entities.SCALE_WORDS_MULTIPLY); another query's sort phrase ("number of boats") is no value a
query drops (values.ORDER_CHOICES_NOT_DROPPED), nor a value that keeps an overview from
counting ("count the number of boats", one_row_counts.COUNT_WORDS_IN_VALUES); "the countries
of harbours" from a listing of harbours repeats no country (grain.OWNER_SAID_ROWS); a word that
would ask for work ("estimates") that a query's title and keywords use stays a word of the
request (request_reading.OWN_CUES_ARE_WORDS); "top 3 harbours" is the row limit even where another query
counts harbours (number_units.RANKED_LIMIT_ANY_UNIT). Small libraries written here, each behaviour with
its switch on and off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of as _library

from bot.language import entities
from bot.language.entities import find_entities
from bot.matching import grain, number_units, one_row_counts, request_reading, values
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 12, 7)

BOATS = (
    "title: Boats\n"
    "description: One row per boat with its name, harbour, owner and price. Optionally one"
    " harbour, or a price threshold (strict). Sorted by name (default) or highest price.\n"
    "examples: [list all boats with their harbour, boats in Kiel, boats priced over 50000]\n"
    "keywords: [boat, boats, vessel, vessels, name, harbour, owner, price, priced]\n"
    "params:\n"
    "  harbour: {type: string, optional: true}\n"
    "  min_price: {type: number, optional: true, min: 0, label: price above}\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [name, price]\n"
    "    default: name\n"
    "    synonyms: {alphabetical: name, highest price: price}",
    "SELECT b.name, b.harbour, b.owner, b.price FROM boats AS b WHERE 1 = 1\n"
    "{% if harbour %}AND b.harbour = :harbour\n{% endif %}"
    "{% if min_price is not none %}AND b.price > :min_price\n{% endif %}"
    "ORDER BY {% if sort == 'price' %}b.price DESC{% else %}b.name{% endif %}",
)
PER_HARBOUR = (
    "title: Boats per harbour\n"
    "description: One row per harbour with how many boats it holds and their names. Most boats"
    " first (default) or by harbour name.\n"
    "examples: [how many boats in each harbour, which harbour holds the most boats]\n"
    "keywords: [per harbour, each harbour, harbours, boats, how many boats, number of boats]\n"
    "params:\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [boats, name]\n"
    "    default: boats\n"
    "    synonyms: {most boats: boats, number of boats: boats, alphabetical: name}",
    "SELECT b.harbour, COUNT(*) AS boats, STRING_AGG(b.name, ', ') AS names\n"
    "FROM boats AS b GROUP BY b.harbour\n"
    "ORDER BY {% if sort == 'name' %}b.harbour{% else %}boats DESC{% endif %}",
)
HARBOURS = (
    "title: Harbours\n"
    "description: One row per harbour with its country and number of berths. Most berths first"
    " (default) or by country.\n"
    "examples: [list the harbours and their berths, harbours sorted by number of berths]\n"
    "keywords: [harbour, harbours, port, ports, country, countries, berths, number of berths]\n"
    "params:\n"
    "  country: {type: string, optional: true}\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [berths, country]\n"
    "    default: berths\n"
    "    synonyms: {most berths: berths, alphabetical: country}\n"
    "  n: {type: int, optional: true, min: 1, max: 1000, label: how many}",
    "SELECT h.name, h.country, h.berths FROM harbours AS h WHERE 1 = 1\n"
    "{% if country %}AND h.country = :country\n{% endif %}"
    "ORDER BY {% if sort == 'country' %}h.country{% else %}h.berths DESC{% endif %}\n"
    "{% if n %}LIMIT :n{% endif %}",
)
PER_COUNTRY = (
    "title: Harbours per country\n"
    "description: One row per country with how many harbours and berths it has. Most harbours"
    " first (default) or by country.\n"
    "examples: [number of harbours per country, which country has the most berths]\n"
    "keywords: [per country, each country, by country, countries, harbours, berths]\n"
    "params:\n"
    "  sort:\n"
    "    type: choice\n"
    "    choices: [harbours, country]\n"
    "    default: harbours\n"
    "    synonyms: {most harbours: harbours, alphabetical: country}\n"
    "  min_harbours: {type: int, optional: true, min: 0, label: at least this many harbours}",
    "SELECT h.country, COUNT(*) AS harbours, SUM(h.berths) AS berths FROM harbours AS h\n"
    "GROUP BY h.country\n"
    "{% if min_harbours is not none %}HAVING COUNT(*) >= :min_harbours\n{% endif %}"
    "ORDER BY {% if sort == 'country' %}h.country{% else %}harbours DESC{% endif %}",
)
OVERVIEW = (
    "title: Marina overview\n"
    "description: One row for the whole marina with the number of boats and harbours, and the average"
    " boat price.\n"
    "examples: [marina overview, how many boats and harbours do we have]\n"
    "keywords: [overview, summary, totals, how many, number of, count, boats, harbours,"
    " average, price]",
    "SELECT (SELECT COUNT(*) FROM boats) AS boats, (SELECT COUNT(*) FROM harbours) AS harbours,\n"
    "       (SELECT AVG(price) FROM boats) AS average_price",
)
QUOTES = (
    "title: Repair estimates per boat\n"
    "description: One row per boat with how many repair estimates it has and their average"
    " amount. Most estimates first.\n"
    "examples: [number of estimates per boat, which boat has the most repair estimates]\n"
    "keywords: [per boat, each boat, repair, repairs, estimate, estimates, quote, quotes]",
    "SELECT b.name, COUNT(q.id) AS estimates, AVG(q.amount) AS average_amount\n"
    "FROM boats AS b LEFT JOIN quotes AS q ON q.boat = b.name GROUP BY b.name\n"
    "ORDER BY estimates DESC",
)


def _lib(tmp_path: Path) -> object:
    clear_index_cache()
    files = {
        "boats": BOATS,
        "boats_per_harbour": PER_HARBOUR,
        "harbours": HARBOURS,
        "harbours_per_country": PER_COUNTRY,
        "marina_overview": OVERVIEW,
        "repair_estimates": QUOTES,
    }
    return _library(tmp_path / "lib", files)


def _numbers(text: str) -> list[float]:
    return [n.value for n in find_entities(text, TODAY).numbers]


def test_scale_word_after_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _numbers("boats priced over 2.5 million") == [2_500_000]
    assert _numbers("boats priced over 3 Billion") == [3_000_000_000]
    assert _numbers("300 thousand and 12") == [300_000, 12]
    monkeypatch.setattr(entities, "SCALE_WORDS_MULTIPLY", False)
    assert _numbers("boats priced over 2.5 million") == [2.5]


def test_scale_word_binds_the_whole_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _lib(tmp_path)
    on = match("which boats are priced over 2 million", lib, TODAY)
    assert (on.query, on.params["min_price"]) == ("boats", 2_000_000)
    monkeypatch.setattr(entities, "SCALE_WORDS_MULTIPLY", False)
    off = match("which boats are priced over 2 million", lib, TODAY)
    assert off.params.get("min_price") == 2


def test_count_said_with_another_querys_sort_phrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = _lib(tmp_path)
    text = "Count the number of boats."
    on = match(text, lib, TODAY)
    assert (on.status, on.query) == ("matched", "marina_overview")
    monkeypatch.setattr(one_row_counts, "COUNT_WORDS_IN_VALUES", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query != "marina_overview"


def test_sort_phrase_is_no_dropped_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _lib(tmp_path)
    text = "Count the number of boats."
    assert "number of boats" not in match(text, lib, TODAY).ignored
    monkeypatch.setattr(values, "ORDER_CHOICES_NOT_DROPPED", False)
    clear_index_cache()
    assert "number of boats" in match(text, lib, TODAY).ignored


def _score(decision: object, query: str) -> float:
    return next(c.score for c in decision.candidates if c.query == query)  # type: ignore[attr-defined]


def test_column_of_the_listings_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _lib(tmp_path)
    text = "List all countries of harbours in alphabetical order."
    on = _score(match(text, lib, TODAY), "harbours")
    monkeypatch.setattr(grain, "OWNER_SAID_ROWS", False)
    clear_index_cache()
    off = _score(match(text, lib, TODAY), "harbours")
    assert on > off + 0.25


def test_work_word_of_the_librarys_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(request_reading, "OWN_CUES_ARE_WORDS", True)  # ships off
    lib = _lib(tmp_path)
    text = "no. of estimates per boat"
    on = match(text, lib, TODAY)
    assert (on.status, on.query, on.candidates[1].score) == ("matched", "repair_estimates", 0.0)
    monkeypatch.setattr(request_reading, "OWN_CUES_ARE_WORDS", False)
    clear_index_cache()
    off = match(text, lib, TODAY)
    assert off.confidence < on.confidence and off.candidates[1].score > 0.1


def test_top_n_rows_whatever_their_unit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = _lib(tmp_path)
    text = "top 3 harbours by berths"
    on = match(text, lib, TODAY)
    assert (on.status, on.query, on.params["n"]) == ("matched", "harbours", 3)
    monkeypatch.setattr(number_units, "RANKED_LIMIT_ANY_UNIT", False)
    clear_index_cache()
    assert match(text, lib, TODAY).status != "matched"
