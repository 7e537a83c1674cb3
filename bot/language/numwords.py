"""Numbers in free text: digits ("4,120", "3.5", "10k", "#77120"), English number words
("twenty five", "a hundred", "one thousand two hundred", "a dozen") and ordinals ("third", "3rd").

Pure standard library; shared by the period parser and the matcher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
# "which one is right?", "the one with": "one" as a pronoun, not a number.
_PRONOUN_ONE_BEFORE = {
    "which",
    "this",
    "that",
    "the",
    "each",
    "every",
    "any",
    "no",
    "some",
    "another",
    "other",
    "a",
    "an",
}
# "a second", "per second": the unit of time, not the ordinal.
_UNIT_SECOND_BEFORE = {"a", "per", "every", "each", "one", "the", "split"}

_CARDINAL_WORDS = sorted(
    [*_UNITS, *_TENS, *_SCALES, "hundred", "dozen", "a", "an"], key=len, reverse=True
)
_W = r"(?:" + "|".join(_CARDINAL_WORDS) + r")\b"
# A run of cardinal number words, for embedding in other patterns (validate with words_to_number).
CARDINAL_PATTERN = rf"\b{_W}(?:(?:\s+|\s*-\s*)(?:and\s+)?{_W})*"

_WORD_RE = re.compile(r"[A-Za-z]+")
_JOIN_RE = re.compile(r"\s+|\s*-\s*")
_DIGITS_RE = re.compile(
    r"(?<![\w.])(?<!\d[-/:])"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?:(?P<ord>st|nd|rd|th)|(?P<k>[kK]))?"
    r"(?![\w]|[-/:]\d|\.\d)"
)


MAX_EXACT_DIGITS = 100  # longer runs of digits are no whole number any engine holds


@dataclass(frozen=True)
class NumberMatch:
    start: int
    end: int
    value: int | float
    ordinal: bool = False


def parse_number_words(text: str) -> list[tuple[int, int, int | float]]:
    """Every number in `text` as (start, end, value), in order, digits and words alike."""
    return [(n.start, n.end, n.value) for n in find_numbers(text)]


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, in order, telling ordinals ("3rd", "third") from cardinals."""
    found = [_digit_match(m) for m in _DIGITS_RE.finditer(text)]
    found.extend(_word_numbers(text))
    found.sort(key=lambda n: n.start)
    return found


def words_to_number(text: str) -> int | float | None:
    """The value of `text` when it is exactly one cardinal number ("twenty five", "12"), else None."""
    stripped = text.strip()
    if not stripped:
        return None
    nums = find_numbers(stripped)
    if len(nums) != 1 or nums[0].ordinal:
        return None
    n = nums[0]
    if n.start != 0 or n.end != len(stripped):
        return None
    return n.value


def _digit_match(m: re.Match[str]) -> NumberMatch:
    raw = m.group("num").replace(",", "")
    # More digits than any whole number an engine holds read as a float (inf: "too large");
    # int() refuses more than 4,300 digits.
    value: int | float = float(raw) if "." in raw or len(raw) > MAX_EXACT_DIGITS else int(raw)
    if m.group("k"):
        value = value * 1000
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    return NumberMatch(m.start(), m.end(), value, ordinal=bool(m.group("ord")))


def _word_numbers(text: str) -> list[NumberMatch]:
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _WORD_RE.finditer(text)]
    out: list[NumberMatch] = []
    i = 0
    while i < len(tokens):
        parsed = _parse_number(text, tokens, i)
        if parsed is None:
            i += 1
            continue
        value, j, ordinal = parsed
        if _is_pronoun_or_unit(tokens, i, j, value, ordinal):
            i = j
            continue
        out.append(NumberMatch(tokens[i][0], tokens[j - 1][1], value, ordinal))
        i = j
    return out


def _is_pronoun_or_unit(
    tokens: list[tuple[int, int, str]], i: int, j: int, value: int | float, ordinal: bool
) -> bool:
    before = tokens[i - 1][2] if i > 0 else ""
    word = tokens[i][2]
    if j == i + 1 and word == "one" and before in _PRONOUN_ONE_BEFORE:
        return True
    return j == i + 1 and word == "second" and (before in _UNIT_SECOND_BEFORE or before in _UNITS)


