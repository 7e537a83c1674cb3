"""Known values said in the plural: "list the villages" for the stored status "Village",
"the towns", "battleships" for "Battleship". A request names the rows by the value they hold,
as a plural noun; the last word of the run, made singular, is looked up as the value is.
General English plural endings only."""

from __future__ import annotations

from typing import Any

# Switch: a known value said in the plural names that value.
PLURAL_VALUES = True
# Switch: a value ending in "man" said in the plural ("midshipmen" for "Midshipman") names it.
PLURAL_MEN = True
_MIN_LENGTH = 4  # "bus" / "gas" / "yes": a short word ending in s is seldom a plural
# Switch: a known activity ("Banking", "Shipping", "Trading") said by the plural of what does
# it ("the banks", "ships", "trades") names that value.
PLURAL_OF_ACTIVITY = True
_VOWELS = frozenset("aeiou")


def singulars(word: str) -> list[str]:
    """The singular forms `word` may be the plural of, most likely first (none: no plural)."""
    if PLURAL_MEN and len(word) > 4 and word.endswith("men"):
        return [word[:-3] + "man"]  # "midshipmen", "chairmen", "firemen"
    if len(word) < _MIN_LENGTH or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return []
    out = []
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith(("ches", "shes", "xes", "ses", "zes")):
        out.append(word[:-2])
    out.append(word[:-1])
    return out


def plural_value(
    known: Any, toks: list[tuple[str, int, int]], i: int, max_words: int
) -> tuple[str, int] | None:
    """(the known value key, the run's length) when the run at `i` is a known value whose last
    word is said in the plural ("battle ships"), longest run first."""
    if not PLURAL_VALUES or not known:
        return None
    for n in range(min(max_words, len(toks) - i), 0, -1):
        run = [w for w, _s, _e in toks[i : i + n]]
        for last in singulars(run[-1]):
            for form in (last, *(_activities(last) if PLURAL_OF_ACTIVITY else ())):
                key = " ".join([*run[:-1], form])
                if key in known:
                    return key, n
    return None


def _activities(noun: str) -> tuple[str, ...]:
    """The "-ing" words of the activity `noun` does: bank -> banking, trade -> trading,
    ship -> shipping."""
    forms = [noun + "ing"]
    if noun.endswith("e") and not noun.endswith("ee"):
        forms.append(noun[:-1] + "ing")
    short = len(noun) >= 3 and noun[-3] not in _VOWELS and noun[-2] in _VOWELS
    if short and noun[-1] not in _VOWELS | {"w", "x", "y"}:
        forms.append(noun + noun[-1] + "ing")
    return tuple(forms)
