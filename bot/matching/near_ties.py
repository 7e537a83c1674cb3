"""Near ties among the scored queries: which runners-up the words do not tell from the best one
(`near_ties`: the decision is then ambiguous), and which query goes first when the best drops a
value said and another takes every one (`takes_all_first`). Each rule's switch is read at match
time, so `benchmarks/ablation_matcher.py` can turn it off.
"""

from __future__ import annotations

from typing import Any

from bot.matching import signals
from bot.matching.detail_rival import detail_rival
from bot.matching.distinct_said import distinct_rival
from bot.matching.one_row_splits import grouped_by_asked, one_row_drop_only
from bot.matching.signals import AMBIGUITY_MARGIN, MATCH_THRESHOLD, MAX_CANDIDATES


def near_ties(results: list[Any], reordered: bool) -> list[Any]:
    """The candidates in a near tie with the best one (`reordered`: the values chose it)."""
    best_score, best_x = results[0][0], results[0][2]
    return [
        c
        for c in results[1:MAX_CANDIDATES]
        if not (reordered and drops(c[2]))  # the values chose: no near tie with a dropper
        # "how much has customer 1988 spent": the best takes every value, this one drops one
        and not (DROPPER_NO_TIE and drops(c[2]) and not drops(best_x))
        and (
            c[0] >= best_score - AMBIGUITY_MARGIN
            # Another query whose title and keywords say every request word the best one's do
            # (two or more), a little behind: the words do not choose between them.
            or (
                c[0] >= best_score - signals.SAME_WORDS_MARGIN
                and len(best_x.covered) >= 2
                and c[2].covered >= best_x.covered
            )
            # "the unique names of races" where only this one's header says "unique"
            or distinct_rival(best_x, c[0], c[2])
            # "the balances of Brown": a lookup of Brown behind a listing filtered to Brown
            or detail_rival(results[0], c)
        )
    ]


def drops(x: Any) -> bool:
    """The extraction leaves a value, a bound or a breakdown the request said unused."""
    return bool(
        x.foreign_values
        or x.dropped_bounds
        or x.second_values
        or x.dropped_filters
        or x.dropped_breakdowns
        or x.misread_numbers
    )


# A runner-up that drops a value said (it would be a ticket), where the best takes every one, is
# no near tie: the values chose, as when the best drops one (NEAR_TIE_TAKES_ALL). Off: on the
# tuning sets it ran 3 wrong queries the near tie had shown beside the right one (ship_1's
# "youngest 3 captains", scientist_1) for 1 right answer more on the starter sets.
DROPPER_NO_TIE = False
# A query saying every request word the best one's do, a little behind (SAME_WORDS_MARGIN), and
# taking every value said where the best drops one goes first too.
SAME_WORDS_TAKE_ALL = True
# Failing those, the best query above the threshold saying every word the best one says and more,
# taking everything said ("total sales of each shop" from a row per shop, not a share).
MORE_WORDS_TAKE_ALL = True


def takes_all_first(results: list[Any]) -> list[Any]:
    """ "sports products nearly sold out (under 8)": the best query drops the bound, another
    within the ambiguity margin (or saying the same words, SAME_WORDS_TAKE_ALL) takes every
    value said; the words did not choose between them, the values do, so that one goes
    first."""
    if len(results) < 2 or not drops(results[0][2]) or one_row_drop_only(results[0][2]):
        return results
    best_score, best_x = results[0][0], results[0][2]
    floor = max(MATCH_THRESHOLD, best_score - AMBIGUITY_MARGIN)
    # ("how much has customer 1988 spent": a query saying the same words a little behind)
    same = max(MATCH_THRESHOLD, best_score - signals.SAME_WORDS_MARGIN)
    takers = [
        r
        for r in results[1:MAX_CANDIDATES]
        if not drops(r[2])
        and (
            r[0] >= floor
            or (
                SAME_WORDS_TAKE_ALL
                and r[0] >= same
                and len(best_x.covered) >= 2
                and r[2].covered >= best_x.covered
            )
        )
    ]
    if not takers and MORE_WORDS_TAKE_ALL:  # a near tie among them stays ambiguous (near_ties)
        takers = [
            r
            for r in results[1:MAX_CANDIDATES]
            if not drops(r[2]) and r[0] >= MATCH_THRESHOLD and r[2].covered > best_x.covered
        ][:1]
    if len(takers) != 1:
        return results
    return [takers[0], *[r for r in results if r is not takers[0]]]


# A best query that drops a value, a bound or a breakdown said (a ticket) beside runners-up above
# the threshold, a little behind (TAKERS_MARGIN), that drop nothing: "how many rooms cost more
# than 120, for each different decor" from a room listing beside rooms per decor. The words
# chose the best a little, the values chose the others: the person picks (off: a ticket).
DROPPER_SHOWS_TAKERS = True
TAKERS_MARGIN = 0.1


def close_takers(results: list[Any]) -> list[Any]:
    """The runners-up above the threshold, within TAKERS_MARGIN of a best query that drops
    something said, that drop nothing (none when the best drops nothing)."""
    if not DROPPER_SHOWS_TAKERS or len(results) < 2 or not drops(results[0][2]):
        return []
    floor = max(MATCH_THRESHOLD, results[0][0] - TAKERS_MARGIN)
    return [
        r
        for r in results[1:MAX_CANDIDATES]
        if not drops(r[2])
        and (
            r[0] >= floor
            # "each affiliation type" from one row beside rows per affiliation
            or (r[0] >= MATCH_THRESHOLD and grouped_by_asked(results[0][2], r[1]))
        )
    ]
