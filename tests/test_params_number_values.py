"""Numbers that are known values of text parameters (bot.matching.number_values), on a small
library written here: each test fails with its switch off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import library_of

from bot.library.value_keys import value_keys
from bot.matching.matcher import clear_index_cache, match

TODAY = date(2026, 11, 22)

ACCOUNTS = (
    "title: Account directory\n"
    "description: Every account with its name, tier and holder; optionally one account by\n"
    "  its name.\n"
    "examples: [account details for account 541, which accounts are gold tier]\n"
    "keywords: [account, accounts, account name, tier, holder, details]\n"
    "params:\n"
    "  account_name: {type: string, optional: true, label: account name}",
    "SELECT account_name, tier, customer_id FROM accounts\n"
    "WHERE 1 = 1 {% if account_name %}AND account_name = :account_name{% endif %}",
)
CUSTOMERS = (
    "title: Customer directory\n"
    "description: Every customer with first and last name, phone, how many accounts and\n"
    "  cards; optionally by first name, or holding at least some number of cards.\n"
    "examples: [phone of customer Nat, customers with 3 or more cards]\n"
    "keywords: [customer, customers, first name, last name, name, phone, accounts, cards,\n"
    "  details, holder]\n"
    "params:\n"
    "  first_name: {type: string, optional: true, label: first name}\n"
    "  min_cards: {type: int, optional: true, min: 1, label: at least this many cards}",
    "SELECT first_name, last_name, phone, n_accounts, n_cards FROM customers\n"
    "WHERE 1 = 1 {% if first_name %}AND first_name = :first_name{% endif %}\n"
    "{% if min_cards %}AND n_cards >= :min_cards{% endif %}",
)


def _library(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = library_of(tmp_path / "lib", {"account_directory": ACCOUNTS, "customers": CUSTOMERS})
    lib.known_values = {
        "account_directory": {"account_name": ["338", "162", "858"]},
        "customers": {"first_name": ["Nat", "Aniyah", "Bryce"]},
    }
    clear_index_cache()
    return lib


def test_a_number_stored_as_a_text_value_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matching.number_values as NV

    lib = _library(tmp_path)
    d = match("show other account details for the account with name 338", lib, TODAY)
    assert (d.status, d.query, d.params) == (
        "matched",
        "account_directory",
        {"account_name": "338"},
    )
    # a quantity stays a quantity: a number after a bound word is no value
    d = match("customers with more than 338 cards", lib, TODAY)
    assert (d.query, d.params["min_cards"]) == ("customers", 339)
    # "162" is an account name: the customer query would read it as a first name, so it is
    # not run with it (a ticket that says what was not used)
    d = match("first name and phone of the customer with account name 162", lib, TODAY)
    assert (d.status, d.ignored) == ("unmatched", ["162"])
    monkeypatch.setattr(NV, "NUMBERS_NAME_VALUES", False)
    clear_index_cache()
    # without it, a value another parameter knows still does not run in a parameter that lacks
    # it (bot.matching.misplaced_value) ...
    d = match("first name and phone of the customer with account name 162", lib, TODAY)
    assert d.status != "matched"
    # ... and without both, "162" ran as a first name
    import bot.matching.misplaced_value as MPV

    monkeypatch.setattr(MPV, "MISPLACED_KNOWN_VALUE", False)
    clear_index_cache()
    d = match("first name and phone of the customer with account name 162", lib, TODAY)
    assert (d.query, d.params.get("first_name")) == ("customers", "162")


def test_numbers_of_three_digits_or_more_are_kept_as_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.library.value_keys as VK

    known = {"q": {"name": ["338", "12", "Nat"]}}
    assert set(value_keys(known)) == {"338", "nat"}
    monkeypatch.setattr(VK, "NUMBER_KEYS", False)
    assert set(value_keys(known)) == {"nat"}
