"""Other forms of a request word that the library may know under another spelling: a verb
written with its particle as one word or two ("trying out" / "tryout", "signups" / "sign up"),
a compound of two words it knows ("ratingdate"), and general English words that only restate
the question ("their full names", "students who attended").

Only general English lives here; whether a form counts is always asked of the library's words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from bot.language.synonyms import SYNONYMS
from bot.language.textnorm import expand, stem
from bot.language.wordnet import synonym_stems
from bot.matching.abbreviated import abbreviated

# Particles that make a phrasal verb ("try out", "sign up", "log in", "check out").
PARTICLES = ("out", "up", "in", "off", "on", "over", "down", "back")
# Words that restate the question or tie a person to a thing without naming any data
# ("players who received a card", "students who attended a college", "the full name", "quick
# q:"): dropped when no query knows them.
_RESTATING_TEXT = """
full spend spends spent spending attend attends attended attending receive receives received
receiving participate participates participated participating contribute contributes
contributed contributing create creates created creating enough well q
"""
RESTATING_STEMS = frozenset(stem(w) for w in _RESTATING_TEXT.split())
# Suffixes that make a noun of a verb ("enroll" -> enrollment, "play" -> player); not "-ion",
# whose pairs drift apart too often ("product" / "production", "state" / "station").
NOUN_SUFFIXES = ("ment", "er", "or", "ance", "ence")
DERIVED_FORMS = True
# A general English synonym of an unknown word that the library knows ("trajectory" -> trend).
SYNONYMS_OF_UNKNOWN = True
# Failing the hand list, a WordNet synonym of an unknown word that the library knows ("nations"
# -> country, "pupils" -> student; bot.language.wordnet), the most frequent sense's first. Off:
# on the 35 tuning sets it changed one request, for the worse ("the fewest amount of amenities"
# -> sum; BENCHMARKS.md, "WordNet synonyms").
WORDNET_SYNONYMS = False


def verb_bases(word: str) -> list[str]:
    """The plain forms an inflected verb may have: "trying" -> try, "tried" -> try,
    "logged" -> log, "signs" -> sign; the word itself first."""
    out = [word]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            base = word[: -len(suffix)]
            out.append(base)
            if suffix == "ed" and base.endswith("i"):
                out.append(base[:-1] + "y")  # tried -> try
            if len(base) > 2 and base[-1] == base[-2]:
                out.append(base[:-1])  # logged -> log
            if suffix in ("ing", "ed"):
                out.append(base + "e")  # signing up is fine; "checked" / "practiced" too
    return out


# A keyword that is a verb with its particle ("sold out", "running out") is also one word of
# its query, so that a request saying it is read as the phrase, not as the bare verb ("sold",
# another query's word): bot.matching.library_words adds these, joined_pairs reads them.
PHRASAL_KEYWORDS = True


def phrasal_stems(phrase: str) -> set[str]:
    """The one-word stems of each verb-and-particle pair of `phrase` ("sold out" -> soldout;
    "running out" -> runningout, runout)."""
    if not PHRASAL_KEYWORDS:
        return set()
    raw = phrase.lower().split()
    return {
        stem(base + b)
        for a, b in zip(raw, raw[1:], strict=False)
        if b in PARTICLES and a.isalpha()
        for base in verb_bases(a)
    }


def joined(first: str, second: str, known: Callable[[str], bool]) -> str | None:
    """A verb and its particle written apart that the library writes as one word only ("trying
    out" -> "tryout"), or None (also when it knows the verb: "checked in" for "check in")."""
    if second not in PARTICLES or known(stem(first)):
        return None
    for base in verb_bases(first):
        if known(stem(base + second)):
            return base + second
    return None


def joined_pairs(raw: list[str], known: Callable[[str], bool], *, forms: bool) -> list[str]:
    """A request's words, abbreviations expanded and two words joined where the library knows
    the compound: "sign up" -> "signup", and with `forms` "trying out" -> "tryout"."""
    toks: list[str] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        pair = i + 1 < len(raw) and (
            w + raw[i + 1]
            if known(stem(w + raw[i + 1]))
            else forms and joined(w, raw[i + 1], known)
        )
        if pair:
            toks.append(pair)
            i += 2
            continue
        toks.extend(expand(w))
        i += 1
    return toks


def unknown_form(word: str, known: Callable[[str], bool]) -> str | None:
    """The stem of a compound's verb that the library knows for an unknown word ("signups" ->
    sign, when the library writes "sign up"), or of the verb's noun ("playing" ->
    player) or the noun's verb ("enrollment" -> enroll), or None."""
    for p in PARTICLES:
        for w in verb_bases(word):
            if w.endswith(p) and len(w) - len(p) >= 3 and known(stem(w[: -len(p)])):
                return stem(w[: -len(p)])
    if DERIVED_FORMS:
        base = stem(word)
        for suffix in NOUN_SUFFIXES:
            # "enrolled" -> enroll + ment (the stem alone is "enrol")
            cands = [b + suffix for b in dict.fromkeys([base, *verb_bases(word)[1:]])]
            if base.endswith(suffix) and len(base) - len(suffix) >= 5:
                cands.append(base[: -len(suffix)])
            for cand in cands:
                if known(stem(cand)):
                    return stem(cand)
    return None


def split_compound(word: str, known: Callable[[str], bool]) -> list[str] | None:
    """The stems of two words the library knows that an unknown word joins ("ratingdate" ->
    rating, date; "starttime" -> start, time), or None. Each part has three letters or more."""
    if len(word) < 7 or not word.isalpha():
        return None
    for cut in range(3, len(word) - 2):
        first, second = stem(word[:cut]), stem(word[cut:])
        if known(first) and known(second):
            return [first, second]
    return None


def other_form(
    word: str,
    vocab: Collection[str],
    body: Collection[str],
    correct: Callable[[str], str | None],
    *,
    split: bool = True,
    forms: bool = True,
    wordnet: bool = True,
) -> list[str] | None:
    """The stems an unknown word stands for: two words it joins that the library's headers
    (`vocab`) or SQL (`body`) know (`split`), another form of it its headers know (`forms`),
    a WordNet synonym it knows (`wordnet`), the library word a typo meant (`correct`), or the
    one library word it shortens ("chars", "hrs"; bot.matching.abbreviated); None when nothing
    fits."""
    parts = split and split_compound(word, lambda t: t in vocab or t in body)
    if parts:
        return parts
    if SYNONYMS_OF_UNKNOWN:
        said = [stem(w) for w in SYNONYMS.get(word, ())]
        if said and all(s in vocab or s in body for s in said):
            return said
    if wordnet and WORDNET_SYNONYMS:
        for s in synonym_stems(word):
            if s in vocab or s in body:
                return [s]
    fixed = (
        (forms and unknown_form(word, vocab.__contains__))
        or correct(word)
        or abbreviated(word, (vocab, body))
    )
    return [fixed] if fixed else None
