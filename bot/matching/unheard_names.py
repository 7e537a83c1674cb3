"""Words a query leaves unused that still speak against running it: a name written with a capital
inside a sentence, an acronym another query knows, a subject of the library the request negates
and the query never says. Each makes the matcher's best candidate a ticket (bot.matching.matcher).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.structure import negated_stems

if TYPE_CHECKING:
    from bot.matching.index import MatcherIndex


def written_as_name(word: str, text: str) -> bool:
    """A capitalised word inside a sentence (not its first word): written as a name."""
    if not (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    at = text.find(word)
    before = text[:at].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n>"


def acronym(word: str, index: MatcherIndex) -> bool:
    """A word in capitals that another query knows ("AOV"): a metric, wherever it stands (one
    no query knows, "TA review", is context)."""
    if not signals.ACRONYMS_ARE_NAMES or not re.fullmatch(r"[A-Z]{2,6}s?", word):
        return False
    return stem(word.lower()) in index.vocab


def negated_subject(text: str, index: MatcherIndex, name: str) -> bool:
    """A table or subject of the library the request negates and query `name` never says
    ("customers who don't have an account" from rows of every customer and a count)."""
    fit = index.fit_of(name)
    negated = negated_stems(text)
    said = negated & (index.table_stems | index.subjects)
    # "students who don't play sports" from a roster whose negations are about scholarships
    owned = fit.negation and not (
        signals.NEGATION_OF_OWN_WORDS and fit.negated_own and said and not said & fit.negated_own
    )
    return not owned and not negated & fit.excludes and bool(said)
