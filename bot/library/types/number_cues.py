"""The words that announce a number parameter: its own cues among its query's other number
parameters, whether it bounds a count of things, whether it holds a share, and whether a text
parameter is there to take "name 337".
"""

from __future__ import annotations

from bot.language.entities import name_direction
from bot.language.textnorm import stem
from bot.library.types import base
from bot.library.types.base import ParamDef, param_cues
from bot.library.types.compound_cues import head_cues

NAME_WORDS = {"name", "named", "called", "titled"}
# "low stock items priced under $20": an amount of money is no value of a whole-number parameter
# whose own words name no money (a stock threshold): a bound the query cannot take.
MONEY_NEEDS_MONEY_WORDS = True
_MONEY_WORDS = frozenset(
    stem(w)
    for w in [
        "price",
        "amount",
        "cost",
        "revenue",
        "sales",
        "spend",
        "spent",
        "paid",
        "pay",
        "payment",
        "salary",
        "wage",
        "budget",
        "fee",
        "fare",
        "charge",
        "value",
        "worth",
        "income",
        "earnings",
        "balance",
        "money",
        "dollar",
        "dollars",
        "usd",
        "eur",
        "euro",
        "gbp",
        "profit",
        "margin",
        "rent",
        "loan",
        "debt",
        "tax",
        "capital",
        "assets",
        "funding",
        "gross",
        "net",
        "total",
        "bill",
        "invoice",
        "refund",
        "mrr",
        "arr",
        "aov",
        "gmv",
    ]
)


def names_no_money(param: ParamDef, cues: set[str], whole: bool) -> bool:
    """`param` is a whole number whose words (`cues`, its own and its query's) name no money."""
    words = {stem(w) for c in cues for w in c.split()} | set(cues)
    return MONEY_NEEDS_MONEY_WORDS and whole and not words & _MONEY_WORDS


def counts_things(param: ParamDef) -> bool:
    """Whether `param` bounds a count of things: a plural in its name ("min_wines") or "how
    many" / "number of" in its label."""
    parts = [w for w in param.name.lower().split("_") if not name_direction(w)]
    label = param.label.lower()
    return any(len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in parts) or (
        "many" in label.split() or "number of" in label
    )


def names_taken(ctx: base.WordsContext) -> bool:
    """Whether a text parameter for a name ("account_name") is there to take "name 337"."""
    return any(
        not o.kind.is_numeric and not o.choices and param_cues(o) & NAME_WORDS for o in ctx.siblings
    )


def cues_of(param: ParamDef, ctx: base.WordsContext) -> set[str]:
    """`param`'s cues with its compound name's head the header says ("room" of `classroom`)."""
    return param_cues(param) | head_cues(param, ctx.header)


def own_cues(param: ParamDef, ctx: base.WordsContext) -> set[str]:
    """The words that announce `param` and no other numeric parameter of its query
    ("price" for price_above, not the "higher" it shares with score_above)."""
    cues = cues_of(param, ctx)
    shared: set[str] = set()
    for other in ctx.siblings:
        if other is not param and other.kind.is_numeric:
            shared |= cues_of(other, ctx)
    return cues - shared or cues


# Words of a parameter that holds a share ("min_rate", "discount_pct"): it may take "10%".
SHARE_WORDS = {
    stem(w)
    for w in ("percent", "pct", "percentage", "rate", "share", "ratio", "proportion", "fraction")
}
