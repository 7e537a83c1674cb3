"""A request corrected as it was typed: "revenue per month for 2025, sorry, I meant per week",
"details for customer 4218, sorry, typo, I meant 4212", "order 30962 not 30926", "this quarter
vs… actually just this quarter". The correction replaces what it corrects, so the request
reads as the person meant it before any value is taken from it.

What is corrected is found from the correction's own first word: the same word earlier on
("since 1 Aug, sorry, since 1 July"), a word of the same kind ("last quarter … I meant this
quarter"), or a number for a number. With no such anchor the text is left as it is (the
matcher then sees both and asks, or opens a ticket). General English only.
"""

from __future__ import annotations

import re

# Switches (benchmarks/ablation_matcher.py).
APPLY_CORRECTIONS = True
DROP_NOT_NUMBER = True

# What says "what follows replaces something said before", at the start of a clause.
_MARKER = re.compile(
    r"(?:^|(?<=[,.;:!?…])|(?<=\s[-–—])|(?<=\d\s)(?=actually|sorry|i\s+meant|or\s+rather))\s*(?:"
    r"(?:sorry|oops|apologies|my\s+bad)[,!.]*\s+(?:(?:typo|wrong\s+\w+|my\s+mistake)[,!.]*\s+)?"
    r"(?:i\s+meant|i\s+mean|make\s+(?:that|it)|it\s+should\s+(?:be|say))?"
    r"|actually[,]?\s+(?:make\s+(?:that|it)\s+|i\s+meant\s+)?"
    r"|(?:no\s+)?wait[,!.]*\s+(?:i\s+meant\s+)?|no[,!]+\s+"
    r"|i\s+meant|or\s+rather|make\s+that|scratch\s+that[,.]?|correction:?"
    r")\s*",
    re.I,
)
_JUST = re.compile(r"^(?:just|only)\s+", re.I)
# Words after the correction that only close it ("… is fine", "… specifically", ", not last").
_CLOSING = re.compile(
    r"\s+(?:specifically|instead|please|pls|then)\b.*$"
    r"|\s+(?:is|are|would\s+be|will\s+do)\s+(?:\w+\s+)?(?:fine|ok|okay|enough|plenty|good|great)"
    r"\b.*$",
    re.I,
)
_MONTHS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
"""
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
# Words of one kind: a correction's first word replaces the last one of its kind.
_KINDS = (
    frozenset({"this", "last", "past", "previous", "prior", "next", "current"}),
    frozenset({"in", "for", "during", "over", "throughout"}),
    frozenset({"since", "from", "after", "starting"}),
    frozenset({"per", "by", "each", "every"}),
    frozenset({"q1", "q2", "q3", "q4", "h1", "h2"}),
    frozenset(_MONTHS.split()),
    frozenset(_WEEKDAYS.split()),
)
# A period corrected by a period of another form ("in Q2, sorry I mean last quarter", "last
# month, no wait, October"): the correction replaces the last period named, whatever its form.
PERIOD_FOR_PERIOD = True
_PERIOD_HEADS = frozenset(
    {"this", "last", "past", "previous", "prior", "current", "q1", "q2", "q3", "q4", "h1", "h2"}
) | frozenset(_MONTHS.split())
# What a period's head word runs on with: "last quarter", "past 3 months", "Q2 2025".
_PERIOD_TAIL = re.compile(
    r"\d{1,4}|(?:day|week|month|quarter|year|fy|half)s?|fiscal|calendar|full|whole", re.I
)
# A name written in capitals ("EMEA … sorry I meant APAC") replaces the last one said.
_CAPITALS = re.compile(r"[A-Z]{2,6}")
_NUMBER = re.compile(r"#?\d[\d,.]*")
# "the order is 30962 not 30926": the number after "not" is the one not meant.
_NOT_NUMBER = re.compile(r"(?<=\d)(\s*,?\s+not\s+#?\d[\d,]*)(?!\w|\.\d)", re.I)


def _tokens(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[^\s,.;:!?…]+", text))


def _anchor(before: str, first: str, from_first: bool) -> int | None:
    """Where in `before` the phrase the correction replaces starts."""
    tokens = _tokens(before)
    if from_first:
        tokens = list(reversed(tokens))
    low = first.lower()
    kind = next((k for k in _KINDS if low in k), frozenset({low}))
    for tok in reversed(tokens):
        if tok.group(0).lower() in kind:
            return tok.start()
    if PERIOD_FOR_PERIOD and low in _PERIOD_HEADS:
        for tok in reversed(tokens):
            if tok.group(0).lower() in _PERIOD_HEADS:
                return tok.start()
    for shape in (_NUMBER, _CAPITALS):
        if shape.fullmatch(first):
            for tok in reversed(tokens):
                if shape.fullmatch(tok.group(0)):
                    return tok.start()
    return None


def _crosses_kind(spans: list[re.Match[str]], first: str) -> bool:
    """Whether a correction starting with `first` replaces a period of another kind."""
    if not PERIOD_FOR_PERIOD or not spans:
        return False
    low, at = first.lower(), spans[0].group(0).lower()
    return at in _PERIOD_HEADS and not any(low in k and at in k for k in _KINDS)


def _correct_once(text: str) -> str | None:
    marks = [m for m in _MARKER.finditer(text) if m.end() < len(text) and m.group(0).strip()]
    for m in reversed(marks):
        before = text[: m.start()]
        if not re.search(r"\w", before):
            continue
        end = re.search(r"[,;.!?…](?=\s|$)|$", text[m.end() :])
        said = text[m.end() : m.end() + end.start()] if end else text[m.end() :]
        rest = text[m.end() + len(said) :]
        # ", not last." after the correction only repeats what it replaces
        rest = re.sub(r"^\s*,?\s*not\s+\w+\s*[.!]?", "", rest, flags=re.I)
        just = bool(_JUST.match(said))
        said = _CLOSING.sub("", _JUST.sub("", said)).strip()
        words = said.split()
        if not words:
            continue
        at = _anchor(before.rstrip(" ,;:-–—…"), words[0], from_first=just)
        if at is None:
            continue
        body = before.rstrip(" ,;:-–—…")
        if just:
            return f"{body[:at]}{said}{rest}"
        # replace as many words as the correction has, up to the end of the phrase
        stop = re.search(r"[,;.!?…](?=\s|$)", body[at:])
        limit = at + stop.start() if stop else len(body)
        spans = _tokens(body[at:limit])
        if _crosses_kind(spans, words[0]):
            # another form of period: all of the one named ("Q2 2025", "last 3 months")
            n = 1 + next(
                (i for i, t in enumerate(spans[1:]) if not _PERIOD_TAIL.fullmatch(t.group(0))),
                len(spans) - 1,
            )
            spans = spans[:n]
        else:
            spans = spans[: len(words)]
        cut = at + spans[-1].end() if spans else at
        return f"{body[:at]}{said}{body[cut:]}{rest}"
    return None


def apply_corrections(text: str) -> str:
    """`text` with each correction put in place of what it corrects (see the module doc)."""
    if DROP_NOT_NUMBER:
        text = _NOT_NUMBER.sub("", text)
    if not APPLY_CORRECTIONS:
        return text
    for _ in range(3):
        fixed = _correct_once(text)
        if fixed is None or fixed == text:
            break
        text = fixed
    return text
