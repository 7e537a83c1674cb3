"""Superlative adjectives in general English ("tallest", "heaviest", "biggest"), beyond the
closed list of rank words, told from other words ending in "-est" ("interest", "guest"): a
number said just before one counts rows ("3 tallest buildings", "the 2 youngest gymnasts"), it
names no row and bounds nothing (one said just after one: bot.library.types.rank_said)."""

from __future__ import annotations

import re

from bot.language.wordlists import SUPERLATIVES

# Off: only the closed lists (RANK_AFTER, SUPERLATIVES) make a number before them a row count.
NUMBER_BEFORE_SUPERLATIVE_RANKS = True

_EST = re.compile(r"[a-z]{2,}(?:iest|est)")
# Words ending in "est" that are no superlative (general English).
_NOT_SUPERLATIVE_TEXT = """
arrest attest behest bequest chest congest conquest contest crest detest digest divest earnest
fest forest guest harvest honest infest ingest inquest interest invest jest lest manifest modest
midwest nest northwest pest pretest priest protest quest request rest retest southwest suggest
tempest test unrest vest west zest
"""
_NOT_SUPERLATIVE = frozenset(_NOT_SUPERLATIVE_TEXT.split())
_KNOWN = frozenset(SUPERLATIVES)


def is_superlative(word: str) -> bool:
    """Whether `word` (lower case) is a superlative adjective: a rank word, or a word formed
    with -est that is none of the common nouns and verbs ending so."""
    if word in _KNOWN:
        return True
    return bool(_EST.fullmatch(word)) and word not in _NOT_SUPERLATIVE


def ranks_before(after: tuple[str, ...]) -> bool:
    """A number followed by `after` (its next words) counts rows: a superlative follows it,
    not an adverb's ("3 most recently"), and it is no "-est" word read wrongly."""
    if not NUMBER_BEFORE_SUPERLATIVE_RANKS or not after or not is_superlative(after[0]):
        return False
    return not (len(after) > 1 and (after[1].endswith("ly") or after[1] == "often"))
