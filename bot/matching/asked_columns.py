"""The columns a request asks to see, set against the columns a query's result shows.

"When did Linda join the chess club" asks for a date; "the name of the language of film X"
asks for a language's name; "list the language name" too. A query whose outer SELECT shows no
such column (a roster without dates, a film list with only a language id) would hand over a
result that does not hold the answer, and the person would not be told: when the best query is
one of those, the request is asked among the candidates that show the column, or goes to the
team (bot.matching.matcher). A penalty in the score instead broke near ties between runners-up
(tuning wrong answers +2). Only columns the library knows count (another query shows it, or it
is a column of one of its tables: typos and general words never do); words naming a table are
what rows are, not a column asked of them. General English only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from bot.language.textnorm import stem
from bot.library.model import QueryDef
from bot.matching.result_fit import ResultFit
from bot.matching.sql_words import TIME_WORDS, _select_items, identifier_words

# A request's asked-for attribute that the chosen query's result does not show is never answered
# silently: the request is asked among the candidates that show it, or goes to the team.
# Shipped off: on the tuning sets it took 2 wrong answers of 43 away (mean +0.001); on the 13
# held-out Spider sets it took one wrong answer away but turned right answers into tickets on four
# (-0.010 to -0.029 each), mean 0.768 -> 0.763 (BENCHMARKS.md, twelfth stop). Kept, measured and
# switchable, for the next evidence.
ASKED_COLUMNS_SHOWN = False

_TIME_STEMS = frozenset(stem(w) for w in TIME_WORDS)
_WHEN = re.compile(r"\bwhen\s+(?:did|was|were|is|are|does|do|will|has|have|had)\b")
_DETERMINERS = r"(?:(?:the|a|an|each|every|all|this|that|his|her|their|its)\s+)*"
# "the name of the language", "the color code and description of the product"
_ATTRIBUTE_OF = re.compile(
    r"\b(?:the|show|list|find|return|give|display)\s+"
    r"((?:[a-z]+(?:\s*,\s*|\s+)){0,4}?[a-z]+)\s+of\s+" + _DETERMINERS + r"([a-z]+)"
)
_RELATIVE = re.compile(
    r"\b(?:(?:which|that|who)\s+(?:is|are|was|were)|at|in|on|by|for|from|to|during|after|"
    r"before|until|since|with|within)\s+$"
)
# "list the language name": a verb, then the attribute's words and nothing else
_SHOW_ATTRIBUTE = re.compile(
    r"^(?:list|show|give|return|display)\s+(?:me\s+)?(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s*[.?!]?$"
)
# Words that say how a figure is made or shown, never which column: "the number of", "the
# details of", "the average salary" (its column is salary).
_NOT_COLUMNS = frozenset(
    stem(w)
    for w in [
        "number",
        "count",
        "total",
        "average",
        "avg",
        "sum",
        "mean",
        "maximum",
        "max",
        "minimum",
        "min",
        "most",
        "least",
        "list",
        "lot",
        "rest",
        "all",
        "each",
        "some",
        "any",
        "one",
        "detail",
        "details",
        "information",
        "info",
        "data",
        "kind",
        "sort",
        "different",
        "distinct",
        "unique",
        "same",
        "other",
        "top",
        "bottom",
        "highest",
        "lowest",
        "largest",
        "smallest",
        "biggest",
        "oldest",
        "youngest",
        "earliest",
        "latest",
        "full",
        "whole",
    ]
)
# Words that join a phrase, never a column's: "allergies with number of …" is no attribute.
_FUNCTION_WORDS = frozenset(
    [
        "with",
        "who",
        "whom",
        "which",
        "that",
        "whose",
        "where",
        "when",
        "what",
        "for",
        "in",
        "on",
        "by",
        "to",
        "from",
        "at",
        "as",
        "have",
        "has",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "not",
        "no",
        "or",
        "if",
        "than",
    ]
)
# Words that name whatever a row is ("the names of banks"): held to a column only as another
# column's ("the name of the major").
_IDENTITY = frozenset(stem(w) for w in ("name", "id", "title", "code"))


@dataclass(frozen=True)
class AskedColumns:
    """What a request asks to see: its attributes, and whether it asks "when"."""

    attributes: tuple[AskedColumn, ...] = ()
    when: bool = False


@dataclass(frozen=True)
class LibraryColumns:
    """What the library knows of columns, read at load: every identifier's stems, its tables'
    stems, and each column some query shows."""

    columns: frozenset[str]
    tables: frozenset[str]
    shown: tuple[frozenset[str], ...]
    items: Mapping[str, tuple[frozenset[str], ...]]  # per query, the columns it shows


def library_columns(queries: Iterable[tuple[QueryDef, ResultFit]]) -> LibraryColumns:
    """What the library knows of columns, from each query and what its result can show."""
    pairs = list(queries)
    items = {q.name: shown_items(q.sql) for q, _f in pairs}
    return LibraryColumns(
        frozenset(t for _q, f in pairs for t in f.columns),
        frozenset(t for _q, f in pairs for t in f.tables),
        tuple(dict.fromkeys(i for its in items.values() for i in its)),
        items,
    )


@dataclass(frozen=True)
class AskedColumn:
    """One attribute a request asks to see: its words' stems and what it is "of"."""

    words: tuple[str, ...]
    of: str | None = None


