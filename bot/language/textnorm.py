"""General English text handling for the matcher: cleaning, tokens, light stemming.

Only general language knowledge lives here (stop words, request filler, common business
abbreviations, a light stemmer). Domain vocabulary (what "AOV" or "pax" means) belongs in the
query library files: examples, keywords and choice synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.language.ask_focus import blank_pleasantries
from bot.language.corrections import apply_corrections
from bot.language.request_text import without_invisible
from bot.language.slack_quotes import unescape
from bot.language.wordlists import ABBREVIATIONS, FILLER, IRREGULAR, STOPWORDS

# Slack markup and decorations that carry no request meaning.
_SLACK_MARKUP = re.compile(r"<[@#!][^>]*>|<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+\-]+:")
_URL = re.compile(r"https?://\S+")
_NON_BMP = re.compile("[\U00010000-\U0010ffff\u2600-\u27bf\ufe0f\u200d]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A mention typed as plain text ("@data-team", "cc @alice"): Slack sends it as text when the
# manifest does not escape it. Not an email: nothing word-like may come before the "@".
_PLAIN_MENTION = re.compile(r"(?:\bcc:?\s*)?(?<![\w.+\-@])@[A-Za-z0-9][\w.\-]*", re.I)


# Shorthand for "with" and "without" ("w/ the MRR", "w/o refunds").
_WITHOUT = re.compile(r"(?<![\w/])w/o(?![\w/])", re.I)
_WITH = re.compile(r"(?<![\w/])w/(?=\s)", re.I)
# A time of day ("the 10am call", "by 3 pm"): the product's periods are whole days, so a time
# is when something happens around the request, never a value of it.
_TIME_OF_DAY = re.compile(r"(?<![\w.:])\d{1,2}(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)


# Units of time written short ("wk by wk", "per mth", "last qtr"): spelled out, so a breakdown
# or a grain reads as the word the library uses.
SPELL_OUT_UNITS = True
_UNIT_SPELLED = {
    "wk": "week", "wks": "weeks", "mth": "month", "mths": "months", "qtr": "quarter",
    "qtrs": "quarters", "yr": "year", "yrs": "years",
}  # fmt: skip
# "MoM", "WoW": month over month, week over week, a trend by that unit (written in mixed case,
# so "mom" and "wow" stay words). "YoY" stays: it asks to compare two years.
_OVER_SPELLED = {
    "d": "day over day", "w": "week over week", "m": "month over month",
    "q": "quarter over quarter",
}  # fmt: skip
_OVER_UNIT = re.compile(r"(?<![\w'’-])(?:DoD|WoW|MoM|MOM|QoQ|QOQ)(?![\w'’-])")
_UNIT_ABBREVIATION = re.compile(r"(?<![\w'’-])(?:wks?|mths?|qtrs?|yrs?)(?![\w'’-])", re.I)
# How often, written short ("rev wkly", "mthly signups"): spelled out too.
SPELL_OUT_FREQUENCIES = True
_FREQUENCY_SPELLED = {
    "dly": "daily", "wkly": "weekly", "mthly": "monthly", "mnthly": "monthly",
    "qtrly": "quarterly", "yrly": "yearly",
}  # fmt: skip
_FREQUENCY_ABBREVIATION = re.compile(
    r"(?<![\w'’-])(?:dly|wkly|mthly|mnthly|qtrly|yrly)(?![\w'’-])", re.I
)

# A number glued to its unit of time ("inside 7d", "45d", "last 3days", "2wks"): apart, so the
# number reads with its unit, as "7 days" does. Only units of time; "3d" before a letter stays.
SPELL_OUT_GLUED_UNITS = True
_GLUED_UNIT = re.compile(
    r"(?<![\w'’.,/-])(\d{1,4})((?-i:d)|days?|wks?|weeks?|mths?|months?|qtrs?|yrs?|years?)(?![\w'’-])",
    re.I,
)
_GLUED_SPELLED = {"d": "days", "wk": "weeks", "mth": "months", "qtr": "quarters", "yr": "years"}
# "a fortnight", "the last fortnight": two weeks, the words the library's day counts and
# periods read ("within 2 weeks" is 14 days).
FORTNIGHT_AS_WEEKS = True
_FORTNIGHT = re.compile(r"\b(?:(a|one)|(last|past|previous|next|first))\s+fortnight\b", re.I)

# A date written as an SQL literal ("signup_date between '2026-06-01' and '2026-06-30'"): the
# date, not a quoted name, so it reads as a period's end.
UNQUOTE_DATES = True
_QUOTED_DATE = re.compile(r"['\"‘“`](\d{4}-\d{1,2}-\d{1,2})['\"’”`]")


def _unglue(m: re.Match[str]) -> str:
    unit = m.group(2).lower().rstrip("s")
    unit = _GLUED_SPELLED.get(unit, unit + "s")
    return f"{m.group(1)} {unit[:-1] if m.group(1) == '1' else unit}"


def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


# Latin letters with accents to their base letter, one character for one ("région" ->
# "region"), so character offsets found in the folded text are offsets in the original.
_FOLD = {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x250) if _fold_char(chr(cp)) != chr(cp)}


def fold(text: str) -> str:
    """`text` with accents removed from Latin letters, the same length as `text`."""
    return text.translate(_FOLD) if not text.isascii() else text


def clean(text: str) -> str:
    """Remove Slack markup (mentions, channel links), plain-text mentions, emoji, URLs,
    invisible and control characters and times of day; keep link labels; spell out "w/"; put
    a correction in place of what it corrects (bot.language.corrections)."""
    text = without_invisible(text)  # zero-width and bidi characters carry no words
    text = _CONTROL.sub(" ", text)
    text = _SLACK_MARKUP.sub(lambda m: f" {m.group(1) or ''} ", text)
    text = unescape(text)  # "&gt;" is ">"; "> an earlier message" is no part of the ask
    text = _PLAIN_MENTION.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _EMOJI_CODE.sub(" ", text)
    text = _NON_BMP.sub(" ", text)
    text = _WITHOUT.sub("without", text)
    text = _WITH.sub("with ", text)
    text = _TIME_OF_DAY.sub(" ", text)
    if UNQUOTE_DATES:
        text = _QUOTED_DATE.sub(r" \1 ", text)
    if SPELL_OUT_GLUED_UNITS:
        text = _GLUED_UNIT.sub(_unglue, text)
    if FORTNIGHT_AS_WEEKS:
        text = _FORTNIGHT.sub(lambda m: f"{m.group(2) or ''} 2 weeks".lstrip(), text)
    if SPELL_OUT_UNITS:
        text = _UNIT_ABBREVIATION.sub(lambda m: _UNIT_SPELLED[m.group(0).lower()], text)
        text = _OVER_UNIT.sub(lambda m: _OVER_SPELLED[m.group(0)[0].lower()], text)
    if SPELL_OUT_FREQUENCIES:
        text = _FREQUENCY_ABBREVIATION.sub(lambda m: _FREQUENCY_SPELLED[m.group(0).lower()], text)
    # "…, sorry, I meant per week": the request as the person meant it
    return apply_corrections(blank_pleasantries(text))


_DOUBLED = re.compile(r"(.)\1")


def single_letters(stemmed: str) -> str:
    """A stem with its doubled letters single, so spellings meet ("enrollment", "enrolment")."""
    return _DOUBLED.sub(r"\1", stemmed)


# "ids" is the plural of "id" (too short for the plural rule): "the account ids" asks for
# what a query keyed "account id" shows. Off (clear stem's cache after switching): "ids".
IDS_ARE_ID = True


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, deterministic suffix stemmer: plurals, -ing, -ed, a final -e."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if IDS_ARE_ID and word == "ids":
        return "id"
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif (
        len(w) > 4
        and w.endswith("sses")
        or len(w) > 4
        and w.endswith("es")
        and w[-3] in "sxz"
        and not w.endswith("ses")
        or len(w) > 4
        and (w.endswith("ches") or w.endswith("shes"))
    ):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "sz":
            w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    # "movies" -> movy and "movie" -> movi must meet: a final y after a consonant reads as i
    # ("cities", "city" -> citi), as Porter's stemmer does
    if len(w) > 3 and w.endswith("y") and w[-2] not in "aeiou":
        w = w[:-1] + "i"
    return w


# Compiled once: a large library's patterns can empty re's cache between two requests.
_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")
# Second halves of a hyphenated word that only say how the first one applies ("paid-sourced",
# "company-wide", "EU-based"): the first half is the word meant.
HYPHEN_SUFFIXES_APART = True
_HYPHEN_SUFFIXES_TEXT = """
    sourced level based related driven led wide only specific focused heavy facing generated
    originated attributed acquired
