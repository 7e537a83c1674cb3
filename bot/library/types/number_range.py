"""Whether a number can be a parameter's value at all: within the range its header gives and
what an engine's whole numbers hold. When it cannot, the reason is said to the person."""

from __future__ import annotations

import math

from bot.language.entities import Number
from bot.library.types.base import ParamDef, label

INT64_MAX = 2**63 - 1  # the largest whole number an engine's BIGINT holds


def out_of_range(param: ParamDef, num: Number, whole: bool) -> str | None:
    """Why `num` cannot be `param`'s value, in words for the person (None when it can)."""
    value = num.exact if whole and num.exact is not None else num.value
    name = label(param)
    if isinstance(value, float) and not math.isfinite(value):  # 400 digits read as a float
        return f"The number is too large for {name}."
    if whole and abs(value) > INT64_MAX:
        return f"{value} is too large for {name}."
    if param.min is not None and value < param.min:
        return f"{name.capitalize()} must be at least {param.min:g} (the request says {value:g})."
    if param.max is not None and value > param.max:
        return f"{name.capitalize()} must be at most {param.max:g} (the request says {value:g})."
    return None


def holds(param: ParamDef, value: float) -> bool:
    """`param`'s range (min, max, a step either side for a strict bound) holds `value`:
    "between 50 and 100" is no range of vintages of 1900 to 2100."""
    low, high = param.min, param.max
    return (low is None or value >= low - 1) and (high is None or value <= high + 1)
