"""A choice said only as a word of another parameter's value: "complaints of type Product
Failure for each status" names `by: product` inside the type's value "Product Failure"; that
word is the value's, so the grouping is the choice said elsewhere ("status"), or none. A
choice that names the parameter a value is said for ("Product Failure type") groups by what the
request holds to one value: another choice said takes its place. The
values come from the library (another choice parameter's phrases) and the warehouse (known
values the request names); general English only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.language.textnorm import stem
from bot.library.types.base import ParamDef

# Off: a choice word inside another parameter's value picks the choice as any other word does.
CHOICE_IN_VALUE_IS_THE_VALUES = True

# Off: a choice naming a parameter held to one value groups by it as any choice said does.
HELD_CHOICE_GIVES_WAY = True

Hit = tuple[str, int, int]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def value_spans(
    p: ParamDef,
    text: str,
    siblings: Iterable[ParamDef],
    known: dict[str, tuple[str, int, int]],
    find: Callable[[ParamDef, str], Hit | None],
) -> list[tuple[str, int, int]]:
    """Where the request says other parameters' values (parameter, start, end): known values
    it names, and each other choice parameter's phrase."""
    spans = [(name, s, e) for name, (_v, s, e) in known.items() if name != p.name]
    for sib in siblings:
        if sib.name != p.name and sib.choices and (h := find(sib, text)) is not None:
            spans.append((sib.name, h[1], h[2]))
    return spans


def _names_held(choice: str, spans: list[tuple[str, int, int]]) -> bool:
    """The choice is a word of the name of a parameter whose value the request says."""
    return any(stem(choice) in {stem(w) for w in name.lower().split("_")} for name, _s, _e in spans)


def outside_values(
    p: ParamDef,
    text: str,
    hit: Hit | None,
    spans: list[tuple[str, int, int]],
    find: Callable[[ParamDef, str], Hit | None],
) -> Hit | None:
    """`hit`, or when it lies strictly inside another parameter's value (a longer phrase), the
    choice said outside every such value, or None."""
    if not CHOICE_IN_VALUE_IS_THE_VALUES:
        return hit
    fallback: Hit | None = None  # a held parameter's choice, when nothing else is said
    for _ in range(6):  # a few choice words, each inside a value or held at most
        if hit is None:
            return fallback
        inside = [
            (s, e)
            for _n, s, e in spans
            if s <= hit[1] and hit[2] <= e and (e - s) > (hit[2] - hit[1])
        ]
        if inside:
            for s, e in inside:
                text = _blank(text, s, e)
        elif HELD_CHOICE_GIVES_WAY and _names_held(hit[0], spans):
            fallback = fallback or hit
            text = _blank(text, hit[1], hit[2])
        else:
            return hit
        hit = find(p, text)
    return hit
