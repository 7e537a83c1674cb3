"""Numbers by meaning, the same in the terminal and in Slack; Slack markup undone for the terminal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bot.cli.terminal import plain, render_table
from bot.language.value_words import format_value, is_identifier_column
from bot.slack.rendering.blocks import table


def test_identifiers_and_years_have_no_separators() -> None:
    for column in ("customer_id", "id", "year", "orderYear", "zip", "phone_number", "sku"):
        assert is_identifier_column(column), column
    for column in ("orders", "revenue", "count", "avg_order_value", "ids_seen_total"):
        assert not is_identifier_column(column), column
    assert format_value(21440, "customer_id") == "21440"
    assert format_value(2026, "year") == "2026"
    assert format_value(2026.0, "fiscal_year") == "2026"


def test_counts_and_money_have_separators() -> None:
    assert format_value(12480, "orders") == "12,480"
    assert format_value(29265.391, "revenue") == "29,265.39"
    assert format_value(Decimal("1234.5"), "amount") == "1,234.50"
    assert format_value(0.25, "rate") == "0.25"
    assert format_value(None, "x") == "—" and format_value(None, "x", empty="") == ""
    assert format_value(True) == "yes" and format_value(float("nan")) == "—"
    assert format_value(dt.date(2026, 11, 22)) == "2026-11-22"


def test_terminal_and_slack_tables_agree() -> None:
    columns = ["customer_id", "year", "orders", "revenue"]
    rows = [(2144, 2026, 13500, 29265.39)]
    text = render_table(columns, rows)
    block = table(columns, rows)
    slack_cells = [c["text"] for c in block["rows"][1]]
    assert slack_cells == ["2144", "2026", "13,500", "29,265.39"]
    for cell in slack_cells:
        assert cell in text


def test_plain_undoes_slack_markup() -> None:
    assert plain("<@U0ALICE001> closed it") == "@U0ALICE001 closed it"
    assert plain("owner <@U0ALICE001|alice> in <#C0FIN0001|finance>") == "owner @alice in #finance"
    assert plain("see <https://x.example/a|the doc>") == "see the doc (https://x.example/a)"
    assert plain("<!here> &lt;b&gt;") == "@here <b>"
