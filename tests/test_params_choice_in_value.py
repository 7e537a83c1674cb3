"""A grouping choice said only inside another parameter's value ("type Product Failure" holds
the word "product") or naming the parameter a value is given for ("Product Failure type"): the
rows are per the choice said elsewhere ("for each status"). On a small library written here,
each switch off shows it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.library.types import choice_in_value
from bot.matching.matcher import match

TODAY = dt.date(2026, 11, 22)

BREAKDOWN = (
    """title: Tickets breakdown
description: Support tickets counted by status (default), type or product (`by`).
keywords: [tickets, how many tickets, number of tickets, per, each, by, status, type, product]
params:
  by:
    type: choice
    choices: [status, type, product]
    default: status
    synonyms: {statuses: status, types: type, products: product}
  ticket_type:
    type: choice
    optional: true
    choices: [Product Fault, Billing Issue]
    synonyms: {fault: Product Fault, billing: Billing Issue}""",
    """SELECT {% if by == 'type' %}t.kind{% elif by == 'product' %}t.product{% else %}t.status
{% endif %} AS grp, COUNT(*) AS tickets FROM tickets AS t WHERE 1 = 1
{% if ticket_type %}AND t.kind = :ticket_type{% endif %} GROUP BY 1 ORDER BY tickets DESC""",
)


def test_a_choice_word_inside_another_value_is_that_value_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ticket_breakdown": BREAKDOWN})
    said = "number of tickets of type Product Fault for each status"
    d = match(said, lib, TODAY)
    assert (d.params["by"], d.params["ticket_type"]) == ("status", "Product Fault")
    # a choice said on its own still groups
    assert match("number of tickets per product", lib, TODAY).params["by"] == "product"
    monkeypatch.setattr(choice_in_value, "CHOICE_IN_VALUE_IS_THE_VALUES", False)
    monkeypatch.setattr(choice_in_value, "HELD_CHOICE_GIVES_WAY", False)
    assert match(said, lib, TODAY).params["by"] != "status"


def test_a_choice_naming_a_held_parameter_gives_way_to_another_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library_of(tmp_path / "lib", {"ticket_breakdown": BREAKDOWN})
    said = "tickets with Product Fault type for each status"
    assert match(said, lib, TODAY).params["by"] == "status"
    # nothing else said: the held parameter's choice stays
    assert match("tickets of Billing Issue type by type", lib, TODAY).params["by"] == "type"
    monkeypatch.setattr(choice_in_value, "HELD_CHOICE_GIVES_WAY", False)
    assert match(said, lib, TODAY).params["by"] != "status"
