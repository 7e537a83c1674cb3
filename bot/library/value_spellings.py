"""Other keys of a known value, beside its words: how people write it without its punctuation
("St. John's" -> "st johns", "O'Hare" -> "ohare", "Coca-Cola" -> "coca cola", "AT&T" -> "at
and t") and its initials ("Computer Science" -> "cs", "New York City" -> "nyc").

Each is stored in the key file under a prefix no word of a request starts with (`=` spelled,
`~` initials), so the value's own key, the parts file (`part_words`) and every lookup built
from the words of keys never see them; the matcher asks for them by prefix
(bot.matching.value_spelled, bot.matching.value_initials) and binds the value as stored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from bot.language.textnorm import fold
from bot.language.wordlists import STOPWORDS

SPELLED = "="  # a value's letters and digits alone: "=stjohns" for "St. John's"
INITIALS = "~"  # a value's initials: "~cs" for "Computer Science"
KINDS = SPELLED + INITIALS
_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]+")
# Punctuation beside a letter ("St.", "O'Hare", "3-D"); between digits ("12-3", "1.5") it is
# part of a number, read as one (bot.language.entities); an ampersand anywhere ("B & N").
_PUNCTUATED = re.compile(r"[a-z](?:[^\w\s]|_)|(?:[^\w\s]|_)[a-z]|&")
INITIALS_WORDS = (2, 5)  # values of this many words have initials worth a key


def is_plain(key: str) -> bool:
    """A key made of a value's words (not one of the other kinds of this module)."""
    return key[:1] not in KINDS


def spelled(text: str) -> str:
    """`text`'s letters and digits alone, lower case, accents folded ("St. John's" ->
    "stjohns"): how a value and a run of a request's words meet whatever their punctuation."""
    return _NOT_LETTER_OR_DIGIT.sub("", fold(text.lower()))


def spelled_keys(value: str) -> list[str]:
    """The spelled keys of a value written with punctuation ("AT&T" -> "=att", "=atandt"); none
    for a value without (its words are its key), a number ("555-1234"), or an address (an
    email or a link is read whole as written: bot.language.entities)."""
    if not _PUNCTUATED.search(fold(value.lower())) or "@" in value or "://" in value:
        return []
    out = []
    for form in dict.fromkeys((value, value.replace("&", " and "))):
        text = spelled(form)
        if len(text) >= 3 and not text.isdigit():
            out.append(SPELLED + text)
    return out


def initials_of(key: str) -> list[str]:
    """The initials of a value's key of 2 to 5 words, all letters: of every word, and of its
    words less stop words when that differs ("university of southern california" -> "uosc",
    "usc")."""
    parts = key.split(" ")
    if not INITIALS_WORDS[0] <= len(parts) <= INITIALS_WORDS[1]:
        return []
    if not all(p.isalpha() for p in parts):
        return []
    content = [p for p in parts if p not in STOPWORDS]
    forms = ["".join(p[0] for p in parts)]
    if len(content) >= 2:
        forms.append("".join(p[0] for p in content))
    return list(dict.fromkeys(forms))


def kind_keys(values: list[str], keys: list[str]) -> Iterator[tuple[str, str]]:
    """(key, value) of the other kinds of key of one parameter's values (`keys`: each value's
    own key): spelled keys, and initials no other value of the parameter shares."""
    for value in values:
        for key in spelled_keys(value):
            yield key, value
    initials = [initials_of(k) for k in keys]
    counts = Counter(form for forms in initials for form in set(forms))
    for value, forms in zip(values, initials, strict=True):
        for form in forms:
            if counts[form] == 1:
                yield INITIALS + form, value
