"""Words of a request that say nothing about which query it asks for: how the result is
presented ("sorted", "distinct"), verbs that only tie things together ("located in"), words
that restate the question ("full names"), and a sentence's opening instruction ("Return the
name …", "Show all …", "sort the result"). General English only; each switch is read at match
time, so `benchmarks/ablation_matcher.py` can turn it off.
"""

from __future__ import annotations

import re

from bot.language.textnorm import stem
from bot.language.wordlists import LINKING, PRESENTATION
from bot.matching.word_forms import RESTATING_STEMS

# Words about presenting a result ("sorted", "distinct", "highest") that the library does not
# use are dropped from a request, rather than counted as something the library lacks.
DROP_PRESENTATION_WORDS = True
PRESENTATION_STEMS = frozenset(stem(w) for w in PRESENTATION)
# Likewise verbs that only tie things together ("made an appointment", "located in").
DROP_LINKING_WORDS = True
LINKING_STEMS = frozenset(stem(w) for w in LINKING)
# And words that restate the question ("the different types of", "full names", "attended").
DROP_RESTATING_WORDS = True


# And words that only qualify how the person asks ("anything unusual?", "the damaged ones
# especially", "json is fine", "weekly buckets", "what's the status mix").
DROP_ASIDE_WORDS = True
_ASIDE_TEXT = """
fine soon whether especially particularly unusual asked terms bucket buckets mix inside

"""
ASIDE_STEMS = frozenset(stem(w) for w in _ASIDE_TEXT.split())


# And words that only say a thing is on record ("how many vehicles exist?", "how many dorms
# are in the database?"): every row of a table exists, none of them names data.
DROP_EXISTENCE_WORDS = True
EXISTENCE_STEMS = frozenset(stem(w) for w in ("exist", "exists", "existed", "existing", "database"))


def droppable(s: str) -> bool:
    """A stem said about the result's form, a linking verb or a word that only restates the
    question: dropped if no query knows it."""
    return (
        s in PRESENTATION_STEMS
        or (DROP_LINKING_WORDS and s in LINKING_STEMS)
        or (DROP_RESTATING_WORDS and s in RESTATING_STEMS)
        or (DROP_ASIDE_WORDS and s in ASIDE_STEMS)
        or (DROP_EXISTENCE_WORDS and s in EXISTENCE_STEMS)
    )


# A sentence's opening verb that asks to be shown something ("Return the name …", "Show all
# …") is an instruction, even where the library knows the word ("returning guests").
_OPENING = "return|show|list|find|give|tell|display|get"
# Verbs of the same kind that questions written against a database open with ("Select the
# names of …", "Compute the number of …"): an instruction too.
_DATABASE_OPENING = "select|compute|retrieve|fetch|output|identify|provide"


def _opening(verbs: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[.?!:]))\s*(?:please\s+)?(?:{verbs})"
        r"(?=\s+(?:me\s+|us\s+)?(?:the|all|a|an|each|every|their|its|how|what|which)\b)",
        re.I,
    )


# "Count the number of accounts", "count all clubs": the verb asks for a count, which the
# result's shape reads; as a word it would speak for every query whose keywords say "count".
_COUNT_OPENING = "count"
OPENING_VERBS = _opening(_OPENING)
_MORE_OPENING_VERBS = _opening(f"{_OPENING}|{_DATABASE_OPENING}")
_COUNT_OPENING_VERBS = _opening(f"{_OPENING}|{_DATABASE_OPENING}|{_COUNT_OPENING}")
BLANK_OPENING_VERB = True
DATABASE_OPENING_VERBS = True
COUNT_OPENING_VERB = True
# "Sort the result by name", "order the results", "list the results": the answer itself, not
# a subject, even where the library knows the word ("test results").
RESULT_OBJECT = re.compile(
    r"\b(?:sort|order|rank|arrange|list|show|return|present|group)\s+(the\s+results?)\b",
    re.I,
)
BLANK_RESULT_OBJECT = True


# "count of accounts created", "the count of orders": the noun says what "number of" says, a
# count the result's shape reads (as a word it would speak for a query whose keywords say it).
COUNT_OF_IS_NUMBER_OF = True
_COUNT_OF = re.compile(r"\bcount(?=\s+of\b)", re.I)


# The same verbs opening the clause after a comma ("For each company, return the name …",
# "hey, count the number of …"): an instruction too, whatever the clause before it says.
OPENING_AFTER_COMMA = True
_AFTER_COMMA = re.compile(
    rf"(?<=,)\s*(?:please\s+)?(?:{_OPENING}|{_DATABASE_OPENING}|{_COUNT_OPENING})"
    r"(?=\s+(?:me\s+|us\s+)?(?:the|all|a|an|each|every|their|its|how|what|which)\b)",
    re.I,
)


def blank_opening_verb(text: str) -> str:
    """`text` with OPENING_VERBS (and "sort the result") blanked out, for its words only: the
    result's shape still reads "show the delegates" as a listing."""
    if BLANK_RESULT_OBJECT:
        for m in reversed(list(RESULT_OBJECT.finditer(text))):
            text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    if COUNT_OF_IS_NUMBER_OF:
        text = _COUNT_OF.sub(lambda m: " " * len(m.group(0)), text)
    if not BLANK_OPENING_VERB:
        return text
    verbs = _MORE_OPENING_VERBS if DATABASE_OPENING_VERBS else OPENING_VERBS
    if DATABASE_OPENING_VERBS and COUNT_OPENING_VERB:
        verbs = _COUNT_OPENING_VERBS
    if OPENING_AFTER_COMMA:
        text = _AFTER_COMMA.sub(lambda m: " " * len(m.group(0)), text)
    return verbs.sub(lambda m: " " * len(m.group(0)), text)
