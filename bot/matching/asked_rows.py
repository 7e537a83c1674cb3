"""What one row of the answer a request asks for is: "the names of all red wines" -> wines,
"which winery", "the employee ids and job titles for employees", "flight number, origin and
destination of all flights"; and the groups it asks the best of ("in their departments"). Read
by bot.matching.result_fit (rows of another grain, of a table the query never reads, the best
per group). General English only; each switch is read at match time.
"""

from __future__ import annotations

import re

from bot.matching import signals
from bot.matching.aggregates_asked import asked_aggregates
from bot.matching.sql_words import _ASKS_COUNT

_EACH = re.compile(r"\b(?:each|every|per)\s+(?:single\s+)?(\w+)")
# "who earn the most in their departments": the best of each department too.
_EACH_OR_THEIR = re.compile(
    r"\b(?:(?:each|every|per)\s+(?:single\s+)?|in\s+(?:their|its|his|her)\s+(?:own\s+)?)(\w+)"
)


def each_group() -> re.Pattern[str]:
    """What finds the groups a request asks the best of ("for each reviewer", "per state", "in
    their departments"): group 1 is the group's word."""
    return _EACH_OR_THEIR if signals.BEST_IN_THEIR_GROUP else _EACH


# "the names of X", "which X": what one row of the answer is.
_ROWS_OF = (
    r"\b(?:names?|titles?|ids?)(?:\s*,?\s+(?:and\s+)?(?!(?:of|number|count|average|total|sum|amount)\b)\w+){0,3}\s+{of}\s+((?:\w+\s+){0,3}\w+)"
    r"|^(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|has|have|the|a|an)\b)(\w+)"
)
_ASKS_ROWS = re.compile(_ROWS_OF.replace("{of}", "of"))
# "the employee ids and job titles for employees in …" (not "for each …": a breakdown)
_ASKS_ROWS_FOR = re.compile(_ROWS_OF.replace("{of}", "(?:of|for(?!\\s+(?:each|every|all|any)\\b))"))
# Rows asked "for" a thing, as "of" it (read by bot.matching.result_fit through asked_rows).
ROWS_FOR = True
# "flight number, origin and destination of all flights": a list of columns of every X asks
# rows of X.
_COLUMNS_OF_ALL = re.compile(
    r"^(?:\w+\s+){0,2}?(?:show|list|give|display|find|return|what\s+(?:is|are))\s+(?:me\s+)?"
    r"(?:the\s+)?(?:\w+\s+){1,6}?(?:of|for)\s+(?:all|every)\s+(?:the\s+)?(\w+)"
)
COLUMNS_OF_ALL = True
# "the allergies and their types": rows of the things named before "and their …", each with
# its own column (not rows per type).
_THINGS_AND_THEIR = re.compile(
    r"\b(?:the|all)\s+(?:\w+\s+)?(\w+s)\s+(?:and|with)\s+(?:their|its)\s+\w"
)
THINGS_AND_THEIR = True
_ROW_SKIP = frozenset(
    [
        "the",
        "all",
        "a",
        "an",
        "each",
        "every",
        "distinct",
        "different",
        "unique",
        "most",
        "least",
        "top",
        "and",
    ]
)


# "which game type has the fewest games": the word before the verb heads the phrase (type).
NOUN_BEFORE_VERB = True
_WHICH_PHRASE = re.compile(
    r"^(?:which|what)\s+((?:\w+\s+){0,2}?)(\w+)\s+(?:has|have|had|is|are|was|were|do|does|did)\b"
)


# "in what year was ...", "for which customer ...": the question word after a preposition
# asks rows as it does first ("what year").
PREPOSITION_BEFORE_WHICH = True
_LEADING_PREPOSITION = re.compile(
    r"^(?:in|on|at|for|from|during|with|to|by)\s+(?=(?:which|what)\s)"
)


# "who are the drivers over 45": rows of the things named, as "which drivers" asks them (off:
# "who" asks no rows).
WHO_ARE_ROWS = True
_WHO_ARE = re.compile(r"^who\s+(?:are|were)\s+(?:all\s+)?(?:the\s+)?(?:(\w+)\s+)??(\w+s)\b")


def asked_rows(lowered: str) -> list[str]:
    """The words that say what a row of the answer is ("the names of all red wines that ..."
    -> red, wines; "which winery"), at most two per phrase."""
    out: list[str] = []
    if PREPOSITION_BEFORE_WHICH:
        lowered = _LEADING_PREPOSITION.sub("", lowered)
    for m in (_ASKS_ROWS_FOR if ROWS_FOR else _ASKS_ROWS).finditer(lowered):
        said = [w for w in (m.group(1) or m.group(2)).split() if w not in _ROW_SKIP]
        if m.group(2) and NOUN_BEFORE_VERB and (v := _WHICH_PHRASE.match(lowered)):
            said = [v.group(2)]  # "which game type has": type
        out += said[:2]
    if WHO_ARE_ROWS and (m := _WHO_ARE.match(lowered)):
        out += [w for w in m.groups() if w and w not in _ROW_SKIP]
    if COLUMNS_OF_ALL and not (asked_aggregates(lowered) or _ASKS_COUNT.search(lowered)):
        out += [m.group(1) for m in _COLUMNS_OF_ALL.finditer(lowered)]
        if THINGS_AND_THEIR:
            out += [m.group(1) for m in _THINGS_AND_THEIR.finditer(lowered)]
    return out
