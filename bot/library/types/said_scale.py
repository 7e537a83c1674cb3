"""A scale said after a number that its parameter is already measured in: "assets of at least
2000 billion" for assets counted in billions, "300m tall" for a height in metres. The scale is
then the number's unit, so the parameter takes the digits as said, not the multiplied value
(2000, not 2e12). What the parameter is measured in comes from the library file: its name,
label and description, and the column the SQL compares it with (`c.Assets_billion >= :min_assets`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.entities import Number
from bot.library.types.base import ParamDef

# Off: a scale word always multiplies ("2000 billion" binds 2e12 to assets in billions).
SCALE_ALREADY_THE_UNIT = True

_FACTORS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "billion": 1e9}
# The words that say a measure is kept in that scale; "m" after digits is also metres.
_UNIT_WORDS = {
    "k": frozenset({"k", "thousand", "thousands"}),
    "thousand": frozenset({"k", "thousand", "thousands"}),
    "m": frozenset({"m", "mn", "million", "millions", "metre", "metres", "meter", "meters"}),
    "million": frozenset({"m", "mn", "million", "millions"}),
    "billion": frozenset({"b", "bn", "billion", "billions"}),
}
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def unscaled(num: Number, param: ParamDef, sql: str) -> float | None:
    """The digits of `num` without its scale, when `param` is measured in that scale."""
    if not SCALE_ALREADY_THE_UNIT or num.scale not in _FACTORS:
        return None
    if not _UNIT_WORDS[num.scale] & unit_words(param.name, param.label, param.description, sql):
        return None
    return num.value / _FACTORS[num.scale]


def digits_of(num: Number) -> float:
    """`num` as its digits were written, without the scale said after them."""
    return num.value / _FACTORS.get(num.scale, 1.0)


@lru_cache(maxsize=4096)
def unit_words(name: str, label: str, description: str, sql: str) -> frozenset[str]:
    """Lower-case words of a parameter's name, label, description and compared column."""
    said = " ".join([name.replace("_", " "), label or "", description or ""])
    column = re.search(rf"([\w.]+)\s*(?:>=|<=|<>|!=|=|>|<)\s*:{re.escape(name)}\b", sql or "")
    if column:
        said += " " + column.group(1).rsplit(".", 1)[-1].replace("_", " ")
    return frozenset(w.lower() for w in _WORD.findall(said))