"""
_HYPHEN_SUFFIXES = frozenset(_HYPHEN_SUFFIXES_TEXT.split())
_CONTRACTION = re.compile(r"['’](s|t|re|ve|ll|d|m)$")


def words(text: str) -> list[tuple[str, int, int]]:
    """Lower-case word tokens with their character spans; a hyphenated word of two parts is
    joined ("sign-ups"), one of three or more is a phrase and gives its words."""
    lowered = fold(text.lower())
    # "sign-ups" -> "signups", "re-run" -> "rerun": hyphens inside words join them.
    out = []
    for m in _WORD.finditer(lowered):
        raw = m.group(0)
        if raw.isalnum():  # most words: no hyphen, no apostrophe
            out.append((raw, *m.span()))
            continue
        if "'" in raw or "’" in raw:
            raw = _CONTRACTION.sub(
                lambda x: "" if x.group(1) == "s" else "'" + x.group(1),
                raw.replace("’", "'"),
            )
        parts = raw.split("-")
        if len(parts) >= 3 and not any(part.isdigit() for part in parts):
            # "month-over-month", "out-of-stock": a phrase written with hyphens, its words
            at = m.start()
            for part in parts:
                out.append((part, at, at + len(part)))
                at += len(part) + 1
            continue
        if HYPHEN_SUFFIXES_APART and len(parts) == 2 and parts[1] in _HYPHEN_SUFFIXES:
            # "affiliate-sourced", "organisation-wide": the first word says what
            out.append((parts[0], m.start(), m.start() + len(parts[0])))
            continue
        out.append((raw.replace("-", ""), m.start(), m.end()))
    return out


def expand(word: str) -> list[str]:
    """Expand a common abbreviation into its words (rev -> revenue)."""
    full = ABBREVIATIONS.get(word)
    return full.split() if full else [word]


def is_noise(word: str) -> bool:
    return word in STOPWORDS or word in FILLER
