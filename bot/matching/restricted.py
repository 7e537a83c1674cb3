"""Words the chosen query left unused that the request said as a restriction or as what it
counts: "MRR by plan but only annual-billing subscriptions", "how many signups … from APAC" answered
by revenue per region, "users who used search" (a relative clause: its object only, Spider's
questions say "the artists who have produced the most songs" with verbs no library header
holds). Running the query would drop
what the person asked to narrow to, or count something else: a ticket, as for a dropped value.
General English only: which words were unused comes from the library (bot.matching.said_unused).
"""

from __future__ import annotations

import re

# "only X", "just X": the words right after the restricting word ("clothing only" names a
# value the query took).
_ONLY = r"(?:only|just|exclusively|solely)"
_COUNTED = r"\bhow\s+many\s+(?:(?:different|distinct|unique|separate|new|total)\s+)?"
# Words after "how many" that say how it counts, not what ("how many different cities", "how
# many times"), and people in general.
_NO_SUBJECT = frozenset(
    ["different", "distinct", "unique", "separate", "total", "times", "more", "people", "ppl"]
)
_RESTRICTION = re.compile(rf"\b{_ONLY}\s+(?:(?:the|a|an|our)\s+)?|{_COUNTED}", re.I)
# "users who used search", "customers that have bought gift cards": the object of a relative
# clause's verb narrows the rows. Only the object counts, never the verb ("the artists who have
# produced the most songs": Spider's verbs are no library words), and only a past or present
# tense verb of a clause that starts right after a plural noun.
RELATIVE_CLAUSE_OBJECT = True
_RELATIVE = re.compile(
    r"\b\w+s\s+(?:who|that)\s+(?:(?:have|has|had|did|do|does|also|ever|already)\s+)*"
    r"\w+(?:ed|s)\s+(?:(?:the|a|an|any|some|our)\s+)?$",
    re.I,
)


def restricted_unused(text: str, ignored: list[str]) -> list[str]:
    """The words of `ignored` that `text` says right after a restricting word ("only", "how
    many"): what the request narrows to or counts."""
    out = []
    for word in ignored:
        if word.lower() in _NO_SUBJECT:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            before = text[max(0, m.start() - 40) : m.start()]
            if any(r.end() == len(before) for r in _RESTRICTION.finditer(before)) or (
                RELATIVE_CLAUSE_OBJECT and _RELATIVE.search(before)
            ):
                out.append(word)
                break
    return out


# "top customers on the enterprise plan" from a list of churned customers: "top" asks for a
# ranking the best query's result cannot make (no ORDER BY … LIMIT, no row count).
_RANKING = frozenset(["top", "bottom"])


def unranked_top(ignored: list[str], ranks: bool) -> bool:
    """`ignored` holds "top" or "bottom" and the query's result cannot rank its rows."""
    return not ranks and any(w.lower() in _RANKING for w in ignored)
