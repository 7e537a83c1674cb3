"""A value chose the best query while another candidate's words fit the request better: the
best's title and keyword words said are all that candidate's too, and that candidate's title
says a word the best leaves unused (a ticket then, see bot.matching.matcher); and which of the
best's title and keyword words said are more than the words of a value it took."""

from __future__ import annotations

import re
from typing import Any

from bot.language.textnorm import stem, words
from bot.matching import signals
from bot.matching.signals import MAX_CANDIDATES

# "signups from the android app" for daily active users, whose keywords say "app": a word said
# only inside a value the query took ("android app", a synonym of its platform android) names
# the value, not what is asked about, so it leaves the query chosen by its values only.
VALUE_WORDS_NOT_SUBJECT = True


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


def subject_covered(query: Any, best_x: Any, masked: str) -> frozenset[str]:
    """The stems of the best query's title and keyword words said (`best_x.covered`) outside
    the values it took: known values (`best_x.value_spans`) and its bound choices as written
    (the choice or a synonym of it). `masked`: the request as the spans index it."""
    if not VALUE_WORDS_NOT_SUBJECT:
        return best_x.covered
    spans = list(best_x.value_spans)
    lowered = masked.lower()
    for p in query.params:
        chosen = best_x.binds.get(p.name)
        if not p.choices or not isinstance(chosen, str) or not _filters(query.sql, p.name):
            continue  # a sort or a grouping picked by a choice is no value of the rows
        said = [chosen, *(w for w, c in p.synonyms.items() if c == chosen)]
        for phrase in said:
            found = re.finditer(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", lowered)
            spans += [m.span() for m in found]
    if not spans:
        return best_x.covered
    inside, outside = set(), set()
    for w, s, e in words(masked):
        held = any(vs <= s and e <= ve for vs, ve in spans)
        (inside if held else outside).add(stem(w))
    return frozenset(st for st in best_x.covered if st not in inside or st in outside)


def _filters(sql: str, name: str) -> bool:
    """Whether `sql` compares a column with the bind `name` (`= :name`): a filter's value."""
    return re.search(rf"=\s*(?:lower\s*\(\s*)?:{re.escape(name)}\b", sql, re.I) is not None
