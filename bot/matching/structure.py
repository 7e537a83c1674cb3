"""Request structures no single query of a library answers, whatever its words: a comparison
with other rows ("a higher rating than some blues song"), alternatives joined by "or"
("on mp4 or above 720"), a filter said in the negative ("not reviewed by Brittany Harris"),
a negation a query's own words never say ("which physician was not trained in"), a filter on
part of a value ("whose name contains the letter M") from a query that compares whole values.

A query takes a value as a filter that must hold; each of these asks for something else, so
running the query would hand over a wrong list. General English only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import stem
from bot.matching import signals

# How a number starts, in digits or words: "than 500", "than five", "than $5".
_NUMBER_WORDS = (
    r"(?:\d|[$€£#.]\d|once|twice|thrice|half\s+a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a\s+(?:dozen"
    r"|hundred|thousand|million))"
)
# "than" followed by something that is not a value ("than some blues song", "than English
# songs", "than average"); a bound measured against other rows ("before any wine from X",
# "below the rating of all songs", "after the most recent Spielberg film"); "the same as".
_RELATIVE = re.compile(
    rf"\bthan\s+(?!{_NUMBER_WORDS})(?!(?:that|those|it|usual)\b)\w"
    r"|\b(?:than|before|after|below|above|under|over)\s+(?:the\s+\w+\s+of\s+)?"
    r"(?:any|all|every|some|the\s+most\s+recent|the\s+latest|the\s+earliest|that\s+of)\b"
    r"|\bsame\s+(?:name|as)\b",
    re.I,
)
# "a price larger than or equal to $180": "or equal to" widens a bound to the value it names
# (bot.language.bounds reads it as "at least"); it compares with no other row and says nothing
# about which data is wanted, so it is blanked before either is read.
INCLUSIVE_WORDS_BLANKED = True
_OR_EQUAL = re.compile(
    r"\b(?:than|more|greater|higher|larger|bigger|over|above|later|longer|older|less|fewer"
    r"|lower|smaller|under|below|earlier|shorter|younger)\s+(or\s+equals?(?:\s+to)?)\b",
    re.I,
)


def without_or_equal(text: str) -> str:
    """`text` with the "or equal to" of an inclusive bound blanked (same length, so spans hold)."""
    if not INCLUSIVE_WORDS_BLANKED:
        return text
    return _OR_EQUAL.sub(
        lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), text
    )


# "priced above the average selling price", "below the mean": a bound measured against a
# figure over the other rows, as "than average" is.
PAST_AVERAGE_IS_RELATIVE = True
_PAST_AVERAGE = re.compile(
    r"\b(?:above|below|under|over|exceeding|exceeds?|beyond)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?:overall\s+)?(?:average|mean|median)\b",
    re.I,
)
# "above-average spend", "a balance below the maximum balance": written with a hyphen, or
# against the largest or smallest of the other rows, the bound is as relative (off: only the
# spaced words against an average, as above).
PAST_EXTREME_IS_RELATIVE = True
_PAST_EXTREME = re.compile(
    r"\b(?:above|below|under|over|exceeding|exceeds?|beyond)(?:-|\s+(?:the\s+|our\s+|their\s+)?)"
    r"(?:overall\s+)?(?:average|mean|median|maximum|minimum)\b",
    re.I,
)


def _past_average() -> re.Pattern[str]:
    return _PAST_EXTREME if PAST_EXTREME_IS_RELATIVE else _PAST_AVERAGE


# "in the same department as Clara", "the same city as the airport": rows compared with
# another row, whatever stands between "same" and "as".
_SAME_X_AS = re.compile(r"\bsame\s+(?:[a-z]+\s+){1,2}as\b", re.I)
_QUOTE = "'\"‘’“”`"
# A filter on part of a value: "whose name contains the letter M", "starts with 'S'", "has
# the substring 'Ha'", "a 'J' in their first name", "names containing ROY"... A query compares
# whole values unless its SQL matches patterns (LIKE, ILIKE, contains(), starts_with()).
_PATTERN = re.compile(
    r"(?i:\b(?:contain|contains|containing|include|includes|including|has|have|having|with)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:letters?|substring|sub-string|characters?|string|word)\b)"
    r"|(?i:\b(?:starts?|starting|begins?|beginning|ends?|ending)\s+with\s+(?:the\s+|a\s+|an\s+)?)"
    rf"(?:(?i:letters?)\b|[{_QUOTE}]|[A-Z]{{1,3}}\b)"
    r"|\bletters?\s+[A-Z]\b"
    rf"|\b(?:contains?|containing)\s+(?:a\s+|an\s+|the\s+)?(?:[{_QUOTE}][^{_QUOTE}]{{1,20}}[{_QUOTE}]|[A-Z]{{1,4}}\b)"
    r"|\bsubstring\b|\b(?:first|last)\s+letter\b"
    rf"|\b(?:a|an|the\s+letters?)\s+[{_QUOTE}]?[A-Za-z][{_QUOTE}]?\s+in\s+(?:their|its|his|her|the)\b",
)
# What a query's SQL uses to match part of a value.
_SQL_PATTERN = re.compile(
    r"\b(?:i?like|similar\s+to|regexp(?:_\w+)?|contains|starts_with|ends_with|instr|strpos"
    r"|position)\b|~~?\*?",
    re.I,
)
# "or" that joins two conditions; "or more", "or less", "or equal", "2000 or after" only widen
# one bound ("before 2000 or after 2010" is two).
_ALTERNATIVE = re.compile(
    r"\bor\b(?!\s+(?:more|less|fewer|above|below|over|under|equal|later|earlier|so|not|higher"
    r"|lower|greater|smaller|longer|shorter|after|before)\b(?!\s+(?:than\s+)?[$€£]?\d))",
    re.I,
)
# "no." and "no" before a number are a number sign ("order no. 90211", "order no 90211"), not a
# negation.
_NO = r"no(?!\.)(?!\s*#?\d)"
_NEGATED = re.compile(rf"\b(?:not|never|{_NO}|without|excluding|except)\b|n't\b", re.I)


# A negation anywhere in a request ("never reached 70", "neither Fog nor Rain", "which
# physician was not trained in"); "can't remember" is talk about the asker, not the data.
_NEGATION = re.compile(
    rf"\b(?:not|never|neither|nor|none|nobody|without|excluding|except|{_NO})\b"
    r"|n't\b(?!\s+(?:remember|know|think|recall|see|find|tell|want|need|mind)\b)",
    re.I,
)
# A query whose own words say a negation ("films with no rating", "unrated") answers one.
_OWN_NEGATION = re.compile(
    r"\b(?:no|not|never|none|nobody|without|zero|un[a-z]{2,}(?:ed|id))\b|n['’]t\b", re.I
)


# A question about how a figure is made rather than for the figure: "how is churn
# calculated", "how exactly is an active user defined", "what counts as active", "what does
# conversion mean". Running the query hands over numbers; the person asked for a definition.
_METHOD = re.compile(
    r"\bhow\s+(?:exactly\s+)?(?:is|are|was|were|do|does|did|should|would)\b[^?.!]{0,60}?\b"
    r"(?:defined|calculated|computed|measured|counted|derived|determined|attributed|define"
    r"|calculate|compute|measure|derive|determine|attribute|decide|decided|decides|classify"
    r"|classified|classifies)\b"
    r"|\bwhat\s+(?:counts|qualifies)\s+as\b"
    r"|\bwhat\s+(?:does|do)\b[^?.!]{0,60}?\bmean\b(?=\s*(?:[?.!,]|$|in\b|for\b|here\b|exactly\b))"
    r"|\b(?:definition|meaning)\s+of\b|\bwhat\s+is\s+meant\s+by\b",
    re.I,
)


# A request to act on a record rather than to read one: an opening verb of an operation on
# business records, then what it acts on: "refund order 44105 in full", "cancel order 49393",
# "delete all data on customer 5521", "update the email of customer X". ("refund reasons",
# "refund summary" name data: no determiner, no record after the noun; nor is a date one,
# "refund reasons 11/2025".)
_ACTION = re.compile(
    r"^\W*(?:(?:hey|hi|hello|pls|please|kindly|can\s+(?:you|someone|we)|could\s+(?:you|someone|we)"
    r"|would\s+you)\W+)*"
    r"(?:refund|cancel|delete|remove|void|reverse|charge|credit|approve|reject|close|reopen"
    r"|reset|restock|reorder|resend|ship|update|change|edit|modify|merge|rename|archive|suspend"
    r"|reactivate|activate|deactivate|block|unblock|ban|upgrade|downgrade|extend|transfer"
    r"|assign|reassign|escalate)\s+"
    r"(?:(?:the|this|that|these|those|all|my|our|his|her|their|its|it|them|a|an)\b|\w+\s+(?:no\.?\s*|#)?\d+(?!\d|[/.\-]\d))",
    re.I,
)


def asks_action(text: str) -> bool:
    """The request asks for an operation on a record (see _ACTION), not for data."""
    return bool(_ACTION.search(text))


# "what does AOV stand for", "what's MRR short for": what a name abbreviates, no figure.
ABBREVIATION_QUESTIONS = True
_STANDS_FOR = re.compile(
    r"\bwhat(?:['’]s|\s+(?:does|do|is))\s[^?.!]{0,40}?\b(?:stand|stands|short)\s+for\b"
    r"(?=\s*(?:[?.!,]|$|exactly\b|here\b|again\b))",
    re.I,
)


def asks_method(text: str) -> bool:
    """The request asks how a figure is defined or calculated (see _METHOD), or what a name
    abbreviates."""
    return bool(_METHOD.search(text)) or (ABBREVIATION_QUESTIONS and bool(_STANDS_FOR.search(text)))


# "'not as described' refunds": a negation inside quotes is part of the value quoted (a refund
# reason), not one the request says.
QUOTED_NEGATIONS_ARE_VALUES = True
_QUOTED = re.compile(r"(?<!\w)'[^'\n]+'(?!\w)|\"[^\"\n]+\"|“[^”\n]+”")


def _unquoted(text: str) -> str:
    """`text` with each quoted phrase blanked (same length), apostrophes made plain."""
    text = text.replace("’", "'")
    if not QUOTED_NEGATIONS_ARE_VALUES:
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def negates(text: str) -> bool:
    """The request says a negation (see _NEGATION)."""
    text = _unquoted(text)
    if not BOUND_NEGATIONS_ARE_BOUNDS:
        return bool(_NEGATION.search(text))
    return any(not _negates_a_bound(text, m.end()) for m in _NEGATION.finditer(text))


# "no more than 10 visits", "not over 5": a bound said in the negative, no negated request
# (bot.language.bounds.canonical_bound reads it as "at most" / "at least").
BOUND_NEGATIONS_ARE_BOUNDS = True
_COMPARISON_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:than\b|[$€£]?\d)", re.I)


def _negates_a_bound(text: str, end: int) -> bool:
    """The negation ending at `end` is followed by a comparison and its number or "than"."""
    after = re.findall(r"[a-z]+", text[end : end + 20].lower())[:1]
    return (
        bool(after)
        and after[0] in _BOUND_NOT_NEGATION - {"only"}
        and bool(_COMPARISON_AFTER.match(text, end + 1 + len(after[0])))
    )


# "drivers with no more than 10 starts" in a header is a bound it takes, not a negation it
# lists ("drivers who did not race" is none of its rows), unless that bound can be zero
# ("students with no more than one course", at most 0 enrolments: those with none).
BOUND_NEGATIONS_NOT_OWNED = True


def owns_negation(header: str, zero_bound: bool = True) -> bool:
    """A query's header words say a negation itself ("which films still have no reviews");
    `zero_bound`: one of its numeric parameters can be zero, so "no more than" owns one too."""
    for m in _OWN_NEGATION.finditer(header):
        after = re.findall(r"[a-z]+", header[m.end() :].lower())[:1]
        bound = after and after[0] in _BOUND_NOT_NEGATION
        if BOUND_NEGATIONS_NOT_OWNED and bound and not zero_bound:
            continue
        return True
    return False


def relative_spans(text: str) -> list[tuple[int, int]]:
    """Where the request compares rows with other rows (the phrases `relative_comparison` sees)."""
    text = without_or_equal(text)
    found = [m.span() for m in _RELATIVE.finditer(text)]
    if signals.SAME_X_AS_IS_RELATIVE:
        found += [m.span() for m in _SAME_X_AS.finditer(text)]
    if PAST_AVERAGE_IS_RELATIVE:
        found += [m.span() for m in _past_average().finditer(text)]
    return found


def relative_comparison(text: str) -> bool:
    """The request compares rows with other rows rather than with a value it names."""
    text = without_or_equal(text)
    return (
        bool(_RELATIVE.search(text))
        or bool(signals.SAME_X_AS_IS_RELATIVE and _SAME_X_AS.search(text))
        or bool(PAST_AVERAGE_IS_RELATIVE and _past_average().search(text))
    )


def asks_pattern(text: str) -> bool:
    """The request filters on part of a value (see _PATTERN), not on a whole value."""
    return bool(_PATTERN.search(text.replace("’", "'")))


def matches_patterns(sql: str) -> bool:
    """The query's SQL can match part of a value (LIKE, ILIKE, contains(), …)."""
    return bool(_SQL_PATTERN.search(sql))


