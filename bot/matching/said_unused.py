"""What a request said that the chosen query neither knows nor took, as written: the decision's
`ignored` ("not used: APAC"), shown to the person with the answer or the ticket."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bot.language import measures
from bot.language.entities import Entities
from bot.language.textnorm import expand, is_noise, stem, words
from bot.matching import hyphen_parts, signals, work_cues
from bot.matching.abbreviated import shortens_one_of


def said_unused(
    own: Mapping[str, float],
    correct: Callable[[str], str | None],
    ent: Entities,
    masked: str,
    extraction: Any,
    known: Callable[[str], bool] | None = None,
) -> list[str]:
    """The words of the request (`masked`, as `ent.text` writes them) that the query whose own
    words are `own` neither knows (a typo of one, `correct`, counts) nor took as a value.
    `known` (the library's words) reads hyphenated words as bot.matching.hyphen_parts does."""
    binds = extraction.binds
    taken = {w for v in binds.values() if isinstance(v, str) for w, _s, _e in words(v)}
    taken_stems = {stem(w.lower()) for w in taken} if signals.VALUE_WORD_FORMS_TAKEN else set()
    spans = extraction.value_spans
    # "older than 20", "18 years old": the words that said what a taken number measures
    measure_said = {
        w
        for i in extraction.used_numbers
        if ent.numbers[i].measures
        for w in (*ent.numbers[i].before[-3:], *ent.numbers[i].after[:2])
        if w in measures.SAYING
    }
    out: list[str] = []
    for w, s, e in words(masked if known is None else hyphen_parts.apart(masked, known)):
        if w.isdigit() or is_noise(w) or w in taken or w in measure_said:
            continue
        if stem(w.lower()) in taken_stems:  # "Mats" of the value "Premium Yoga Mat"
            continue
        if any(vs <= s and e <= ve for vs, ve in spans):  # part of a value it took
            continue
        parts = [p for p in expand(w) if not is_noise(p)]
        if not parts or any(
            stem(p) in own
            or correct(p) in own
            or stem(p) in work_cues.SOFT_CUES
            or shortens_one_of(p, own)
            for p in parts
        ):
            continue
        written = ent.text[s:e]
        if written not in out:
            out.append(written)
    return out
