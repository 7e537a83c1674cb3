"""Words joined by a hyphen that the library knows apart: "in-transit orders" says the status
synonym "in transit", "highest-revenue accounts" says highest and revenue; and a lowercase
"X-wide" whose X the library does not know ("the organisation-wide one") says the scope is
everything, no word of the request. Read by bot.matching.index on the lexical side only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language.textnorm import STOPWORDS, is_noise, stem

# A two-part hyphenated word the library does not know joined, but knows part by part (a
# stop word may be one part), and that is no filler joined ("all-hands"): its parts.
HYPHEN_PARTS_APART = True
# "organisation-wide", "company-wide": all of it, when the library does not know the first half.
UNKNOWN_WIDE_SAYS_ALL = True

_TWO_PARTS = re.compile(r"(?<![\w-])([a-z]+)-([a-z]+)(?![\w-])")


def apart(masked: str, known: Callable[[str], bool]) -> str:
    """`masked` with such hyphens read as spaces and such "X-wide" blanked (same length)."""
    if not (HYPHEN_PARTS_APART or UNKNOWN_WIDE_SAYS_ALL) or "-" not in masked:
        return masked

    def one(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        if UNKNOWN_WIDE_SAYS_ALL and second == "wide" and not known(stem(first)):
            return " " * len(m.group(0))
        if not HYPHEN_PARTS_APART or known(stem(first + second)) or is_noise(first + second):
            return m.group(0)
        parts = [p for p in (first, second) if p not in STOPWORDS]
        if parts and all(known(stem(p)) for p in parts):
            return f"{first} {second}"
        return m.group(0)

    return _TWO_PARTS.sub(one, masked)
