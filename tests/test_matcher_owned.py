"""The verb "own" said of data ("who owns card 548…", "cards owned by each customer") is no
request for work against a query whose own words name what is owned (bot.matching.owned_data);
said of work ("who owns the cards pipeline") it still is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.matching.matcher import clear_index_cache, match
from bot.matching.owned_data import owned_things
from tests.support import library_of

TODAY = date(2026, 12, 4)

CARDS = (
    "title: Card directory\n"
    "description: One row per card, its number, type and the customer who holds it.\n"
    "examples: [details of card 4000123412341234, cards of customer 12]\n"
    "keywords: [card, cards, card number, card type, customer, customers, holder]\n"
    "params:\n"
    "  card_number: {type: string, optional: true, pattern: '^[0-9]{12,19}$', label: card number}\n"
    "  customer_id: {type: int, optional: true, min: 1, label: customer id}",
    "SELECT c.card_number, c.card_type, c.customer_id, u.name AS customer_name\n"
    "FROM cards AS c JOIN customers AS u ON u.id = c.customer_id WHERE 1 = 1\n"
    "{% if card_number %}AND c.card_number = :card_number{% endif %}\n"
    "{% if customer_id %}AND c.customer_id = :customer_id{% endif %}",
)
FLIGHTS = (
    "title: Flights flown\n"
    "description: One row per flight, its origin, destination and distance.\n"
    "examples: [flights from Boston, longest flights]\n"
    "keywords: [flight, flights, origin, destination, distance]",
    "SELECT f.flight_no, f.origin, f.destination, f.distance FROM flights AS f",
)


def test_the_things_owned_are_read_from_the_words() -> None:
    assert owned_things("who owns card", has_id=True) == [("card",)]
    assert owned_things("who owns card", has_id=False) == []
    assert owned_things("the cards owned by each customer") == [("card", "customer")]
    assert owned_things("who owns the cards pipeline") == []
    assert owned_things("how do i add my own query") == []


@pytest.mark.parametrize(
    "text",
    ["who owns card 4000123412341234", "show the cards owned by each customer"],
)
def test_own_said_of_data_runs_the_query(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.owned_data as OD

    lib = library_of(tmp_path / "lib", {"card_directory": CARDS, "flights": FLIGHTS})
    clear_index_cache()
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "card_directory"), d
    monkeypatch.setattr(OD, "OWNED_DATA_NO_CUE", False)
    assert match(text, lib, TODAY).status == "unmatched"


def test_own_said_of_work_stays_a_ticket(tmp_path: Path) -> None:
    lib = library_of(tmp_path / "lib", {"card_directory": CARDS, "flights": FLIGHTS})
    clear_index_cache()
    for text in ("who owns the cards pipeline?", "who owns the card query?"):
        assert match(text, lib, TODAY).status == "unmatched", text