# "is revenue up or down?", "better or worse than last month": which way a figure went, asked
# as a question, joins no conditions.
DIRECTION_QUESTIONS_NO_ALTERNATIVES = True
_DIRECTION_PAIR = re.compile(
    r"\b(?:up\s+or\s+down|down\s+or\s+up|better\s+or\s+worse|worse\s+or\s+better"
    r"|(?:growing|increasing|rising|improving)\s+or\s+(?:shrinking|decreasing|falling|declining)"
    r"|(?:shrinking|decreasing|falling|declining)\s+or\s+(?:growing|increasing|rising|improving))\b",
    re.I,
)


def alternatives(text: str) -> bool:
    """The request joins conditions with "or" (a query's filters all hold at once)."""
    if DIRECTION_QUESTIONS_NO_ALTERNATIVES:
        text = _DIRECTION_PAIR.sub(" ", text)
    return bool(_ALTERNATIVE.search(text))


# "the non public schools", "non-members": "non" before a value negates it as "not" does.
NON_NEGATES_A_VALUE = True
_NON_BEFORE = re.compile(r"\bnon[\s-]?$", re.I)


def negated_before(text: str, start: int, reach: int = 30) -> bool:
    """A negation in the few words just before `start` ("not reviewed by …")."""
    if NON_NEGATES_A_VALUE and _NON_BEFORE.search(text[max(0, start - 8) : start]):
        return True
    # The value's first character stays in view: "no" before a number is a number sign.
    window = text[max(0, start - reach) : start + 1].replace("’", "'")
    end = len(window) - (1 if start < len(text) else 0)
    return any(
        m.end() <= end and not (BOUND_NEGATIONS_ARE_BOUNDS and _negates_a_bound(window, m.end()))
        for m in _NEGATED.finditer(window)
    )


