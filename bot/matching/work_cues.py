"""Requests for work about data rather than for an answer from it ("backfill", "why is the
dashboard broken", "set up an alert every morning"), and comparisons that ask for two answers
side by side ("vs last year"): a query whose own words lack them is pushed down. Phrases that
look like work and ask for an answer's shape ("broken down by region"), and who the answer is
for ("… ? asking for the coaches"), are blanked out first. General data-team English only.
"""

from __future__ import annotations

import re

from bot.language.ask_focus import blank_context
from bot.language.textnorm import is_noise, stem
from bot.matching import signals
from bot.matching.library_words import ID_TOKEN
from bot.matching.owned_data import OWN_STEM, own_is_data

# Requests for work about data rather than for an answer from it. General data-team English:
# the same words mean the same in a library about flights or staffing. A cue that is part of
# a query's own vocabulary (a library that has a "dashboard_views" query) does not count.
_HARD_CUES_TEXT = """
    dashboard dashboards backfill backfilled rerun reprocess reingest ingest ingestion
    pipeline pipelines etl cron forecast forecasts forecasting predict predicted prediction
    projection project projected extrapolate model modelling modeling ml broken bug bugs
    buggy discrepancy discrepancies differ differs difference mismatch mismatched
    inconsistent incorrect wrong access permission permissions grant revoke credential
    credentials password login bucket s3 export exported exporting csv xlsx spreadsheet
    download alert alerts alerting notify notification notifications looker tableau metabase
    explore schema column columns field fields migrate migration deploy install configure
    automate automation subscribe unsubscribe investigate maintain maintains maintained
    maintainer owns owner query queries sql explain delete estimate estimated rename renamed
    optimise optimize
"""
HARD_CUES = frozenset(stem(w) for w in _HARD_CUES_TEXT.split())
_SOFT_CUES_TEXT = """
    why build built create add remove drop rename fix fixed change update set setup table
    tables job jobs email emails emailed mail slack right missing missed stale duplicate
    duplicates will would should next future calculate calculated meaning split define
    definition
"""
SOFT_CUES = frozenset(stem(w) for w in _SOFT_CUES_TEXT.split())
SPLIT_IS_A_BREAKDOWN = True
# Phrases whose words would read as a request for work but ask for an answer's shape:
# "revenue broken down by region", "break it down by team", "broken out by month".
NOT_WORK_PHRASES = re.compile(
    r"\bbr(?:oken|eak|eaks|oke|eaking)\s+(?:it\s+|that\s+|this\s+)?(?:down|out)\b", re.I
)
# "split by channel", "the status split for last month": a breakdown, not a change
SPLIT_PHRASES = re.compile(
    r"\bsplit(?:s|ting)?(?=\s+(?:it\s+|that\s+|this\s+|them\s+)?(?:by|per|across|of|for)\b)", re.I
)


# Who the answer is for, in a sentence of its own after the request ("… ? asking for the
# coaches"): says why, not what, so it is no word the library lacks. ("need it for a call
# list" stays: taken away, "customers with accounts" ran without its bound on one set.)
PURPOSE_PHRASES = re.compile(
    r"(?:(?<=[?.!])\s*(?:i'?m\s+|we'?re\s+)?asking\s+for)\s+(?:the|a|an|my|our)\b[^.?!:;,\n]*"
    # "…, customer is asking", "… - the coach asked": who asks, in a clause of its own
    r"|(?<=[,;(–—-])\s*(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[a-z]+\s+(?:is|are|was|were|has\s+been)"
    r"\s+asking\b[^.?!:;,\n]*|(?<=[,;(–—-])\s*(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[a-z]+\s+asked"
    r"\b[^.?!:;,\n]*",
    re.I,
)
BLANK_PURPOSE = True
# "broken down by region" asks for a shape, not for work (NOT_WORK_PHRASES above).
BLANK_NOT_WORK_PHRASES = True


def blank_not_work(text: str) -> str:
    """`text` with NOT_WORK_PHRASES (and what the answer is for) blanked out (same length, so
    offsets still hold); the sentences and clauses that only tell too (bot.language.ask_focus)."""
    text = blank_context(text)
    if BLANK_PURPOSE:
        text = PURPOSE_PHRASES.sub(lambda m: " " * len(m.group(0)), text)
    if not BLANK_NOT_WORK_PHRASES:
        return text
    if SPLIT_IS_A_BREAKDOWN:
        text = SPLIT_PHRASES.sub(lambda m: " " * len(m.group(0)), text)
    return NOT_WORK_PHRASES.sub(lambda m: " " * len(m.group(0)), text)


