"""What a request's text offers as parameter values, found once per request: periods,
numbers (with the words around them), emails, quoted phrases and identifiers.

General English only; which parameter takes which value is decided by the parameter types
(bot.library.types).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from bot.language import bounds, not_quantities, number_names
from bot.language.bad_counts import count_problems
from bot.language.bounds import (  # noqa: F401 - re-exported
    bound_direction,
    canonical_bound,
    ends_a_number_range,
    name_direction,
)
from bot.language.clauses import states_verb, telling_spans
from bot.language.deadlines import said_as_deadline
from bot.language.measures import measured
from bot.language.number_names import said_as_id
from bot.language.numwords import MAX_EXACT_DIGITS, number_idioms, parse_number_words
from bot.language.periods import Period, scan_periods
from bot.language.sign_words import sign_word_before
from bot.language.taken_spans import TakenSpans
from bot.language.textnorm import STOPWORDS, clean, words
from bot.language.wordlists import RANK_AFTER, RANK_WORDS  # noqa: F401 - re-exported
from bot.language.year_filler import without_year_filler

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# A minus sign counts only where it cannot be a hyphen or a range's dash ("under -3", not "10-20").
_DIGITS = re.compile(
    r"(?<![\w.])(?:(?P<sign>[-−])(?=\d))?#?(?P<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<suffix>k|m)?(?![\w@])",
    re.I,
)
# "over 100 million", "2.5 billion": the scale word said after the digits multiplies them
# (off: the digits alone, "100").
SCALE_WORDS_MULTIPLY = True
_SCALED_DIGITS = re.compile(
    _DIGITS.pattern.replace("(?P<suffix>k|m)", r"(?P<suffix>k|m|\s+(?:thousand|million|billion))"),
    re.I,
)
_SCALES = {"k": 1e3, "m": 1e6, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_QUOTED = re.compile(r"[\"“']([^\"”']{2,80})[\"”']")
# "the physicians' ids with their departments' names": an apostrophe after a word, or before
# one, is a possessive or an elision, not a quote (off: any two apostrophes quote what is
# between them).
POSSESSIVES_ARE_NO_QUOTES = True
_SINGLE_QUOTED = re.compile(r"(?<!\w)[‘']([^\"”'’]{2,80})['’](?!\w)|[\"“]([^\"”]{2,80})[\"”]")
# Codes with letters and digits ("X4P9LM", "SKU-1182"), not ordinals, "100k" or a count of
# rows written with a hyphen ("top-20").
ID_CODE_RE = re.compile(
    r"(?<![\w@.])(?!\d+(?:st|nd|rd|th|k|m|am|pm)\b)"
    r"(?!(?:" + "|".join(sorted(RANK_WORDS)) + r")-\d+(?![\w@]))"
    r"(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])"
    r"[A-Za-z0-9][A-Za-z0-9_\-]{3,}(?![\w@])"
)

# Words before a number that make it a filter bound ("under 25 units", "more than 3 days").
COMPARATORS = {
    "under",
    "below",
    "over",
    "above",
    "than",
    "least",
    "most",
    "exceeding",
    "max",
    "min",
    "threshold",
}
_ORDINAL = re.compile(
    r"(?:[a-z]+[\s-])*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*tieth|[a-z]+th|\d+(?:st|nd|rd|th))"
)


_CURRENCY_SIGNS = set("$€£¥₹")
_CURRENCY_WORDS = {"dollars", "dollar", "usd", "eur", "euros", "euro", "gbp", "pounds", "bucks"}
_PERCENT_WORDS = {"percent", "pct", "percentage", "per-cent"}


def _after_rank_word(before: tuple[str, ...]) -> bool:
    """The number follows a rank word ("top 20", "top-20"): it counts rows."""
    return bool(before) and before[-1] in RANK_WORDS


# "we spent $40k on ads in Sept, how many signups …": a number in a clause that only tells,
# when another one asks, is context, not a value to filter on or to leave unused.
CONTEXT_NUMBERS_ARE_NO_VALUES = True
# "…, he called the support line twice today": how many times something happened, told in a
# clause that only tells, is context whatever word comes before it.
TOLD_TIMES_ARE_CONTEXT = True


def _told(num: Number, states: bool) -> bool:
    """`num`, in a clause that only tells, is context: no id ("order 123, where is it?"), no
    count of rows, no bound unless the clause says what happened ("DAU dropped below 12k")."""
    if num.id_like or _after_rank_word(num.before) or (bound_direction(num.before) and not states):
        return False
    if num.after and num.after[0] in RANK_AFTER:
        return False  # "the days with the 3 largest gusts": a count of rows, however worded
    if TOLD_TIMES_ARE_CONTEXT and num.after[:1] == ("times",) and not bound_direction(num.before):
        return True  # "…, he's emailed support three times": how often it happened, no filter
    prev = num.before[-1] if num.before else ""
    return (
        not prev or prev in STOPWORDS or bool(states_verb(prev)) or bound_direction(num.before) != 0
    )


# "client No.988": a number glued to its id word (_DIGITS reads none after a ".")
_GLUED_ID = re.compile(r"\b(?:no|nr)\.(?P<digits>\d{1,18})\b", re.I)
_DIGITS_ONLY = re.compile(r"[\d,.]+")
# Words that take back what follows: "without returns", "not shipped", "didn't succeed".
NEGATIONS = frozenset(
    [
        "without",
        "excluding",
        "exclude",
        "excl",
        "no",
        "not",
        "never",
        "minus",
        "except",
        "don't",
        "dont",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "wasn't",
        "wasnt",
        "weren't",
        "werent",
    ]
)


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    id_like: bool  # 5+ digits or written with '#': an identifier rather than a quantity
    before: tuple[str, ...]  # up to four lower-case words before it
    after: tuple[str, ...]  # up to three lower-case words after it
    exact: int | None = None  # the whole number as written, digit for digit (no float rounding)
    percent: bool = False  # "10%", "5 percent": a share, not a count or an amount
    money: bool = False  # "$500", "100 dollars": an amount of money
    # Stems of what the words around it say it measures: "older than 20", "20 years old": age.
    measures: frozenset[str] = frozenset()
    named_id: bool = False  # an id by its id word only ("client no. 988", "id 42")
    # The scale word or suffix said after the digits ("billion", "m"), already multiplied into
    # `value`: a parameter already measured in it takes the digits (bot.library.types.said_scale).
    scale: str = ""


@dataclass
class Entities:
    """What a request's text offers as parameter values, found once per request."""

    text: str
    periods: list[Period] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    emails: list[tuple[str, int, int]] = field(default_factory=list)
    quoted: list[tuple[str, int, int]] = field(default_factory=list)
    id_tokens: list[tuple[str, int, int]] = field(default_factory=list)
    masked: str = ""  # text with period phrases, emails and numbers blanked out
    # Why something in the text cannot be meant ("2026-02-30", "top 0"): refused, never guessed.
    problems: list[str] = field(default_factory=list)

    @property
    def quantities(self) -> list[Number]:
        """Numbers that ask for something: "top 20", "under 5", "within 7 days" (not ids)."""
        return [
            n
            for n in self.numbers
            if not n.id_like
            and n.before
            and (n.before[-1] in RANK_WORDS or n.before[-1] in COMPARATORS)
        ]