def _holds(item: frozenset[str], word: str) -> bool:
    """A shown column's words say `word`, whole, as the end of one ("bname": a name) or
    shortened ("enr": enrollment)."""
    return word in item or any(
        (len(w) > len(word) and w.endswith(word)) or (len(w) >= 3 and word.startswith(w))
        for w in item
    )


def _shown_in(items: tuple[frozenset[str], ...], need: set[str]) -> bool:
    """One of `items` holds every word of `need`."""
    return any(all(_holds(it, w) for w in need) for it in items)


@lru_cache(maxsize=4096)
def shown_items(sql: str) -> tuple[frozenset[str], ...]:
    """The stems of each column the outer SELECT shows (expression and alias together); "*"
    for a star."""
    return tuple(_item_words(item) for item in _select_items(sql))


def _item_words(item: str) -> frozenset[str]:
    if item.strip().endswith("*"):
        return frozenset({"*"})
    said = identifier_words(item)
    # "r.date", "f.length": a column named as an SQL word keeps that word
    return frozenset(
        map(stem, said or [w for w in re.findall(r"[a-z]+", item.lower()) if len(w) > 1])
    )


def _attribute(part: str) -> tuple[str, ...]:
    """The stems of one attribute's words ("color code"), or none when a word of it is a
    general one ("with", "who") or it runs longer than two words: no attribute then."""
    said = [w for w in part.split() if w not in ("the", "a", "an", "all", "each", "every")]
    if not said or len(said) > 2 or any(w in _FUNCTION_WORDS for w in said):
        return ()
    return tuple(st for w in said if (st := stem(w)) not in _NOT_COLUMNS)


def asked_columns(lowered: str) -> AskedColumns:
    """The attributes `lowered` asks to see, and whether it asks when something happened."""
    out: list[AskedColumn] = []
    for m in _ATTRIBUTE_OF.finditer(lowered):
        if _RELATIVE.search(lowered, 0, m.start()):
            continue  # "the airport which is the destination of …", "at the end of": no column
        of = stem(m.group(2))
        parts = [_attribute(p) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1))]
        for said in parts:
            if (
                len(parts) == 2
                and len(said) == 1
                and len(parts[-1]) == 2
                and said != parts[-1][-1:]
            ):
                said = (*said, parts[-1][-1])  # "the first and last name": a first name
            if said:
                out.append(AskedColumn(said, of))
    for sentence in re.split(r"(?<=[.?!])\s+", lowered.strip()):
        if m := _SHOW_ATTRIBUTE.match(sentence):
            said = _attribute(m.group(1))
            if len(said) == 2:  # one word is what rows are ("show clubs"), not a column
                out.append(AskedColumn(said))
    return AskedColumns(tuple(out), bool(_WHEN.search(lowered)))


def unshown(
    asked: AskedColumns,
    name: str,
    tables: frozenset[str],
    known: LibraryColumns,
) -> int:
    """How many asked attributes no column query `name` shows holds while a column of the
    library (`known`) does; `tables` are the stems of the tables the query reads."""
    items = known.items.get(name, ())
    if not ASKED_COLUMNS_SHOWN or not items:
        return 0
    if any("*" in it for it in items):
        return 0  # "SELECT *" shows every column
    missing = 0
    for a in asked.attributes:
        if not all(w in known.columns for w in a.words) or a.words[-1] in known.tables:
            continue  # a typo, a word no column has, or what rows are ("the female members")
        need = {w for w in a.words if w not in tables}
        # "the name of the major" from a result showing the major (a code): the major's name
        of_shown = (
            a.of in known.columns and a.of not in tables and any(_holds(it, a.of) for it in items)
        )
        if of_shown and need:
            need.add(a.of)
        elif need <= _IDENTITY:
            continue  # "the names of banks": whatever names its rows ("bname", a title)
        # another query shows it, or it is a column of a table of its own ("language")
        knows = _shown_in(known.shown, need) or (of_shown and a.of in known.tables)
        if need and knows and not _shown_in(items, need):
            missing += 1
    if asked.when and not any(it & _TIME_STEMS for it in items):
        missing += 1
    return missing
