"""Which part of a request asks, and which only tells: "we spent $40k on ads in Sept, how many
signups came from paid that month?" asks in its second clause; the first one's "$40k" is
context, no value for a parameter.

General English only: clause marks, question words and a few verbs of a statement.
"""

from __future__ import annotations

import re

# A clause ends at a punctuation mark, or where a question starts ("… yesterday what's …").
_CLAUSE_END = re.compile(
    r"[,;:!?.]+(?=\s|$)|\s[-–—]+\s|(?=\b(?:how|what|which|who|where|why|can|could)\b)", re.I
)
# Words that ask: a question word, a request for something to be shown or done ("use a
# threshold of 3"), or a condition on the rows ("for each movie that received more than 3").
_ASKS = re.compile(
    r"\b(?:how|what|what's|whats|which|who|whom|whose|where|why|can|could|would|show|list|"
    r"give|pull|see|get|tell|need|find|return|count|compute|calculate|display|fetch|use|set|"
    r"make|include|exclude|limit|sort|filter|only|each|every|that|among)\b",
    re.I,
)
# Verbs that state what happened ("we hit 4,000 orders", "DAU dropped below 12k").
_STATES = re.compile(
    r"\b(?:was|were|is|are|been|hit|spent|had|made|lost|grew|fell|rose|reached|[a-z]{3,}ed)\b",
    re.I,
)


# "the 5 customers who spent the most": "who" / "which" / "whose" right after a noun it
# qualifies opens a relative clause, no question of its own; the number before it is asked for.
RELATIVE_PRONOUNS_JOIN = True
_RELATIVE = re.compile(r"(?:who|whose|which)\b", re.I)
# The noun a relative pronoun follows: a plural ("customers who"), or a word after a determiner
# ("the customer who").
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|our|any|every|each|those|these)\s+[a-z]+|[a-z]{2,}[^s\W]s)\s+$", re.I
)


def _relative(text: str, at: int) -> bool:
    """The question word at `at` opens a relative clause about the noun right before it."""
    return (
        RELATIVE_PRONOUNS_JOIN
        and bool(_RELATIVE.match(text, at))
        and bool(_NOUN_BEFORE.search(text[max(0, at - 40) : at]))
        and not text[max(0, at - 40) : at].rstrip().lower().endswith(("ss", "us", "is"))
    )


def clauses(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s clauses, in order."""
    spans, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        if m.start() == m.end() and _relative(text, m.start()):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = max(start, m.end())
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# "info on client 988 please, he called …": a clause that says "please" besides what it wants
# asks (a bare ", please" closing the ask is no clause of its own).
PLEASE_ASKS = True
_PLEASE = re.compile(r"\b(?:please|pls|plz)\b", re.I)


def _asks(clause: str) -> bool:
    """Whether `clause` asks: a word that asks, or "please" with more words."""
    if _ASKS.search(clause):
        return True
    return (
        PLEASE_ASKS and bool(_PLEASE.search(clause)) and len(_PLEASE.sub(" ", clause).split()) > 0
    )


def telling_spans(text: str) -> list[tuple[int, int, bool]]:
    """The clauses that only tell, in a request that asks in another one: (start, end,
    states), `states` when the clause says what happened with a verb ("revenue was 1.2M")."""
    spans = clauses(text)
    asking = [_asks(text[s:e]) for s, e in spans]
    if not any(asking) or all(asking):
        return []
    return [
        (s, e, bool(_STATES.search(text[s:e])))
        for (s, e), asks in zip(spans, asking, strict=True)
        if not asks and re.search(r"\w", text[s:e])
    ]


def states_verb(word: str) -> bool:
    """`word` is a verb that states what happened ("spent", "dropped", "was")."""
    return bool(_STATES.fullmatch(word))
