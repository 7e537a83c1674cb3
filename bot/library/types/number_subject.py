"""What a bound is said of: the words just before its comparison ("the black percentage is
greater than 10", "the hispanic share is above 99.4"), and whether a parameter holds a share.

A query with several bounds of one kind (`white_above`, `black_above`, `hispanic_above`) tells
them apart by one word each; the comparison words beside the number ("above", "greater than")
fit every one of them, so the number goes to the bound whose own word its subject says, never to
the first one that fits. General English only: the parameters' words come from the library.
"""

from __future__ import annotations

from bot.language.bounds import bound_direction
from bot.language.entities import COMPARATORS, Number
from bot.language.textnorm import stem, words
from bot.language.wordlists import STOPWORDS
from bot.library.types.base import ParamDef

# A number whose subject names another numeric parameter's own word and none of this one's is
# that other parameter's ("the hispanic share is above 99.4" is not `white_above`'s).
SUBJECT_NAMES_THE_BOUND = True
# A parameter labelled with a percent sign ("white % above") holds a share: it takes "60%" when
# the bound is said of its own word ("a white share below 60%").
PERCENT_SIGN_IS_A_SHARE = True

_REACH = 8  # words before a number looked through for its subject
_SUBJECT_WORDS = 3  # the longest subject, in words
_UNIT_LENGTH = 3  # a word after the number this short is its unit ("3000 m"), not its noun
# Words of the comparison itself, passed over on the way back to its subject.
_COMPARISON = COMPARATORS | {
    "greater",
    "larger",
    "bigger",
    "higher",
    "more",
    "less",
    "fewer",
    "lower",
    "smaller",
    "exceeds",
    "exceed",
    "equal",
    "equals",
}


def subject_stems(text: str, num: Number) -> frozenset[str]:
    """Stems of the words a bound is said of: back from the number over its comparison and
    function words ("is greater than", "of over"), then up to three content words, stopping at
    the first function word ("in which the black percentage"). Empty when no bound is said, or
    when a noun follows the number: that noun says what is bounded."""
    if not SUBJECT_NAMES_THE_BOUND or not bound_direction(num.before):
        return frozenset()
    follows = num.after[0] if num.after else ""
    if len(follows) > _UNIT_LENGTH and follows not in STOPWORDS:
        return frozenset()  # "who have at least two allergies": the bound is of what follows
    toks = [w for w, _s, _e in words(text[: num.start])][-_REACH:]
    i = len(toks) - 1
    while i >= 0 and (toks[i] in _COMPARISON or toks[i] in STOPWORDS):
        i -= 1
    subject: list[str] = []
    while i >= 0 and len(subject) < _SUBJECT_WORDS:
        w = toks[i]
        if w in STOPWORDS or w in _COMPARISON or not w.isalpha():
            break
        subject.append(stem(w))
        i -= 1
    return frozenset(subject)


def said_of_another(
    subject: frozenset[str],
    num: Number,
    mine: set[str],
    others: list[set[str]],
    theirs: list[set[str]],
) -> bool:
    """The bound's subject names a rival's own word (`others`) and none of `mine`, and nothing
    right after the number ("more than 5 orders") or what it measures ("older than 20") ties
    it to this parameter more than to that rival (`theirs`: the rivals' words, "3000 m" is said
    of every bound in metres)."""
    if not subject or subject & mine or num.money:
        return False
    named = [their for own, their in zip(others, theirs, strict=True) if subject & own]
    if not named:
        return False
    ties = (num.measures | {stem(w) for w in num.after[:2]}) & mine
    return not ties - set().union(*named)


def percent_labelled(param: ParamDef) -> bool:
    """`param`'s label or description writes a percent sign ("white % above"): it holds a share,
    and takes "60%" said of its own word ("a white share below 60%")."""
    return PERCENT_SIGN_IS_A_SHARE and "%" in f"{param.label} {param.description}"
