"""Numbers a request says that are no value of the data: a time of day ("before the supplier
call at 4", "by 5pm", "10:30"), a ratio or a meeting ("the CEO asks me in 1:1s"), and "one"
said as a pronoun ("the organisation-wide one", "which one"). Read by bot.language.entities,
which leaves them out of the request's numbers (never a threshold, a count or an id).
General English only.
"""

from __future__ import annotations

import re

from bot.language.textnorm import words
from bot.language.wordlists import RANK_WORDS

# "10:30", "1:1s", "4pm", "9 a.m.", "5 o'clock", and "at 4" after a meeting word: a time.
CLOCK_TIMES_NO_VALUES = True
# "the organisation-wide one", "this one", "which one?": a pronoun, not the number 1.
ONE_AS_PRONOUN = True

_COLON_TIME = re.compile(r"(?<![\w:.])\d{1,2}:\d{1,2}(?:\s*(?:am|pm)\b|s\b)?(?![\w:])", re.I)
_MERIDIEM = re.compile(
    r"(?<![\w.])\d{1,2}(?:\s*(?:am|pm|a\.m\.|p\.m\.)|\s+o['’]?clock)(?!\w)", re.I
)
# "the supplier call at 4", "standup at 10": a small number after at/by/before a meeting word,
# with nothing after it that could be its unit.
_AT_HOUR = re.compile(
    r"\b(?:at|by|before|around|until|till)\s+(?P<n>\d{1,2})(?=\s*(?:[.,;:!?)]|$))"
)
_MEETING_WORDS = frozenset(
    [
        "call",
        "calls",
        "meeting",
        "meetings",
        "sync",
        "standup",
        "stand-up",
        "demo",
        "review",
        "chat",
        "catchup",
        "catch-up",
        "presentation",
        "interview",
        "lunch",
        "session",
        "workshop",
        "offsite",
    ]
)
_ONE = re.compile(r"\bone\b(?=\s*(?:[.,;:!?)]|$|(?:that|which|who|please|pls|too|again)\b))", re.I)
_DETERMINERS = frozenset(["the", "this", "that", "which", "each", "any", "another", "same"])
# "the top one", "the best one": a rank of one row, which stays a number.
_RANKING = RANK_WORDS | {"last", "most", "least", "greatest", "latest", "newest", "oldest"}


def spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` holding a number that is no value (see the module docstring)."""
    out: list[tuple[int, int]] = []
    if CLOCK_TIMES_NO_VALUES:
        out += [m.span() for m in _COLON_TIME.finditer(text)]
        out += [m.span() for m in _MERIDIEM.finditer(text)]
        for m in _AT_HOUR.finditer(text):
            before = [w for w, _s, _e in words(text[max(0, m.start() - 30) : m.start()])][-2:]
            if 1 <= int(m["n"]) <= 12 and any(w in _MEETING_WORDS for w in before):
                out.append(m.span("n"))
    if ONE_AS_PRONOUN:
        for m in _ONE.finditer(text):
            before = [w for w, _s, _e in words(text[max(0, m.start() - 40) : m.start()])][-3:]
            if any(w in _DETERMINERS for w in before) and not any(w in _RANKING for w in before):
                out.append(m.span())
    return out


def inside(start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """Whether the number at start..end lies inside one of the spans `found`."""
    return any(a <= start and end <= b for a, b in found)
