"""Which of several overlapping queries a request asks for, continued: what a request sums
or counts, read against what each SQL body returns. Synthetic libraries written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import sql_words
from bot.matching.matcher import clear_index_cache, match

TODAY = dt.date(2026, 12, 4)

_PAYMENTS = (
    """title: Payments
description: Every payment, newest first, with the customer, the clerk and the amount.
examples:
  - latest payments
  - payments over 10 dollars
keywords: [payment, payments, paid, amount, amounts, customer, clerk, latest]
params: {}""",
    """SELECT p.payment_id, p.customer_id, p.clerk_id, p.amount, p.paid_at
FROM payments AS p ORDER BY p.paid_at DESC""",
)
_CLERKS = (
    """title: Clerk activity
description: One row per clerk, the payments they took and their total.
examples:
  - which clerk took the most payments
keywords: [clerk, clerks, staff, payments, taken, total]
params: {}""",
    """SELECT c.clerk_id, c.name, COUNT(p.payment_id) AS payments, SUM(p.amount) AS total
FROM clerks AS c LEFT JOIN payments AS p ON p.clerk_id = c.clerk_id
GROUP BY c.clerk_id, c.name""",
)


def test_the_total_of_all_rows_is_a_sum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"payments": _PAYMENTS, "clerk_activity": _CLERKS})
    text = "what's the total of all payments ever?"
    assert match(text, lib, TODAY).status == "unmatched"
    assert match("latest payments", lib, TODAY).query == "payments"
    monkeypatch.setattr(sql_words, "TOTAL_OF_IS_SUM", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "payments"