_TEXT_MATCH_WORDS = {"start", "starts", "starting", "begin", "begins", "beginning"}
_TEXT_MATCH_WORDS |= {"end", "ends", "ending"}


def written_as_text(ent: Entities, num: Number) -> bool:
    """`num` is a piece of text to match, not a quantity: quoted ("'8'"), or what something
    starts or ends with ("dates that start with 8", "codes ending with 42")."""
    if any(s <= num.start and num.end <= e for _v, s, e in ent.quoted):
        return True
    before = num.before
    return len(before) >= 2 and before[-1] == "with" and before[-2] in _TEXT_MATCH_WORDS


# "a 60-day window", "3-star reviews", "a 5-year-old": a number joined to its unit by a hyphen
# is that number (its unit the word after it), not a code.
UNIT_HYPHENS = True
_NUMBER_UNIT = re.compile(r"\d+(?:\.\d+)?(?:-[A-Za-z]+)+")
# "minus ten", "negative 5": a sign said in words belongs to the number (never dropped).
SIGN_WORDS = True
# What a number measures, said in general English ("older than 20", "20 years old": an age):
# the parameter that measures it takes the number (bot.library.types.numbers).
MEASURE_WORDS = True
# "within a week", "in under an hour", "over a fortnight": one unit of time is the number 1,
# so the unit's reading (days, seconds) applies as to "within 2 weeks".
ONE_UNIT_IS_ONE = True
# "twice", "thrice", "(more than) once" count times: the unit after them is "times", whatever
# noun follows ("used at least twice across all products" is 2 uses, not 2 products).
IDIOMS_COUNT_TIMES = True
_TIMES_IDIOM = re.compile(r"twice|thrice|once", re.I)
_ONE_UNIT = re.compile(
    r"\b(?:within|in|under|over|past|after|than)\s+(?P<one>an?)\s+"
    r"(?=(?:fortnight|week|day|hour|minute|second)\b)",
    re.I,
)


