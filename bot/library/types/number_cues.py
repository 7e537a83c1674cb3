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
