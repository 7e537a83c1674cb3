"""A value chose the best query while another candidate's words fit the request better: the
best's title and keyword words said are all that candidate's too, and that candidate's title
says a word the best leaves unused (a ticket then, see bot.matching.matcher)."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.signals import MAX_CANDIDATES


def values_chose(best_x: Any, results: list[Any]) -> bool:
    """A value chose the best query: its title and keyword words said are all another
    candidate's too, whose title also says a word the best leaves unused and whose words alone
    score well above the best's."""
    if not (signals.TICKET_ON_VALUES_AND_SHARED_WORDS and best_x.value_spans):
        return False
    unused = stems_of(best_x.ignored)
    return any(
        best_x.covered <= x.covered
        and x.covered & unused & stems_of([q.title])
        and x.lexical >= best_x.lexical + signals.VALUES_CHOSE_WORDS_MARGIN
        for _s, q, x in results[1:MAX_CANDIDATES]
    )


def stems_of(said: list[str]) -> frozenset[str]:
    """The stems of the words of `said` (values or words, lower-cased)."""
    return frozenset(stem(w.lower()) for v in said for w in v.split())
