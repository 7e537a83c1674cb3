"""Rows of the thing a request names, from a sibling whose rows are of another thing.

"counties with more than 50000 people" names counties as what its rows are; a listing of
cities that takes a minimum county population runs beside one whose rows are counties, and
"transactions of at least 1,000,000" beside figures per investor. The words and values chose
the query whose rows are of something else, while another candidate's rows are of the thing
named: running the best would hand over rows of the wrong thing. The request becomes a near
tie with that sibling (or a ticket when the sibling scored too low to offer), never a silent
run. What a row is comes from each query's SQL (its GROUP BY key, or its outer FROM table);
only the subject's reading is English: a request that opens with a noun phrase ("republican
drivers pls"), whose head plural is a table's name. The best keeps its run when its title
names the thing ("Churned customers" over subscriptions), when a breakdown is said ("orders by
status"), or when it groups the thing's own rows ("new customers in Dec" from customers counted
per day): figures of the thing named, not rows of another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from bot.language.textnorm import stem, words
from bot.matching import subject_fit
from bot.matching.asked_result import meets
from bot.matching.counted import plural
from bot.matching.grain import grain_of
from bot.matching.result_fit import ResultFit

# Switch: the rows a request's opening noun phrase names decide between siblings (off: only
# the words' scores do).
SUBJECT_ROWS_DECIDE = True

_WORD = re.compile(r"[a-z][a-z'-]*")
# Words before the request proper ("hey, quick q: …") and words that open a sentence with a
# verb or a question ("show", "which"): those requests say their rows elsewhere
# (bot.matching.asked_rows).
_OPENERS_TEXT = "hi hey hello yo ok okay so quick q please pls thanks thx team folks"
_OPENERS = frozenset(_OPENERS_TEXT.split())
# (and words of a figure: "total points by nationality" asks one, no rows)
_NOT_NOUN_OPENING_TEXT = """
    show list give get find return count display tell name compute calculate sort order rank
    what which who whom whose how when where why is are was were do does did can could
    would will should may might i we you me us my our let lets let's need want send pull
    run check see look total average avg mean sum number count counts
"""
_NOT_NOUN_OPENING = frozenset(_NOT_NOUN_OPENING_TEXT.split())
# Words after the head that end its noun phrase.
_PHRASE_ENDS_TEXT = "with of in from that who which whose where aged on at by for"
_PHRASE_ENDS = frozenset(_PHRASE_ENDS_TEXT.split())


def opening_subject(lowered: str) -> str | None:
    """The stem of the plural a request opening with a noun phrase names ("counties with more
    than 50000 people" -> county), or None. `lowered`: the request cleaned of Slack markup and
    mentions (`Entities.text`), lower-cased."""
    tokens = _WORD.findall(lowered)
    while tokens and tokens[0] in _OPENERS:
        tokens = tokens[1:]
    if not tokens or tokens[0] in _NOT_NOUN_OPENING:
        return None
    for i, w in enumerate(tokens[:3]):
        if w in _PHRASE_ENDS:
            return None
        if plural(w):  # the head: the first plural, where the phrase ends
            ends = i + 1 == len(tokens) or tokens[i + 1] in _PHRASE_ENDS | _NEXT_OK
            return stem(w) if ends else None
    return None


# What may follow the head besides a preposition: a number or a verb of the clause is read as
# the phrase's end too ("gymnasts aged 22", "drivers pls").
_NEXT_OK_TEXT = "aged over under above below more less than not pls please"
_NEXT_OK = frozenset(_NEXT_OK_TEXT.split())


def _title_stems(title: str) -> frozenset[str]:
    return frozenset(stem(w) for w, _s, _e in words(title.lower()))


def subject_rival(
    lowered: str,
    results: Sequence[tuple[float, Any, Any]],
    fit_of: Callable[[str], ResultFit],
    table_stems: frozenset[str],
    drops: Callable[[Any], bool],
    max_candidates: int,
) -> tuple[tuple[float, Any, Any], bool] | None:
    """The best candidate among the others whose rows are of the thing the request opens
    with, when the best one's rows are not (None when the subject decides nothing); with
    whether it can be offered (it drops nothing said)."""
    if not SUBJECT_ROWS_DECIDE or len(results) < 2:
        return None
    said = opening_subject(lowered)
    if said is None or said not in table_stems:
        return None
    subject = frozenset({said})

    def rows_of_subject(q: Any) -> bool:
        return meets(subject, grain_of(fit_of(q.name), q.sql))

    best = results[0][1]
    fit = fit_of(best.name)
    if not grain_of(fit, best.sql) or rows_of_subject(best):
        return None  # rows of a WITH clause (unread), or of the thing named
    if said in _title_stems(best.title) or subject_fit.find_breakdowns(lowered):
        return None  # "Churned customers" over subscriptions; "orders by status"
    if fit.groups is not None and said in fit.tables:
        return None  # "new customers in Dec" from customers counted per day: figures of them
    rival = next((r for r in results[1:max_candidates] if rows_of_subject(r[1])), None)
    return None if rival is None else (rival, not drops(rival[2]))
