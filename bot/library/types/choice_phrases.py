"""The phrases that name a choice parameter's choices in a request: one pattern over its
choices and synonyms (longest first), and the one-word phrases compared with typos, each built
once per parameter. Read by bot.library.types.text."""

from __future__ import annotations

import re
from typing import Any

from bot.language.textnorm import STOPWORDS, fold
from bot.library.types.base import ParamDef

_ROOT_SUFFIXES = ("fully", "ful", "ingly", "ing", "edly", "ed", "ly", "es", "s")


def word_root(word: str) -> str:
    """A word less its inflection or -ful ending, "-eed" verbs as their "-ess" noun:
    "succeeded", "successful" and "successfully" all read "success"."""
    w = word.lower()
    for suffix in _ROOT_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:-3] + "ess" if w.endswith("eed") else w


# A phrase of several words is also said with an article between two of them: "greater than
# the average" names the synonym "greater than average", "at the front desk" names "at front
# desk" (off: only as written).
ARTICLES_BETWEEN_WORDS = True
# A phrase ending in a determiner and a noun is also said with one word more before the noun:
# "without a school bus" names the synonym "without a bus", "no school bus" names "no bus"
# (off: only as written, with ARTICLES_BETWEEN_WORDS).
MODIFIER_BEFORE_NOUN = True
_DETERMINERS = frozenset(("a", "an", "the", "no"))
_MODIFIER = r"(?:[a-z]+[\s\-]+)?"
_GAP = r"[\s\-_]+"
_GAP_WITH_ARTICLE = r"[\s\-_]+(?:(?:the|a|an)\s+)?"


def per_param(builder):  # type: ignore[no-untyped-def]
    """Cache a builder's result per ParamDef object (ParamDef holds a dict: not hashable)."""
    cache: dict[int, tuple[ParamDef, Any]] = {}

    def get(param: ParamDef) -> Any:
        hit = cache.get(id(param))
        if hit is None or hit[0] is not param:
            hit = cache[id(param)] = (param, builder(param))
        return hit[1]

    return get


def choice_pattern(param: ParamDef) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern naming any of the choices (longest phrases first, so the leftmost match
    takes the longest phrase there), and the choice each of its groups stands for."""
    return _choice_patterns(param)[ARTICLES_BETWEEN_WORDS, MODIFIER_BEFORE_NOUN]


@per_param
def _choice_patterns(
    param: ParamDef,
) -> dict[tuple[bool, bool], tuple[re.Pattern[str] | None, dict[str, str]]]:
    """choice_pattern's pattern with and without ARTICLES_BETWEEN_WORDS and
    MODIFIER_BEFORE_NOUN (read at match time)."""
    return {
        (articles, modifier): _build_pattern(param, articles, modifier)
        for articles in (False, True)
        for modifier in (False, True)
    }


def _build_pattern(
    param: ParamDef, articles: bool, modifier: bool = False
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    phrases: dict[str, str] = {}
    for choice in param.choices:
        phrases.setdefault(choice, choice)
    for word, choice in param.synonyms.items():
        phrases.setdefault(word, choice)
    alternatives, groups = [], {}
    for i, phrase in enumerate(sorted(phrases, key=len, reverse=True)):
        low = fold(phrase.lower())
        # Short words that are also common English ("NA", "US", "it") count only as written
        # (or in capitals): "show us" is not North America.
        exact = len(low) <= 2 or low in STOPWORDS or low in {"na", "us", "it", "or", "and"}
        if exact:
            forms = sorted({fold(phrase), fold(phrase.upper())})
            body = "|".join(re.escape(f).replace(r"\ ", r"[\s\-_]+") for f in forms)
            alternatives.append(f"(?P<c{i}>{body})")
        else:
            gap = _GAP_WITH_ARTICLE if articles else _GAP
            body = re.escape(low.replace("_", " ")).replace(r"\ ", gap)
            parts = low.replace("_", " ").split()
            if modifier and articles and len(parts) >= 2 and parts[-2] in _DETERMINERS:
                head = _GAP.join(re.escape(w) for w in parts[:-1])
                body = f"{head}{_GAP}{_MODIFIER}{re.escape(parts[-1])}"
            alternatives.append(f"(?P<c{i}>(?i:{body})(?i:s|es)?)")
        groups[f"c{i}"] = phrases[phrase]
    if not alternatives:
        return None, groups
    return re.compile(rf"(?<![\w])(?:{'|'.join(alternatives)})(?![\w])"), groups


@per_param
def fuzzy_choices(param: ParamDef) -> dict[str, str]:
    """Lower-case phrases (5+ letters, one word) for typo-tolerant matching."""
    table = {c.lower(): c for c in param.choices if len(c) >= 5 and " " not in c}
    table.update({w.lower(): c for w, c in param.synonyms.items() if len(w) >= 5 and " " not in w})
    return table


# A choice whose name joins a superlative and another word ("latest_joined") is also said by
# those words in another order or form, side by side: "joined latest", "the latest join year".
# Said so, it wins over a synonym that shares its other word but not the superlative ("join
# year" for `earliest_joined`) (off: choices only as written or by their synonyms).
CHOICE_BY_ITS_WORDS = True
_SUPERLATIVE = re.compile(r"(?:most|least|fewest|[a-z]{3,}est)$")


@per_param
def _worded_choices(param: ParamDef) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The two-word choices one of whose words is a superlative, with their words' roots."""

    out = []
    for choice in param.choices:
        parts = fold(str(choice).lower()).replace("-", "_").split("_")
        if len(parts) == 2 and any(_SUPERLATIVE.match(w) for w in parts):
            out.append((choice, tuple(word_root(w) for w in parts)))
    return tuple(out)


def choice_by_its_words(param: ParamDef, text: str) -> tuple[str, int, int] | None:
    """The one choice named by its two words side by side in either order (value, start, end)."""
    if not CHOICE_BY_ITS_WORDS:
        return None
    table = _worded_choices(param)
    if not table:
        return None

    said = [
        (word_root(m.group()), m.start(), m.end()) for m in re.finditer(r"[a-z]+", text.lower())
    ]
    found = {}
    for (a, s, _e), (b, _s, e) in zip(said, said[1:], strict=False):
        for choice, roots in table:
            if {a, b} == set(roots):
                found.setdefault(choice, (choice, s, e))
    return next(iter(found.values())) if len(found) == 1 else None