HARD_PHRASES = (
    "set up",
    "go out",
    "send out",
    "each morning",
    "every morning",
    "every day",
    "every week",
    "every monday",
    "each week",
    "each day",
    "doesn't match",
    "don't match",
    "do not match",
    "not match",
    "which one is right",
    "is it broken",
    "look into",
    "dig into",
    # a change to an existing report: "could the open reqs report also show the source"
    "also show",
    "also include",
    "also display",
)
# Comparisons ask for two answers side by side, not one query's result.
COMPARISON_PHRASES = (
    " vs ",
    " vs. ",
    "versus",
    "compared to",
    "compared with",
    "year over year",
    "same month last year",
)
# A request to check, with nothing to check but what was said before ("the churn list shows
# people who still pay, can someone check?"): an investigation, not an answer.
CHECK_WITHOUT_OBJECT = True
_CHECK_AT_END = re.compile(
    r"\b(?:can|could|would)\s+(?:someone|somebody|anyone|you|u|we)\s+(?:please\s+|pls\s+)?"
    r"(?:check|double\s*check|verify|investigate|look\s+into|have\s+a\s+look|take\s+a\s+look)"
    # "can you check it" after "order 18904 shows delivered" checks that order: only a bare check
    r"(?:\s+(?:pls|please|plz))?$"
)
# "order 15817 got cancelled or what? can you check": a bare check after a question asks that
# question's answer, no investigation.
CHECK_AFTER_QUESTION_ANSWERS = True


def check_of_a_question(masked: str, lowered: str) -> str:
    """`lowered` (the words of `masked`) without the bare check closing it when a question
    comes before it in `masked`."""
    m = _CHECK_AT_END.search(lowered.strip()) if CHECK_AFTER_QUESTION_ANSWERS else None
    if m is None or "?" not in masked.rstrip(" ?!.\n"):
        return lowered
    return lowered.strip()[: m.start()]


# The words of a known value a query binds ("refunds for 'wrong item'", a refund reason) name
# data, not work: no cue against that query (its rivals still count them).
VALUE_WORDS_NO_CUES = True


def outside_values(
    stems: list[str], masked: str, hits: dict[str, tuple[str, int, int]], binds: dict[str, object]
) -> list[str]:
    """`stems` without one of each stem of the words of the known values (`hits`: param ->
    (value, start, end) in `masked`) that `binds` took."""
    if not VALUE_WORDS_NO_CUES or not hits:
        return stems
    out = list(stems)
    for pname, (_v, vs, ve) in hits.items():
        if pname not in binds:
            continue
        for w in re.findall(r"[^\W_]+", masked[vs:ve].lower()):
            if stem(w) in out:
                out.remove(stem(w))
    return out


# A bare check in a query's own words ("verify", "check on" among a lookup's keywords):
# checking is what that query does, no investigation of it.
OWN_CHECK_VERB = True
_CHECK_VERBS = ("check", "verify", "doublecheck")
_PARTICLES = ("", "on", "up", "out", "in")


def _own_check(own: dict[str, float]) -> bool:
    return OWN_CHECK_VERB and any(
        own.get(stem(v + p), 0) >= signals.W_PARAM for v in _CHECK_VERBS for p in _PARTICLES
    )


COMPARISON_PENALTY = 0.3
HARD_PENALTY = 0.6
SOFT_PENALTY = 0.12


def cue_penalty(
    own: dict[str, float], stems: list[str], lowered: str, columns: frozenset[str] = frozenset()
) -> float:
    """Words and phrases asking for work, or for a comparison, that the query's own words
    lack (a column of its SQL counts as its own: "mean temperature" is no "meaning")."""
    penalty = 0.0

    def is_own(s: str) -> bool:
        return own.get(s, 0) >= signals.W_PARAM or s in columns

    for s in set(stems):
        if is_own(s):
            continue
        if s == OWN_STEM and own_is_data(lowered, is_own, ID_TOKEN in stems):
            continue  # "who owns card 548…" of a query about cards (bot.matching.owned_data)
        if s in HARD_CUES:
            penalty += HARD_PENALTY
        elif s in SOFT_CUES:
            penalty += SOFT_PENALTY
    for phrase in HARD_PHRASES:
        if phrase not in lowered:
            continue
        said = [w for w in phrase.split() if not is_noise(w)]
        # a phrase of filler words alone ("also show") is never the query's own
        if not (said and all(own.get(stem(w), 0) >= signals.W_PARAM for w in said)):
            penalty += HARD_PENALTY
    check = _CHECK_AT_END.search(lowered.strip()) if CHECK_WITHOUT_OBJECT else None
    if check is not None and not _own_check(own):
        penalty += HARD_PENALTY
    padded = f" {lowered} "
    if any(phrase in padded for phrase in COMPARISON_PHRASES):
        penalty += COMPARISON_PENALTY
    return penalty
