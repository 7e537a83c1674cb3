"""Words that only hand a value over: "top customers since june, make it 12", "…, make that
25". "make it" before a number sets the number asked for when none was said before; it asks for no work (no "make a
dashboard"), so its words are neither unknown words nor a request for work. Read before any
value is taken (bot.language.ask_focus), each blank the same length as what it blanks.
General English only.
"""

from __future__ import annotations

import re

# Switch (benchmarks/ablation_matcher.py).
MAKE_IT_NUMBER_BLANK = True

_NUMBER = (
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|dozen)\b)"
)
# At a clause's start, right before a number in digits or in words.
_MAKE_IT = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=[,;:(]))\s*(?:actually,?\s+)?make\s+(?:it|that)"
    rf"(?=\s+(?:a\s+)?{_NUMBER})",
    re.I,
)
_SAID_NUMBER = re.compile(_NUMBER, re.I)


def blank_value_idioms(text: str) -> str:
    """`text` with "make it" / "make that" before a number blanked (same length)."""
    if not MAKE_IT_NUMBER_BLANK:
        return text
    for m in reversed(list(_MAKE_IT.finditer(text))):
        if m.start() == 0 or _SAID_NUMBER.search(text[: m.start()]):
            # "make it 12" alone says nothing else; after a number said ("top 5 …, make that
            # 20") it corrects that number (bot.language.corrections): left as it is
            continue
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text
