"""A request the best-scoring query would drop a breakdown of (a ticket), while a query above the
threshold says every word the best one says and more and takes everything said
(MORE_WORDS_TAKE_ALL, issue 10): that query answers. On a small library written here, with the
rule switched off to show it is the rule that does it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support import library_of

from bot.matching import near_ties
from bot.matching.matcher import clear_index_cache, match

TODAY = dt.date(2026, 11, 22)

SHARE = (
    """title: Sales
description: Each shop's share of the combined sales of all shops, in percent, with the
  running share, biggest first (concentration).
examples:
  - how concentrated are our sales
  - share of sales per outlet in percent
  - total sales split
  - what part of the total sales comes from the top sellers
keywords: [sales, total, share, percent, percentage, concentration, pareto, cumulative, portion]
params: {}""",
    """SELECT name, sales, ROUND(100.0 * sales / SUM(sales) OVER (), 1) AS share_pct
FROM shops ORDER BY sales DESC""",
)

SHOPS = (
    """title: Shops
description: Every shop with its town, owner and annual sales; optionally one town or a sales
  range; highest sales first by default.
examples:
  - list our outlets with their turnover
  - stores in a given town
keywords: [shop, shops, store, stores, outlet, outlets, retailer, retailers, branch, branches,
           town, city, owner, owned, sales, turnover, biggest, largest, smallest, ranking, list]
params:
  town: {type: string, optional: true, label: town}
  min_sales: {type: number, optional: true, min: 0, label: sales at least}
  sort:
    type: choice
    choices: [highest_sales, name]
    default: highest_sales
    synonyms: {biggest: highest_sales, alphabetical: name}""",
    """SELECT name, town, owner, sales FROM shops WHERE 1 = 1
{% if town %}AND town = :town{% endif %}
{% if min_sales %}AND sales >= :min_sales{% endif %}
ORDER BY {% if sort == 'name' %}name{% else %}sales DESC{% endif %}""",
)

TOWNS = (
    """title: Shops per town
description: One row per town with how many shops are there and their combined sales.
keywords: [town, towns, shop, shops, store, stores, per town, how many]
params: {}""",
    """SELECT town, COUNT(*) AS shops, SUM(sales) AS sales FROM shops GROUP BY town""",
)

OWNERS = (
    """title: Shop owners
description: Every owner with the shops they own.
keywords: [owner, owners, shop, shops, store, stores, who owns]
params: {}""",
    """SELECT owner, name FROM shops ORDER BY owner, name""",
)

ASKS = ["What is the total sales of each shop?", "Find the total sales for each shop."]


LIBRARY = {"sales_share": SHARE, "shop_list": SHOPS, "shops_per_town": TOWNS, "owners": OWNERS}


@pytest.mark.parametrize("text", ASKS)
def test_the_query_saying_more_words_and_taking_the_breakdown_answers(
    tmp_path: Path, text: str
) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", LIBRARY)
    d = match(text, lib, TODAY)
    assert (d.status, d.query) == ("matched", "shop_list")


@pytest.mark.parametrize("text", ASKS)
def test_without_the_rule_it_is_a_ticket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    clear_index_cache()
    monkeypatch.setattr(near_ties, "MORE_WORDS_TAKE_ALL", False)
    lib = library_of(tmp_path / "lib", LIBRARY)
    assert match(text, lib, TODAY).status == "unmatched"


def test_the_share_still_answers_a_share(tmp_path: Path) -> None:
    clear_index_cache()
    lib = library_of(tmp_path / "lib", LIBRARY)
    d = match("sales concentration in percent", lib, TODAY)
    assert (d.status, d.query) == ("matched", "sales_share")
