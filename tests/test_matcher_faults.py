"""A fault inside the matcher never loses a request: the request becomes a ticket (the manual
path), the fault is logged with its traceback, and a batch of requests (`match -`) goes on."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from support import library_of

from bot.matching import matcher
from bot.matching.index import MatcherIndex

TODAY = dt.date(2026, 11, 22)

ORDERS = (
    """title: Orders
description: Every order with its amount.
keywords: [order, orders, amount]""",
    "SELECT o.id, o.amount FROM orders AS o",
)


def test_a_fault_inside_the_matcher_becomes_a_ticket_and_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    library = library_of(tmp_path / "lib", {"orders": ORDERS})
    assert matcher.match("every order and its amount", library, TODAY).status == "matched"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise IndexError("tuple index out of range")

    monkeypatch.setattr(MatcherIndex, "score", broken)
    with caplog.at_level(logging.ERROR, logger="bot.matching.matcher"):
        decision = matcher.match("every order and its amount", library, TODAY)
    assert (decision.status, decision.query) == ("unmatched", None)
    assert "becomes a ticket" in caplog.text and "IndexError" in caplog.text

    monkeypatch.setattr(matcher, "FAULT_BECOMES_TICKET", False)
    with pytest.raises(IndexError):
        matcher.match("every order and its amount", library, TODAY)
