"""Sentences around the ask that the library has no word for: context, not the ask.

"How many signups by channel last week? Marketing want it for the retro." — the second
sentence says no word of the library and no value, date or number, so counting its words as
unknown would only push an answerable request towards a ticket. (bot.language.ask_focus blanks
context by its English form; this blanks it by what the library knows.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.language.ask_focus import lead_in
from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.work_cues import HARD_CUES, SOFT_CUES

# A sentence: up to its full stop, question or exclamation mark (or a line's end).
_SENTENCE = re.compile(r"[^.?!\n]+(?:[.?!]+|$)", re.M)
# What the answer is for, closing a clause: "… for a reconciliation script", "… for the renewal
# campaign", "… for the newsletter shout-out". Blanked when the library knows none of its words
# (a filter the library has, "for the enterprise plan", stays).
PURPOSE_PHRASES_BLANK = True
_PURPOSE = re.compile(
    r"\bfor\s+(?:a|an|the|my|our|his|her|their|this|that|next|tomorrow's|today's|monday's|"
    r"friday's)\s+(?:[a-z][\w'’-]*\s*){1,3}(?=[,.;:!?)\n]|$)"
    # a clause that accepts a form of the answer: "…, json is fine", "…, a csv works"
    r"|(?<=,)\s*(?:a\s+|an\s+|the\s+)?[a-z]+\s+(?:is|are|would\s+be|works?)\s+(?:fine|ok|okay|"
    r"good|great|perfect)\b(?=\W*$|\s*[,.;!?])",
    re.I,
)


# A clause after the ask that tells about the speaker or a third person ("…, she wrote to us very
# angry", "…, I want to send them a thank-you gift", "… so we can run win-back calls", "…, was
# there a spike after the outage?") and says more words the library lacks than it knows:
# context too, though it says a word or two of the library ("…, he called the support line").
CONTEXT_CLAUSES_BLANK = True
# Where such a clause starts: after a comma, a semicolon, a colon, a dash or a parenthesis, or
# at "so (that) we/I …", "because …"; and what opens it: a personal pronoun as its subject, or
# a question about something else ("was there …", "is it …").
_CLAUSE_START = re.compile(
    r"[,;:(\u2014\u2013]\s*|\s-\s+|\s(?=(?:so\s+(?:that\s+)?(?:we|i|they|he|she)|because|as\s+(?:we|i))\b)",
    re.I,
)
_TELLING = re.compile(
    r"(?:so\s+(?:that\s+)?|because\s+|as\s+|and\s+|but\s+)?"
    r"(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|he|he's|she|she's|they|they're|they've|it's|"
    r"(?:was|were|is|are)\s+(?:there|it|this|that))\b",
    re.I,
)


def blank_unknown_sentences(
    masked: str,
    text: str,
    knows: Callable[[str], bool],
    held: tuple[tuple[int, int], ...] = (),
) -> str:
    """`masked` without the sentences after the ask that say no word the library `knows` and no
    value, date or number (`text` has them where `masked` has blanks), nor the clauses that
    tell about someone (no known value among them: `held`); same length."""
    if not signals.CONTEXT_SENTENCES_BLANK or len(text) != len(masked):
        return masked
    masked = _blank_label(masked, text, knows)
    parts = [m.span() for m in _SENTENCE.finditer(masked) if m.group(0).strip()]
    masked = _blank_telling_clauses(masked, text, knows, parts, held)
    if len(parts) < 2:
        return _blank_purposes(masked, text, knows)
    known = [text[a:b].split() != masked[a:b].split() or knows(masked[a:b]) for a, b in parts]
    # only after the first sentence the library knows: an ask in words it lacks ("how
    # happy are users? revenue looked fine") stays an ask it cannot answer
    first = known.index(True) if any(known) else len(parts)
    for (a, b), k in list(zip(parts, known, strict=True))[first + 1 :]:
        if not k or _tells_when(masked[a:b], text[a:b], held, a, b):
            masked = masked[:a] + " " * (b - a) + masked[b:]
    return _blank_purposes(masked, text, knows)


# A statement after the ask that tells what happened at the time it asks about, by referring
# back to it ("… since aug 1st? pricing changed that day", "… since july? onboarding changed
# then"): why that period, not more of the ask, though it says a word of the library ("day").
BACK_REFERENCES_ARE_CONTEXT = True
_BACK_REFERENCE = re.compile(
    r"\b(?:then|that\s+(?:day|date|week|month|quarter|year|time))\s*[.!]*\s*$", re.I
)


# A label before a colon opening the message, in words the library lacks ("finance recap:
# how many …", "weekly sync:"): what the ask is filed under, not what it asks.
LABELS_ARE_CONTEXT = True
_LABEL = re.compile(r"^\W*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*:(?=\s+\S)", re.I)


def _blank_label(masked: str, text: str, knows: Callable[[str], bool]) -> str:
    """`masked` without an opening _LABEL that says no library word, value or number."""
    m = _LABEL.match(masked) if LABELS_ARE_CONTEXT else None
    if not m or text[: m.end()] != masked[: m.end()] or knows(masked[: m.end()]):
        return masked
    if not knows(masked[m.end() :]):
        return masked
    return " " * m.end() + masked[m.end() :]


def _tells_when(
    sentence: str, said: str, held: tuple[tuple[int, int], ...], a: int, b: int
) -> bool:
    """Whether `sentence` (`said` as written, at a..b) is a statement that refers back to the
    time asked about and names no value, date or number before that reference."""
    back = _BACK_REFERENCE.search(sentence) if BACK_REFERENCES_ARE_CONTEXT else None
    # ("that day" may name a grain's value: the reference itself, no value of the ask)
    told = a + back.start() if back else a
    return (
        back is not None
        and "?" not in sentence
        and sentence.split() == said.split()
        and not any(vs < told and a < ve for vs, ve in held)
    )


# "was 16241 refunded? it's an order number": a clause saying what kind of identifier a value
# said before is tells which value, not about someone: it stays.
IDENTIFYING_CLAUSES_KEPT = True
_IDENTIFIES = re.compile(
    r"(?:it|that|this)(?:'s|’s|\s+is|\s+was)\s+(?:an?\s+|the\s+|our\s+|their\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?:number|no|id|identifier|code|ref|reference)\b",
    re.I,
)


def _blank_telling_clauses(
    masked: str,
    text: str,
    knows: Callable[[str], bool],
    parts: list[tuple[int, int]],
    held: tuple[tuple[int, int], ...],
) -> str:
    """`masked` without the clauses after a known one that tell about someone (_TELLING) and
    say no value or number and fewer library words than words it lacks."""
    if not CONTEXT_CLAUSES_BLANK:
        return masked
    seen_known = False
    for a, b in parts:
        cuts = [a] + [m.end() for m in _CLAUSE_START.finditer(masked, a, b)] + [b]
        for ca, cb in zip(cuts, cuts[1:], strict=False):
            clause = masked[ca:cb]
            if not clause.strip():
                continue
            if (
                seen_known
                and _TELLING.match(clause.lstrip())
                and not (IDENTIFYING_CLAUSES_KEPT and _IDENTIFIES.match(clause.lstrip()))
                and not re.search(r"[\d@]", text[ca:cb])
                and not any(vs < cb and ca < ve for vs, ve in held)
                # "…, is that a bug?": a request for work, not context
                and not any(
                    stem(w) in HARD_CUES or stem(w) in SOFT_CUES
                    for w in re.findall(r"[a-z]+", clause.lower())
                )
                and not _mostly_known(clause, knows)
            ):
                masked = masked[:ca] + " " * (cb - ca) + masked[cb:]
                continue
            seen_known = seen_known or knows(clause)
    return masked


# "…, he called the support line": a telling clause saying as many words the library lacks as it
# knows is context too (only a clause mostly in the library's words may be more of the ask).
TELLING_HALF_KNOWN_IS_CONTEXT = True


def _mostly_known(clause: str, knows: Callable[[str], bool]) -> bool:
    """Whether as many of `clause`'s words are the library's as are not."""
    said = [w for w in re.findall(r"[a-z][\w'-]+", clause.lower()) if len(w) > 2]
    known = sum(1 for w in said if knows(w))
    return (
        known * (1 if TELLING_HALF_KNOWN_IS_CONTEXT else 2) > len(said) - known if said else False
    )


def _blank_purposes(masked: str, text: str, knows: Callable[[str], bool]) -> str:
    """`masked` without the _PURPOSE phrases whose words the library does not know."""
    if not PURPOSE_PHRASES_BLANK:
        return masked
    for m in reversed(list(_PURPOSE.finditer(masked))):
        a, b = m.span()
        said = masked[a:b].split()[2 if m.group(0).lower().startswith("for") else 0 :]
        if text[a:b] == masked[a:b] and not knows(" ".join(said)) and knows(masked[:a]):
            masked = masked[:a] + " " * (b - a) + masked[b:]
    return masked


def values_in_lead_in(masked: str, text: str, find: Callable[[str], list]) -> str:
    """`masked` with the known values named inside a blanked lead-in ("for the skincare promo
    recap: unit sales per product") written back: what the ask is for may name its filter.
    `find` names the values of a text (bot.matching.values.KnownValues.named)."""
    span = lead_in(text) if signals.VALUES_IN_LEAD_IN and len(masked) == len(text) else None
    if span is None:
        return masked
    start, end = span
    alone = " " * start + text[start:end] + " " * (len(text) - end)
    for _key, vs, ve, owners in find(alone):
        if owners and not masked[vs:ve].strip():
            masked = masked[:vs] + text[vs:ve] + masked[ve:]
    return masked
