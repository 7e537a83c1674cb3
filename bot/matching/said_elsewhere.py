"""Values the chosen query took that the request said of something else, so running it would
answer another question:

* "the address of store 1", "the name of major 600": the value names one record of a thing
  the query only filters its rows by (customers of a store, students of a major). The request
  asks about that record itself, which the rows are not; a listing of customers of store 1 is
  not the store's address.
* "employees with the most certificates to fly planes more than 5000": the bound compares a
  thing ("planes") that the query leaves unused while another query of the library knows it;
  the query put the number on a column of its own (a salary) instead.

Either way the best query is a ticket (bot.matching.matcher), as for a dropped value: a
wrong number is never handed over silently. General English only: the things, parameters and
rows come from the query file (its parameter names and labels, its outer FROM table or groups).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from bot.language.textnorm import stem
from bot.library.model import QueryDef
from bot.matching.either_values import either_values
from bot.matching.grain import first_key, grain_of
from bot.matching.named_by_id import name_of_id_only
from bot.matching.result_fit import _RANK_PARAMS, ResultFit

# "the address of store 1": ask about the record a filter value names, not about the rows.
FILTER_RECORD_ASKED = True
# "planes more than 5000" bound to a salary: the compared thing is one the query leaves unused.
COMPARED_THING_UNUSED = True

# "the A of [the] N V": A is asked of the record N V.
_OF_RECORD = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?([a-z]+)\s+(?:number\s+|no\.?\s*|#\s*)?")
# Heads that count or sum rows rather than ask about the record ("the number of … of store 1").
_ROW_HEADS = frozenset(
    [
        "number",
        "count",
        "total",
        "sum",
        "average",
        "avg",
        "amount",
        "list",
        "lists",
        "all",
        "each",
        "one",
        "ones",
        "most",
        "least",
    ]
)
# Words that never name a thing ("the name of the 3 employees" is not about a record "the").
_NOT_THINGS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "your",
        "first",
        "last",
        "top",
        "bottom",
    ]
)
_COMPARED = re.compile(
    r"\s+(?:with\s+|of\s+|that\s+(?:is|are|was|were)\s+)?"
    r"(?:more|less|fewer|greater|higher|lower|bigger|smaller|larger|longer|shorter|over|under"
    r"|above|below|at\s+least|at\s+most|exceeding)\s+(?:than\s+)?(?:\$\s*)?(\d[\d,]*(?:\.\d+)?)"
)


def _param_stems(q: QueryDef, name: str) -> frozenset[str]:
    p = q.param(name)
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", f"{p.name} {p.label}".lower()))


def filter_record_asked(text: str, q: QueryDef, binds: Mapping[str, Any], fit: ResultFit) -> bool:
    """`text` asks an attribute of the record a value bound to a filter of `q` names ("the
    address of store 1"), and `q`'s rows are not of that thing."""
    if not FILTER_RECORD_ASKED:
        return False
    lowered = text.lower()
    # a row per student grouped by every column shown: its rows are per its first key only
    rows = fit.per if fit.groups is not None and fit.per else grain_of(fit, q.sql) | fit.rows_of
    key = first_key(q.sql)
    params = {p.name for p in q.params}
    # "the delegate of district 1" from a list titled "Delegates": the rows are what is asked
    title = frozenset(stem(w) for w in re.findall(r"[a-z]+", q.title.lower()))
    for m in _OF_RECORD.finditer(lowered):
        head, thing = stem(m.group(1)), stem(m.group(2))
        if m.group(2) in _NOT_THINGS or m.group(1) in _ROW_HEADS:
            continue
        if head in rows or head in title or thing in rows or thing == key:
            continue
        rest = lowered[m.end() :].lstrip("'\"")
        for name, value in binds.items():
            # Only a number names one record ("store 1"; "a medication of brand X" describes
            # rows); a row count ("the names of the top 10 airlines") names none.
            if name not in params or name in _RANK_PARAMS or not _whole(value):
                continue
            said = _said(value)
            ends = not rest[len(said) : len(said) + 1].isalnum()
            if rest.startswith(said) and ends and thing in _param_stems(q, name):
                return True
    return False


def compared_thing_unused(
    text: str, binds: Mapping[str, Any], ignored: list[str], known: Callable[[str], bool]
) -> bool:
    """A comparison's number ("planes more than 5000") bound to a parameter of the query while
    the thing compared is a word it left unused that the library knows."""
    if not COMPARED_THING_UNUSED:
        return False
    lowered = text.lower()
    numbers = [
        float(v) for v in binds.values() if isinstance(v, (int, float)) and not isinstance(v, bool)
    ]
    for word in ignored:
        w = word.lower()
        if not w.isalpha() or not known(stem(w)):
            continue
        for m in re.finditer(rf"\b{re.escape(w)}{_COMPARED.pattern}", lowered):
            if re.match(r"\s*[a-z]", lowered[m.end() :]):
                continue  # "accommodate more than 100 students": the unit says what is compared
            said = float(m.group(1).replace(",", ""))
            # "more than 5000" binds 5001 to an inclusive bound
            if any(abs(n - said) <= 1 for n in numbers):
                return True
    return False


def _whole(value: Any) -> bool:
    """A whole number, as a record's id or code is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return float(value).is_integer()


def _said(value: Any) -> str:
    """A bound value as a request writes it (600.0 -> "600")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).lower()


def said_elsewhere(text: str, q: QueryDef, x: Any, index: Any) -> bool:
    """Query `q` (its extraction `x`, the library's `index`) would answer another question than
    `text` asks: either of the above, two values it took joined by "or"
    (bot.matching.either_values), or a name asked of a thing it shows only by its id
    (bot.matching.named_by_id)."""
    fit = index.fit_of(q.name)
    return (
        filter_record_asked(text, q, x.binds, fit)
        or compared_thing_unused(text, x.binds, x.ignored, index.vocab.__contains__)
        or either_values(text, q, x.binds)
        or name_of_id_only(text, q, fit, index.table_stems)
    )
