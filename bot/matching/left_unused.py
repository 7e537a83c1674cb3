"""What a query would leave unused of a request, noted on its extraction for the decision's
rules (tickets, near ties) and for the person: values only other queries take, numbers no
parameter took, bounds and periods dropped, numbers read in the wrong unit, breakdowns its rows
cannot be per, and rows of another grain. Returns the score penalty they cost the query.
"""

from __future__ import annotations

from typing import Any

from bot.language.entities import bound_direction
from bot.matching import signals, subject_fit, work_cues
from bot.matching.dated_rows import dropped_periods
from bot.matching.excluded_values import excluded_said
from bot.matching.grain import counts_per_row_unmet
from bot.matching.grand_total import unmet_rows
from bot.matching.key_breakdown import unkeyed_breakdowns
from bot.matching.number_roles import count_conditions, misread_numbers
from bot.matching.one_row_splits import ONE_ROW_DROP, per_thing_unmet, per_things
from bot.matching.params import taken_as_text
from bot.matching.per_row_counts import per_row_splits
from bot.matching.query_entry import QueryEntry
from bot.matching.ranked_by_key import ranked_by_sort_key
from bot.matching.record_values import shown_on_record
from bot.matching.request_reading import RequestReading
from bot.matching.result_fit import ResultFit
from bot.matching.sort_choice import sorted_by
from bot.matching.values import unit_mismatches
from bot.matching.year_bounds import unplaced_year_bounds
from bot.matching.year_rows import read_off_rows


def left_unused(
    index: Any, e: QueryEntry, extraction: Any, fit: ResultFit, r: RequestReading
) -> float:
    """Note on `extraction` what query `e` leaves unused of request `r` (`index`: the library's
    MatcherIndex; `fit`: its result with the bound choices); the penalty that costs it."""
    ent, named, quantities, wants = r.ent, r.named, r.quantities, r.wants
    counts_asked, breakdowns, uniq = r.counts_asked, r.breakdowns, r.uniq
    # A value only other queries' parameters take ("APAC" for a query with no region).
    unused = [
        n
        for i, n in enumerate(ent.numbers)
        if i not in extraction.used_numbers
        and (n in quantities or signals.EVERY_NUMBER_COUNTS)
        and not taken_as_text(ent.text[n.start : n.end], extraction.binds)
        and not read_off_rows(n, e.query, extraction.binds, fit.shown)  # rows per year
    ]
    # rows per the column the bound choice picks ("by: origin") show each origin's row
    per = fit.per if signals.CHOSEN_GROUP_SHOWS_VALUES else e.fit.per
    if signals.SEVERAL_GROUPS_SHOWN:
        for pname in index.values.shown_apart(e.query, extraction.binds, named, per):
            extraction.binds[pname] = None
    # "order 49809 still not shipped?": the one record shows its status (record_values)
    named = shown_on_record(
        named,
        e.query,
        extraction.binds,
        ent,
        e.fit.shown,
        lambda key: (*index.values.choices.get(key, ()), *index.values.known.get(key, ())),
        lambda name: index.library.get(name).sql,
    )
    dropped, extraction.second_values, extraction.dropped_filters = index.values.unused_values(
        e.query, e.weights, extraction.binds, named, ent.text, per, e.fit.columns
    )
    # "how many beauty orders were cancelled" of sales that leave cancelled orders out
    for said in excluded_said(e.query, named, extraction.binds, ent.text, index.values.targets):
        if said not in dropped:
            dropped.append(said)
            extraction.dropped_filters.append(said)
    extraction.value_spans += index.values.shown_in_rows(e.query, named, per)
    extraction.foreign_values = dropped + [ent.text[n.start : n.end] for n in unused]
    extraction.dropped_bounds = sum(1 for n in unused if bound_direction(n.before))
    extraction.dropped_bounds += count_conditions(unused, index.table_stems)
    extraction.dropped_bounds += dropped_periods(e.query, ent, extraction.period_used)
    if extraction.period_used:
        extraction.dropped_bounds += unplaced_year_bounds(e.query, ent, extraction.binds)
    penalty = signals.FOREIGN_VALUE_PENALTY * min(len(extraction.foreign_values), 2)
    units = unit_mismatches(e.query, ent, extraction, index.unit_words, index.table_stems)
    units += misread_numbers(e.query, ent, extraction, index.name_words, index.unit_words)
    extraction.misread_numbers = units
    penalty += signals.UNIT_MISMATCH_PENALTY * units
    date_params = sum(1 for p in e.query.params if p.kind.is_period)
    # A year parameter that took "in 2008" used that period too.
    if len(ent.periods) > max(
        date_params, int(extraction.period_used)
    ):  # "this month vs the same month last year"
        penalty += work_cues.COMPARISON_PENALTY
    splits = e.splits
    if counts_asked and not e.fit.shape.groups:  # "how many X by Y" from one list: no count per Y
        splits = per_row_splits(e.fit.counted_per_row)  # unless rows per Y count X beside each
    extraction.dropped_breakdowns = [b for b in breakdowns if not index.stands_for(b) & splits]
    # "each director" from rows per film that show its director: rows per the key
    extraction.dropped_breakdowns += [
        b
        for b in unkeyed_breakdowns(e.query, e.weights, fit, breakdowns, index.stands_for)
        if b not in extraction.dropped_breakdowns
    ]
    if extraction.dropped_breakdowns:  # "top 5 airlines by number of routes": a ranking
        sorts = sorted_by(e.query, extraction.binds)
        extraction.dropped_breakdowns = [
            b
            for b in extraction.dropped_breakdowns
            if not subject_fit.measured_in_order(b, r.lowered, sorts)
            and not ranked_by_sort_key(b, r.lowered, sorts)  # "top products by revenue"
        ]
    if (
        signals.TICKET_ON_COUNT_FROM_LIST
        and not extraction.dropped_breakdowns
        and counts_per_row_unmet(wants, e.fit)
    ):
        # "the departments and how many employees work in each": rows with no count
        extraction.dropped_breakdowns = ["each"]
    if not extraction.dropped_breakdowns and per_thing_unmet(e.query, r.lowered, breakdowns):
        extraction.dropped_breakdowns = [ONE_ROW_DROP]  # "estimates per film" from one row
        extraction.one_row_per = per_things(r.lowered, breakdowns)
    extraction.grand_total_unmet, extraction.other_grain = unmet_rows(
        wants, fit, e.query.sql, index.grains, bool(extraction.value_spans)
    )
    extraction.covered = frozenset(t for t in uniq if e.weights.get(t, 0) >= signals.W_KEYWORD)
    return penalty
