"""What a ranking is by, set against what the query can rank by.

"The students who live in the dorm with the most amenities" ranks dorms by a count of a table
of the library (amenities). A query that neither counts amenities, nor shows them, nor has a
row per amenity cannot say which dorm that is: running it hands over every student of every
dorm, and the superlative is silently dropped. General English only; the tables and columns
come from the query files.
"""

from __future__ import annotations

import re

from bot.language.textnorm import STOPWORDS, stem
from bot.matching import signals
from bot.matching.result_fit import ResultFit, meets

# "the most amenities", "the least number of rooms", "the most course enrolments"
_MOST_OF = re.compile(r"(?<!\bat )\b(?:most|fewest|least)\s+(?:number\s+of\s+)?(\w+)(?:\s+(\w+))?")


def ranked_by(lowered: str, tables: frozenset[str]) -> frozenset[str]:
    """The tables of the library a request ranks by a count of ("the most amenities"; of
    "the most course enrolments", the noun the table's name modifies: enrolments)."""
    out = set()
    for m in _MOST_OF.finditer(lowered):
        first, second = m.group(1), m.group(2)
        if stem(first) not in tables:
            continue  # "the most recent movie": a superlative of an adjective
        head = second if second and second not in STOPWORDS else first
        if (st := stem(head)) in tables:
            out.add(st)
    return frozenset(out)


def unranked(by: frozenset[str], f: ResultFit) -> bool:
    """The query cannot rank by a count of `by`: it counts, shows and groups by none of it."""
    counted = f.aggregate_stems.get("count", frozenset())
    # ("the most students" from COUNT(DISTINCT StuID): a column may abbreviate the word)
    return bool(by) and not meets(by, counted | f.shown | f.per | (f.groups or frozenset()))


def rank_penalty(by: frozenset[str], f: ResultFit) -> float:
    """How much a ranking the query cannot make counts against it."""
    return signals.UNRANKED_COUNT_PENALTY if unranked(by, f) else 0.0