def context_words(
    text: str, start: int, end: int, reach: int = 3
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    before = [w for w, _s, _e in words(text[max(0, start - 40) : start])][-reach:]
    after = [w for w, _s, _e in words(text[end : end + 40])][:3]
    return tuple(before), tuple(after)


def find_entities(text: str, today: dt.date, fiscal_start: int = 1) -> Entities:
    text = clean(text)  # Slack mentions and links are not values ("<@U0ALICE001>")
    ent = Entities(text=text)
    ent.periods, ent.problems = scan_periods(text, today, fiscal_start)
    ent.periods = [
        p
        for p in ent.periods
        if not said_as_deadline(text, p) and not ends_a_number_range(text, p.span[0])
    ]
    ent.problems += count_problems(text)
    taken = TakenSpans(p.span for p in ent.periods)
    free = taken.free

    for m in EMAIL_RE.finditer(text):
        ent.emails.append((m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in (_SINGLE_QUOTED if POSSESSIVES_ARE_NO_QUOTES else _QUOTED).finditer(text):
        if free(m.start(), m.end()):
            ent.quoted.append((m.group(1) or m.group(2), m.start(), m.end()))
    for m in ID_CODE_RE.finditer(text):
        if UNIT_HYPHENS and _NUMBER_UNIT.fullmatch(m.group(0)):
            continue  # "a 60-day window", "3-star hotels": a number and its unit, no code
        if free(m.start(), m.end()):
            ent.id_tokens.append((m.group(0), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    found: list[tuple[int, int, float, bool, int | None]] = []
    scales: dict[int, str] = {}  # a number's start: the scale word said after its digits
    numbered = TakenSpans()  # the spans of `found`, to test overlaps in no time
    for m in (_SCALED_DIGITS if SCALE_WORDS_MULTIPLY else _DIGITS).finditer(text):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("digits").replace(",", "")
        sign = -1 if m.group("sign") else 1
        value = sign * float(raw)
        suffix = (m.group("suffix") or "").strip().lower()
        value *= _SCALES.get(suffix, 1)
        # "#4402", "48213", "1234" are identifiers; "4,120", "10k" and years are quantities.
        id_like = sign > 0 and (
            m.group(0).lstrip("-−").startswith("#")
            or (
                len(raw) >= 4
                and raw.isdigit()
                and "," not in m.group("digits")
                and not suffix
                and not (len(raw) == 4 and raw[:2] in ("19", "20"))
            )
        )
        exact = (
            sign * int(raw)
            # int() refuses more than 4,300 digits; the float (inf) says "too large"
            if raw.isdigit() and not suffix and len(raw) <= MAX_EXACT_DIGITS
            else None
        )
        found.append((m.start(), m.end(), value, id_like, exact))
        numbered.append((m.start(), m.end()))
        if suffix in _SCALES:
            scales[m.start()] = suffix
    if number_names.ID_WORDS_MAKE_IDS:  # "client No.988": the number glued to its id word
        for m in _GLUED_ID.finditer(text):
            s, e = m.span("digits")
            if free(s, e) and numbered.free(s, e):
                found.append((s, e, float(m["digits"]), False, int(m["digits"])))
                numbered.append((s, e))
    for s, e, value in number_idioms(text) + parse_number_words(text):  # idioms first
        if _ORDINAL.fullmatch(text[s:e].strip().lower()):
            continue  # "first order", "third quarter": ordinals are not quantities
        if free(s, e) and numbered.free(s, e) and not _DIGITS_ONLY.fullmatch(text[s:e]):
            exact = value if isinstance(value, int) else None
            found.append((s, e, float(value), False, exact))
            numbered.append((s, e))
    if ONE_UNIT_IS_ONE:
        for m in _ONE_UNIT.finditer(text):
            s, e = m.span("one")
            if free(s, e) and numbered.free(s, e):
                found.append((s, e, 1.0, False, 1))
                numbered.append((s, e))
    if SIGN_WORDS:  # "below minus ten units": the sign said in words is the number's
        signed = []
        for s, e, v, i, x in found:
            sign = sign_word_before(text, s)
            if sign is None or not free(sign.start(), s):
                signed.append((s, e, v, i, x))
            else:
                signed.append((sign.start(), e, -v, False, None if x is None else -x))
        found = signed
    telling = telling_spans(text) if CONTEXT_NUMBERS_ARE_NO_VALUES else []
    told_times: list[tuple[int, int]] = []
    no_values = not_quantities.spans(text)  # "the call at 4", "1:1s", "the big one"
    for s, e, value, id_like, exact in sorted(found, key=lambda f: f[:4]):
        if not_quantities.inside(s, e, no_values):
            taken.append((s, e))
            continue
        # Four words: "whose price is bigger than 100" names the price.
        before, after = context_words(text, s, e, reach=4)
        if not bound_direction(before):
            before = without_year_filler(text, s, value, before)
        if bounds.BOUND_AFTER_NUMBER and not bound_direction(before):
            before, after = bounds.bound_after(text, e, before, after)
        if bounds.INCLUSIVE_COMPARISONS and not bound_direction(before):
            before = bounds.inclusive_before(text, s, before)
        before = canonical_bound(before)
        # "more expensive than 5000", "above 1000": a bound is a quantity, not an identifier.
        # "top 5000": a count of rows, however many digits it has.
        id_like = id_like and not bound_direction(before) and not _after_rank_word(before)
        named_id = not id_like and said_as_id(before, value)  # "client no. 988", "ID: 988"
        if IDIOMS_COUNT_TIMES and _TIMES_IDIOM.fullmatch(text[s:e]) and after[:1] != ("the",):
            after = ("times", *after[:2])  # "used twice across products"; not "twice the visits"
        percent = text[e : e + 1] == "%" or (bool(after) and after[0] in _PERCENT_WORDS)
        money = text[max(0, s - 1) : s] in _CURRENCY_SIGNS or (
            bool(after) and after[0] in _CURRENCY_WORDS
        )
        measures = measured(before, after) if MEASURE_WORDS else frozenset()
        num = Number(
            value, s, e, id_like or named_id, before, after, exact, percent, money, measures
        )
        num = replace(num, named_id=named_id) if named_id else num
        num = replace(num, scale=scales[s]) if s in scales else num
        taken.append((s, e))
        told = [(a, b) for a, b, states in telling if a <= s and e <= b and _told(num, states)]
        if not told:
            ent.numbers.append(num)
        elif TOLD_TIMES_ARE_CONTEXT and num.after[:1] == ("times",):
            told_times += told
    # "…, he's emailed support three times this week": when it happened, told with how often
    ent.periods = [p for p in ent.periods if not any(a <= p.span[0] < b for a, b in told_times)]
    chars = list(text)
    for s, e in taken:
        chars[s:e] = " " * (e - s)
    ent.masked = "".join(chars)
    return ent
