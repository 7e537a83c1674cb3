"""Words a request says as verbs, read from their form and their neighbours: "which customers
generated the most revenue", "new customers came in through affiliates", "customers who joined
this year". A past-tense verb after its subject (a plural noun, a pronoun, "who"/"that") or
before its object or particle ("… carried us", "came in") tells what happened to the rows, it
names no data: another query's keyword of that form is no subject this request shares with it.
"the joined table", "a generated report" (after a determiner) stay words that may name data.
General English only: the regular "-ed" form and the common irregular past forms.
"""

from __future__ import annotations

# Switch (benchmarks/ablation_matcher.py). Ships off: it fixed 3 lines of starter-blind11 and
# raised two held-out starter sets by 0.005-0.010, but added two wrong answers on a held-out
# Spider library (tracking_grants_for_research 7.5 % -> 9.7 %): a wrong number costs more.
PAST_VERBS_NOT_SUBJECTS = False
# A participle before a preposition ("handled by", "located in") says how rows relate to
# others, which a query may be about: no verb read off (off: read as any other).
PASSIVES_RELATE = True
_RELATING = frozenset(("by", "in", "at", "on", "to", "with"))

# Irregular past forms that are never participles ("came in", "went up"), and those that are.
_SIMPLE_PAST_TEXT = "came went gave took ran grew fell rose became began drove flew wrote"
_SIMPLE_PAST = frozenset(_SIMPLE_PAST_TEXT.split())
_PARTICIPLE_TEXT = (
    "made brought bought sold paid spent left got won lost kept sent built found told"
)
_IRREGULAR_PAST = _SIMPLE_PAST | frozenset(_PARTICIPLE_TEXT.split())
# Who or what does the act, just before the verb.
_SUBJECTS_TEXT = "who that which they we i you he she it people folks everyone"
_SUBJECTS = frozenset(_SUBJECTS_TEXT.split())
# What follows a verb: its object, a particle or a preposition of the act.
_AFTER_TEXT = """
    the a an us them our their its his her me you in out up on through from into over off away
    back most more least less
"""
_AFTER = frozenset(_AFTER_TEXT.split())
# Before a participle used as an adjective ("the joined table"): never a verb reading.
_DETERMINERS_TEXT = "the a an this that these those our their its his her my your"
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())


def _past_form(word: str) -> bool:
    if word in _IRREGULAR_PAST:
        return True
    # "generated", "joined", "carried"; not "need", "speed", "hundred", "red"
    return len(word) >= 5 and word.endswith("ed") and not word.endswith(("eed", "dred"))


def past_verbs(tokens: list[str]) -> set[str]:
    """The words of `tokens` (lower-case, in order) read as past-tense verbs."""
    out = set()
    for i, w in enumerate(tokens):
        if not w.isalpha() or not _past_form(w):
            continue
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in _DETERMINERS:
            continue
        by_subject = before in _SUBJECTS or (
            len(before) > 3 and before.endswith("s") and before.isalpha()
        )
        # "payments handled by a staff member", "located in": a participle that says how
        # rows relate to others is no act (off: it is one like any other)
        passive = PASSIVES_RELATE and after in _RELATING and w not in _SIMPLE_PAST
        if (by_subject or after in _AFTER) and not passive:
            out.add(w)
    return out
