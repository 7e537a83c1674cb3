"""Slack's own text conventions in a message, undone before anything reads it: the escaping
of `&`, `<` and `>` (`&amp;`, `&lt;`, `&gt;`), and lines quoted from an earlier message
(`> …`), which are what the person replies to, not what they ask now, when the rest of the
message asks something of its own.
"""

from __future__ import annotations

import re

from bot.language.wordlists import FILLER, STOPWORDS

# Switches (benchmarks/ablation_matcher.py).
UNESCAPE = True
DROP_QUOTED_LINES = True

_ESCAPES = {"&lt;": "<", "&gt;": ">", "&amp;": "&"}
_ESCAPE = re.compile("&(?:lt|gt|amp);")
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*(?:\n|$)", re.M)


def _content_words(text: str) -> int:
    return sum(
        1
        for w in re.findall(r"[a-z]+", text.lower())
        if len(w) > 1 and w not in STOPWORDS and w not in FILLER
    )


def unescape(text: str) -> str:
    """`text` with Slack's escaping undone and quoted earlier lines dropped (see the module
    docstring); a quote is kept when the rest says no content word ("this please")."""
    if UNESCAPE and "&" in text:
        text = _ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], text)
    if DROP_QUOTED_LINES and ">" in text:
        rest = _QUOTED_LINE.sub("", text)
        if rest != text and _content_words(rest) >= 2:
            text = rest
    return text
