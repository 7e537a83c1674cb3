"""What a number measures, from the general English words around it: "older than 20", "aged
20" and "20 years old" are ages; "more expensive than 50" and "costs 50" a price or cost;
"heavier than 3" a weight; "3 hours long" a length or duration.

The measure is given as the stems of its nouns, to meet a parameter's own words (its name,
label and description: `age`, `min_age`, "price at most").
"""

from __future__ import annotations

from bot.language.textnorm import stem

_AGE = ("age",)
_PRICE = ("price", "cost")
_WEIGHT = ("weight",)
_HEIGHT = ("height",)
_LENGTH = ("length", "duration")
_DISTANCE = ("distance",)
_SPEED = ("speed",)
_TEMPERATURE = ("temperature",)

# A word just before a number (or before its "than"): "older than 20", "aged 20", "costs 50".
_BEFORE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["older", "younger", "aged"], _AGE),
    **dict.fromkeys(
        ["expensive", "cheaper", "pricier", "costlier", "costs", "cost", "costing", "priced"],
        _PRICE,
    ),
    **dict.fromkeys(["heavier", "lighter", "weighs", "weighing", "weighed"], _WEIGHT),
    "taller": _HEIGHT,
    **dict.fromkeys(["lasted", "lasting", "lasts", "longer", "shorter"], _LENGTH),
    **dict.fromkeys(["farther", "further"], _DISTANCE),
    **dict.fromkeys(["faster", "slower"], _SPEED),
    **dict.fromkeys(["hotter", "colder", "warmer", "cooler"], _TEMPERATURE),
}
# The word after a number's unit: "20 years old", "6 feet tall", "3 hours long", "5 km away".
_AFTER_UNIT: dict[str, tuple[str, ...]] = {
    "old": _AGE,
    "tall": _HEIGHT,
    "long": _LENGTH,
    "heavy": _WEIGHT,
    "away": _DISTANCE,
}
_AGE_UNITS = frozenset(["year", "years", "yr", "yrs", "month", "months"])
_LINKS = frozenset(["than", "at", "of", "is", "are", "was", "were", "about", "around"])
_LINKS |= frozenset(["more", "less", "over", "under", "least", "most"])  # "lasted more than"


def measured(before: tuple[str, ...], after: tuple[str, ...]) -> frozenset[str]:
    """Stems of what a number with these words around it measures (empty when none says)."""
    out: tuple[str, ...] = ()
    k = len(before)
    while k and before[k - 1] in _LINKS and len(before) - k < 3:
        k -= 1  # "older than", "priced at"
    if k and before[k - 1] in _BEFORE:
        out = _BEFORE[before[k - 1]]
    elif after and after[0] in ("yearold", "yearsold"):  # "an 18-year-old"
        out = _AGE
    elif len(after) >= 2 and after[1] in _AFTER_UNIT:
        if after[1] != "old" or after[0] in _AGE_UNITS:
            out = _AFTER_UNIT[after[1]]
    elif len(after) >= 3 and after[0] in _AGE_UNITS and after[1:3] == ("of", "age"):
        out = _AGE
    return frozenset(stem(w) for w in out)


# The words that say a measure, as written: a query that took the number used them too.
SAYING = frozenset([*_BEFORE, *_AFTER_UNIT, *_AGE_UNITS, "yearold", "yearsold"])