# "aren't under construction", "not over budget": a comparison word with no number or "than"
# after it says where or how a thing is, and the negation is about that (off: a comparison word
# after a negation always makes a bound).
COMPARATOR_WITHOUT_NUMBER_NEGATES = True


def _negates_a_place(text: str, end: int) -> bool:
    """The comparison word after the negation ending at `end` governs no number or "than"."""
    after = re.findall(r"[a-z]+", text[end : end + 20].lower())[:1]
    return (
        COMPARATOR_WITHOUT_NUMBER_NEGATES
        and bool(after)
        and after[0] in _BOUND_NOT_NEGATION - {"only", "more", "less", "fewer"}
        and not _negates_a_bound(text, end)
    )


# The few words a negation governs: "customers who don't have an account" -> have, an, account.
_NEGATED_REACH = 4


def negated_stems(text: str) -> frozenset[str]:
    """Stems of the words just after each negation of the request (see _NEGATION)."""
    text = _unquoted(text)
    out: set[str] = set()
    for m in _NEGATION.finditer(text):
        after = re.findall(r"[a-z]+", text[m.end() :].lower())[:_NEGATED_REACH]
        if after and after[0] in _BOUND_NOT_NEGATION and not _negates_a_place(text, m.end()):
            continue  # "no more than 2 accounts" is a bound, "not only" widens
        out.update(stem(w) for w in after)
    return frozenset(out)