def _joined(text: str, tokens: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Whether token b directly continues token a (a space or a hyphen between them)."""
    return b < len(tokens) and _JOIN_RE.fullmatch(text, tokens[a][1], tokens[b][0]) is not None


def _parse_number(
    text: str, tokens: list[tuple[int, int, str]], i: int
) -> tuple[int, int, bool] | None:
    """(value, index after the number, is-ordinal) for the number starting at token i."""
    total = 0
    last_scale = 10**12
    j = i
    found = False
    while j < len(tokens):
        group = _parse_group(text, tokens, j)
        if group is None:
            break
        value, k, ordinal = group
        if ordinal:
            return total + value, k, True
        if _joined(text, tokens, k - 1, k) and tokens[k][2] in _SCALES:
            scale = _SCALES[tokens[k][2]]
            if scale >= last_scale:
                return total + value, k, False
            total += value * scale
            last_scale = scale
            found = True
            j = k + 1
            # "one thousand and five", "two million three hundred"
            if _joined(text, tokens, j - 1, j) and tokens[j][2] == "and":
                if _parse_group(text, tokens, j + 1) is not None and _joined(
                    text, tokens, j, j + 1
                ):
                    j += 1
                else:
                    return total, j, False
            if j < len(tokens) and not _joined(text, tokens, j - 1, j):
                return total, j, False
            continue
        return total + value, k, False
    return (total, j, False) if found else None


# "the top dozen", "first dozen": a dozen with no "a" after a word of rank is 12.
BARE_DOZEN_AFTER_RANK = True
_RANK_BEFORE = frozenset(["top", "first", "last", "bottom", "best", "worst", "biggest", "largest"])
# "the top hundred customers": a bare "hundred" after a word of rank is 100, as "dozen" is 12.
BARE_HUNDRED_AFTER_RANK = True


def _parse_group(
    text: str, tokens: list[tuple[int, int, str]], i: int
) -> tuple[int, int, bool] | None:
    """A number below one thousand (or "a dozen") starting at token i."""
    if i >= len(tokens):
        return None
    word = tokens[i][2]
    nxt = tokens[i + 1][2] if _joined(text, tokens, i, i + 1) else ""
    after_rank = i and tokens[i - 1][2] in _RANK_BEFORE and _joined(text, tokens, i - 1, i)
    if word == "dozen" and BARE_DOZEN_AFTER_RANK and after_rank:
        return 12, i + 1, False  # "the top dozen customers": 12 of them
    if word == "hundred" and BARE_HUNDRED_AFTER_RANK and after_rank:
        return 100, i + 1, False
    if word in ("a", "an"):
        if nxt not in ("hundred", "dozen") and nxt not in _SCALES:
            return None
        value, j = 1, i + 1
    elif word in _ORDINALS:
        return _ORDINALS[word], i + 1, True
    else:
        below = _parse_below_100(text, tokens, i)
        if below is None:
            return None
        value, j, ordinal = below
        if ordinal:
            return value, j, True
    if 1 <= value <= 9 and _joined(text, tokens, j - 1, j) and tokens[j][2] == "hundred":
        value *= 100
        j += 1
        k = j
        if _joined(text, tokens, k - 1, k) and tokens[k][2] == "and":
            k += 1
        if _joined(text, tokens, k - 1, k):
            rest = _parse_below_100(text, tokens, k)
            if rest is not None:
                return value + rest[0], rest[1], rest[2]
    if _joined(text, tokens, j - 1, j) and tokens[j][2] == "dozen":
        value *= 12
        j += 1
    return value, j, False


def _parse_below_100(
    text: str, tokens: list[tuple[int, int, str]], i: int
) -> tuple[int, int, bool] | None:
    word = tokens[i][2]
    if word in _UNITS:
        return _UNITS[word], i + 1, False
    if word in _ORDINALS:
        return _ORDINALS[word], i + 1, True
    if word not in _TENS:
        return None
    value = _TENS[word]
    if _joined(text, tokens, i, i + 1):
        nxt = tokens[i + 1][2]
        if nxt in _UNITS and 1 <= _UNITS[nxt] <= 9:
            return value + _UNITS[nxt], i + 2, False
        if nxt in _ORDINALS and 1 <= _ORDINALS[nxt] <= 9:
            return value + _ORDINALS[nxt], i + 2, True
    return value, i + 1, False


# "twice", "thrice", "at least once", "more than once", "half a dozen": counts said as idioms.
# "once" alone is mostly the adverb ("who once earned"): only after a bound or "only/exactly".
NUMBER_IDIOMS = True
_IDIOM_RE = re.compile(
    r"\b(?:(?P<two>twice)|(?P<three>thrice)"
    r"|(?:least|than|exactly|only|just|most)\s+(?P<one>once)"
    r"|(?P<half>half\s+a\s+dozen))\b",
    re.I,
)


def number_idioms(text: str) -> list[tuple[int, int, int]]:
    """The counts `text` says as idioms, as (start, end, value)."""
    if not NUMBER_IDIOMS:
        return []
    out = []
    for m in _IDIOM_RE.finditer(text):
        value = 2 if m.group("two") else 3 if m.group("three") else 1 if m.group("one") else 6
        start = m.start("one") if m.group("one") else m.start()
        out.append((start, m.end(), value))
    return out
