"""A part of a name said as a search ("customers with Mrs in their name", "airlines whose names
start with Orbit", "whose name contains Diana"): the word is the value of the parameter the SQL
compares with LIKE, as said, never a whole stored value it is part of. Without this reading
the word went unread and the query ran unfiltered ("Mrs" is no known value). General English only: which
parameter searches and what it searches (its words, "name") come from the library.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem, words
from bot.language.wordlists import STOPWORDS
from bot.library.model import ParamDef, QueryDef
from bot.library.types.base import param_cues

# Switch: a word said as part of a name ("with X in their name", "names starting with X") is
# the value of the query's LIKE parameter on that name.
PART_SAID_AS_SEARCH = True

_WORD = r"[\"'“‘]?([^\W_][\w.&'-]*?)[\"'”’]?"
_SEARCHES = (
    # "customers with Mrs in their name", "who have "Diana" in part of their names"
    (
        re.compile(
            rf"\b(?:with|have|has|having)\s+{_WORD}\s+in\s+(?:any\s+)?(?:part\s+of\s+)?"
            r"(?:their|its|his|her|the)\s+([^\W\d_]+)",
            re.I,
        ),
        1,
        2,
        False,
    ),
    # "whose name contains Diana", "names including the word Air"
    (
        re.compile(
            r"\b([^\W\d_]+)\s+(?:contains?|containing|includes?|including)\s+"
            rf"(?:the\s+(?:word|string|substring|phrase|letters?)\s+)?{_WORD}(?=$|[\s?.!,;:])",
            re.I,
        ),
        2,
        1,
        False,
    ),
    # "airlines whose names start with Orbit", "names beginning with 'Al'"
    (
        re.compile(
            r"\b([^\W\d_]+)\s+(?:that\s+)?(?:starts?|starting|begins?|beginning)\s+with\s+"
            rf"(?:the\s+(?:word|string|letters?)\s+)?{_WORD}(?=$|[\s?.!,;:])",
            re.I,
        ),
        2,
        1,
        True,
    ),
)
_PREFIX = "'%'"


def _like_form(sql: str, name: str) -> str | None:
    """How `sql` compares `:name` with LIKE: "contains", "prefix", or None (no LIKE)."""
    b = re.escape(name)
    m = re.search(rf"\bI?LIKE\s+([^\n]{{0,60}}?:{b}\b[^\n]{{0,30}})", sql, re.I)
    if m is None:
        return None
    around = m.group(1)
    before, _, after = around.partition(f":{name}")
    if _PREFIX in after and _PREFIX not in before:
        return "prefix"
    return "contains"


_OWNER_REACH = 5  # words looked back through for whose name is searched
# Words of a search parameter that say it searches, not whose name it searches.
_SEARCH_WORDS = frozenset(
    stem(w) for w in ("word", "text", "start", "contain", "part", "string", "begin")
)


def _owner(text: str, at: int) -> str:
    """The stem of the content word just before `at` ("customers" in "customers who have"),
    over function words; "" when there is none within reach."""
    toks = [w for w, _s, _e in words(text[:at])][-_OWNER_REACH:]
    for w in reversed(toks):
        if w not in STOPWORDS:
            return stem(w) if w.isalpha() else ""
    return ""


def _searcher(query: QueryDef, noun: str, owner: str, prefix: bool) -> ParamDef | None:
    """The query's one LIKE parameter on `noun` ("name") of the form said, if there is one,
    and whose label names the name's owner when it names one ("word in the project name" is
    no search of "a scientist whose name contains Smith")."""
    want = "prefix" if prefix else "contains"
    head = stem(noun.lower())
    fits = []
    for p in query.params:
        if p.kind.name != "string" or p.choices or _like_form(query.sql, p.name) != want:
            continue
        cues = param_cues(p)
        if head not in cues:
            continue
        owners = cues - _SEARCH_WORDS - {head} - {stem(w) for w in p.name.lower().split("_")}
        if owner and owners and owner not in owners:
            continue
        fits.append(p)
    return fits[0] if len(fits) == 1 else None


def part_said(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> str:
    """Bind the word said as part of a name to the query's LIKE parameter on it; the word
    taken ("" for none), which the query's score counts as a value it took."""
    if not PART_SAID_AS_SEARCH:
        return ""
    for pattern, word_at, noun_at, prefix in _SEARCHES:
        for m in pattern.finditer(ent.text):
            word, noun = m.group(word_at), m.group(noun_at)
            p = _searcher(query, noun, _owner(ent.text, m.start()), prefix)
            if p is None:
                continue
            taken = binds.get(p.name)
            if taken is not None and str(taken).casefold() != word.casefold():
                continue
            # (a text parameter compared with `=` that took the one stored value holding the
            # word keeps it: the rows are the same, and the word counts as read)
            binds[p.name] = word
            for o in query.params:  # "Diana" quoted, read as a whole customer name too
                held = binds.get(o.name)
                if o is not p and isinstance(held, str) and held.casefold() == word.casefold():
                    binds[o.name] = None
            return word
    return ""