# A description clause with these says which rows it shows ("zero included", "products never
# ordered show zeros"), not which it leaves out.
_INCLUSION = re.compile(r"\b(?:zeros?|included|including|shows?|shown|listed)\b", re.I)


# "price (empty where none is recorded)": a value left empty, its row still shown; no row is
# left out, so the clause owns no negation ("products with no characteristics recorded").
EMPTY_VALUES_EXCLUDE_NOTHING = True
_EMPTY_VALUE = re.compile(r"\b(?:empty|blank|null|nulls)\b", re.I)


def excluded_words(description: str) -> frozenset[str]:
    """Stems a description's negations leave out ("revenue counts orders not cancelled")."""
    out: set[str] = set()
    for clause in re.split(r"[.;()]", description):
        if EMPTY_VALUES_EXCLUDE_NOTHING and _EMPTY_VALUE.search(clause):
            continue
        if not _INCLUSION.search(clause):
            out |= negated_stems(clause)
    return frozenset(out)


_BOUND_NOT_NEGATION_TEXT = (
    "more less fewer greater higher lower later earlier over under above below only"
)
_BOUND_NOT_NEGATION = frozenset(_BOUND_NOT_NEGATION_TEXT.split())


# "by number of orders, not revenue", "rather than revenue", "instead of revenue": the word
# after it is what the request does not want.
_NOT_THIS = re.compile(
    r"(?:,|;|\(|\bbut)\s+not\s+(\w+)|\b(?:rather\s+than|instead\s+of)\s+(\w+)", re.I
)


@lru_cache(maxsize=1024)
def refused_words(text: str) -> frozenset[str]:
    """Stems of what a request says it does not want ("…, not revenue")."""
    return frozenset(stem(m.group(1) or m.group(2)) for m in _NOT_THIS.finditer(text))


def structure_penalty(
    ent: Entities, extraction: Any, joined_by_or: bool, own: dict[str, float] | None = None
) -> float:
    """What counts against one query for the values it took: two of them joined by "or"
    ("on mp4 or above 720"), one the request negates ("not given 4 stars"); and a word of its
    title or keywords the request says it does not want ("top customers by orders, not
    revenue")."""
    penalty = 0.0
    refused = refused_words(ent.text)
    if refused and any((own or {}).get(t, 0) >= signals.W_KEYWORD for t in refused):
        penalty += signals.REFUSED_SUBJECT_PENALTY
    if joined_by_or and extraction.absorbed >= 2:
        penalty += signals.ALTERNATIVE_PENALTY
    starts = [ent.numbers[n].start for n in extraction.used_numbers]
    starts += [vs for vs, _ve in extraction.value_spans]
    if any(negated_before(ent.text, at) for at in starts):
        penalty += signals.NEGATED_FILTER_PENALTY
    return penalty
