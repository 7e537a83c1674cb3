"""Superlative adjectives ("busiest", "tallest", "youngest") told from other words ending in
"-est" ("interest", "guest", "request"): a number beside one counts rows ("the busiest 3
airports", "3 tallest buildings") as it does beside "top" or "largest". General English only.
"""

from __future__ import annotations

# Read a number beside any superlative as a count of rows, not only beside the listed rank
# words (bot.language.entities.RANK_WORDS).
SUPERLATIVES_RANK = True

# Common English words ending in "-est" that are no superlatives.
_NOT_SUPERLATIVE_TEXT = """
best west rest test nest pest vest zest jest chest crest quest guest fest lest
interest request forest harvest contest protest honest modest manifest earnest digest
suggest invest arrest attest detest infest ingest divest conquest behest tempest midwest
northwest southwest priest bequest inquest unrest pretest retest
"""
_NOT_SUPERLATIVE = frozenset(_NOT_SUPERLATIVE_TEXT.split())


def superlative(word: str) -> bool:
    """`word` (lower case) is a superlative adjective formed with "-est"."""
    w = word.lower()
    return (
        SUPERLATIVES_RANK
        and len(w) >= 6
        and w.isalpha()
        and w.endswith("est")
        and w not in _NOT_SUPERLATIVE
        and not w.endswith(("interest", "request", "contest", "protest"))
    )
