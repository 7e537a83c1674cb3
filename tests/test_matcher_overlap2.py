"""Which of several overlapping queries a request asks for, continued: what a request sums
or counts, read against what each SQL body returns. Synthetic libraries written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import grain, result_fit, sql_words
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


_CATALOG = (
    """title: Game catalogue
description: Every video game we license, with its title and genre.
examples:
  - what games do we have
  - list our strategy titles
keywords: [game, games, video game, title, titles, genre, genres, type, types, catalogue,
           how many, count, exist]
params:
  genre: {type: string, optional: true, label: genre}""",
    """SELECT g.GameID AS game_id, g.GName AS game, g.GType AS game_type FROM Video_Games AS g
WHERE 1 = 1
{% if genre %}AND g.GType = :genre
{% endif %}ORDER BY g.GName""",
)
_PER_TYPE = (
    """title: Games per genre
description: One row per genre with its number of titles.
examples:
  - titles per genre
keywords: [genre, per genre, breakdown]
params: {}""",
    """SELECT g.GType AS game_type, COUNT(*) AS titles FROM Video_Games AS g
GROUP BY g.GType ORDER BY titles DESC""",
)


def test_a_count_of_another_grain_is_not_read_off_a_listing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"game_catalog": _CATALOG, "games_per_type": _PER_TYPE})
    text = "how many video game types exist?"
    assert match(text, lib, TODAY).query != "game_catalog"
    assert match("how many games exist?", lib, TODAY).query == "game_catalog"
    monkeypatch.setattr(grain, "COUNTED_HEAD_GRAIN", False)
    clear_index_cache()
    assert match(text, lib, TODAY).query == "game_catalog"


_TREND = (
    """title: Signup trend
description: New accounts, one row per period.
examples:
  - signup trend
  - how are signups trending
keywords: [signups, signup, new accounts, trend]
params: {}""",
    """WITH m AS (
    SELECT date_trunc('month', created_at) AS period_start, COUNT(*) AS signups
    FROM accounts GROUP BY 1
)
SELECT period_start, signups FROM m ORDER BY period_start""",
)
_BY_REGION = (
    """title: Revenue by region
description: Revenue per region.
examples:
  - revenue by region
keywords: [revenue, region]
params: {}""",
    "SELECT region, SUM(amount) AS revenue FROM orders GROUP BY region",
)


def test_per_month_from_a_date_truncated_inside_a_with_clause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", {"signup_trend": _TREND, "revenue": _BY_REGION})
    assert match("signups per month", lib, TODAY).query == "signup_trend"
    assert match("signups per week", lib, TODAY).status == "unmatched"
    monkeypatch.setattr(result_fit, "TRUNCATED_UNITS_SPLIT", False)
    clear_index_cache()
    assert match("signups per month", lib, TODAY).status == "unmatched"
