"""Parameter types as a registry: one class per type (bot.library.types.base.ParamType).

Adding a type is one class registered here; the loader, the matcher's extraction, rendering
of SQL, words for people and modal inputs all ask the type.
"""

from __future__ import annotations

from bot.library.types.base import FormField, Found, ParamType, WordsContext
from bot.library.types.dates import DateRange, DateRangeType, DateType, point_in_time
from bot.library.types.flags import BoolType
from bot.library.types.number_types import IntType, NumberType
from bot.library.types.text import ChoiceType, StringType, find_choice

PARAM_TYPE_CLASSES: tuple[type[ParamType], ...] = (
    DateType,
    DateRangeType,
    IntType,
    NumberType,
    StringType,
    ChoiceType,
    BoolType,
)
REGISTRY: dict[str, ParamType] = {cls.name: cls() for cls in PARAM_TYPE_CLASSES}
PARAM_TYPES: tuple[str, ...] = tuple(REGISTRY)


def param_type(name: str) -> ParamType:
    """The type called `name` (KeyError for a name the loader would have refused)."""
    return REGISTRY[name]


__all__ = [
    "PARAM_TYPES",
    "REGISTRY",
    "DateRange",
    "FormField",
    "Found",
    "ParamType",
    "WordsContext",
    "find_choice",
    "param_type",
    "point_in_time",
]
