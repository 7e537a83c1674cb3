"""What the matcher reads from one request before it scores any query: its entities and
known values, its content stems and their weights, the result it asks for (a count, a ranking,
a breakdown), and the signs that no query's filter says it (a comparison with other rows, an
intersection, a method, an action, an unknown acronym). bot.matching.index scores every
candidate query against this reading.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from typing import Any, Protocol

from bot.language import number_names
from bot.language.entities import Entities, Number, context_words, find_entities
from bot.language.textnorm import is_noise, stem, words
from bot.matching import filler_words, form_words, intersection, signals, subject_fit, work_cues
from bot.matching.asked_result import idioms_blanked
from bot.matching.context_sentences import blank_unknown_sentences, values_in_lead_in
from bot.matching.count_years import years_before_ranks
from bot.matching.counted import plural
from bot.matching.intersection import asks_intersection
from bot.matching.lexical import in_capital_name
from bot.matching.library_words import EMAIL_TOKEN, ID_TOKEN
from bot.matching.people_said import blank_people, people_spans
from bot.matching.rank_fit import ranked_by
from bot.matching.result_fit import asked
from bot.matching.shaping_named import filter_values
from bot.matching.structure import (
    alternatives,
    asks_action,
    asks_method,
    asks_pattern,
    relative_comparison,
    relative_spans,
    without_or_equal,
)
from bot.matching.value_modifier import value_modifiers_dropped
from bot.matching.value_verbs import values_not_verbs


class LibraryWords(Protocol):
    """What a request is read against: the index of one library (bot.matching.index)."""

    values: Any  # bot.matching.values.ValueIndex
    vocab: set[str]
    idf: dict[str, float]
    body_idf: dict[str, float]
    idf_unknown: float
    table_stems: frozenset[str]
    subjects: set[str]
    grouping: frozenset[str]
    id_owners: Any  # bot.matching.id_owners.IdOwners
    _entry_of: dict[str, Any]

    def request_stems(self, masked: str, *, wordnet: bool = True) -> list[str]: ...

    def library_word(self, word: str) -> str: ...

    def knows_words_of(self, sentence: str) -> bool: ...


# The words of a parameter's choice or synonym the request names ("which gadgets sold the
# most" for a category "electronics") are no rows, counts or figures asked.
CHOICE_WORDS_NOT_ROWS = True
# A word that would plainly ask for work ("estimate", "model"; not "split", "drop") which a query's title or keywords use
# ("film market estimates", "device models") is what the request is about: it stays a word of
# the request (off: every such word is left out, and only other queries pay for it).
# Shipped off: film_rank 0.700 -> 0.740 (wrong 9.3% -> 8.0%) but scientist_1, whose library is
# about projects ("project" a hard cue), 0.528 -> 0.556 with wrong 6.9% -> 11.1%, over its floor
# (tests/test_matcher_spider.py); customers_card_transactions 0.894 -> 0.878.
OWN_CUES_ARE_WORDS = False


@dataclass(frozen=True)
class RequestReading:
    """One request as the matcher reads it, the same for every candidate query."""

    ent: Any
    masked: Any
    named: Any
    stems: Any
    lowered: Any
    uniq: Any
    weights: Any
    total: Any
    norm_req: Any
    req_bigrams: Any
    ex_terms: Any
    shown: Any
    shown_stems: Any
    has_ids: Any
    unknown_penalty: Any
    breakdowns: Any
    wants: Any
    ranks_by: Any
    bounded: Any
    counts_asked: Any
    rel_spans: Any
    joined_by_or: Any
    pattern: Any
    quantities: Any


def read_request(
    index: LibraryWords, text: str, today: dt.date, fiscal_start: int = 1
) -> RequestReading:
    """Read `text` against what `index` learnt from its library."""
    ent = find_entities(text, today, fiscal_start)
    if signals.TYPOS_BESIDE_NUMBERS:  # "humity above 50", "departmnet 80": the words they mean
        ent = replace(ent, numbers=[mended(n, index.library_word) for n in ent.numbers])
    # Ids as written ("#988", "no. 988", "48213"): a word of the request (ID_TOKEN). One that
    # is an id by the word "id" ("car with id 1") or by the noun before it ("room 111", read as
    # one below) is said by that word already: no word more.
    written_ids = sum(
        1 for n in ent.numbers if n.id_like and not (n.named_id and n.before[-1:] == ("id",))
    )
    if number_names.NOUN_BEFORE_NO_ROW_COUNT:  # "client 988", "order 2024": one client, order
        nouns = index.id_owners.nouns
        ent = years_named_by_nouns(ent, nouns)
        ent = replace(ent, numbers=[named_by_noun(ent.text, n, nouns) for n in ent.numbers])
    ent = years_before_ranks(ent)  # "list 2000 top buyers ytd": 2000 rows, no year 2000
    ent = replace(ent, masked=id_words_blanked(ent))
    restored = values_in_lead_in(ent.masked, text, index.values.named)
    if restored != ent.masked:
        ent = replace(ent, masked=restored)
    masked = without_or_equal(work_cues.blank_not_work(ent.masked))
    named = values_not_verbs(index.values.named(masked, index.vocab, ent), masked, ent.periods)
    # "Growth team asking, …", "… for the CS team": who asks, not what about

    def head_known(st: str) -> bool:
        return st in index.vocab or st in index.table_stems

    held = [(vs, ve) for _k, vs, ve, _o in named]
    if people := people_spans(masked, head_known):
        masked = blank_people(masked, people, held)
        ent = replace(ent, masked=blank_people(ent.masked, people, held))
    for_whom = people_spans(masked, head_known, for_whom=True)
    stems = index.request_stems(
        blank_unknown_sentences(
            blank_people(filler_words.blank_opening_verb(masked), for_whom, held),
            ent.text,
            index.knows_words_of,
            tuple((vs, ve) for _k, vs, ve, _o in named),
        )
    )
    stems += [EMAIL_TOKEN] * len(ent.emails) + [ID_TOKEN] * written_ids
    stems += [ID_TOKEN] * len(ent.id_tokens)
    lowered = idioms_blanked(
        " ".join(w for w, _s, _e in words(masked)), lambda st: st in index.vocab
    )
    lowered = work_cues.check_of_a_question(masked, lowered)
    subjects = index.subjects if OWN_CUES_ARE_WORDS else set()
    content = [
        s
        for s in stems
        if (s not in work_cues.HARD_CUES and s not in work_cues.SOFT_CUES)
        or (s in subjects and s in work_cues.HARD_CUES)
    ] or stems
    if filler_words.DROP_PRESENTATION_WORDS:
        content = [
            s
            for s in content
            if (s in index.vocab or s in index.body_idf or not filler_words.droppable(s))
            and not (form_words.FORM_WORDS_FROM_EXAMPLES_DROPPED and s in index.example_forms)
        ] or content
    uniq = list(dict.fromkeys(content))
    body_idf = index.body_idf if signals.W_BODY else {}
    weights = {s: index.idf.get(s) or body_idf.get(s, index.idf_unknown) for s in uniq}
    total = sum(weights.values())
    norm_req = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    req_bigrams = set(zip(content, content[1:], strict=False))
    # A known value's words ("Mountain View") say which value, not which query: an example
    # that happens to name the same value is no closer for it (every query taking the value
    # binds it and gets its credit below).
    named_words = {
        stem(w)
        for key, vs, ve, _o in named
        if key in index.values.known
        for w, _s, _e in words(masked[vs:ve])
    }
    # Values of the columns a query shows ("Premium Yoga Mat" in a per-product query): known
    # words of the queries that show them, bound to nothing.
    shown = index.values.shown.named(masked, named) if signals.SHOWN_VALUES else []
    shown_stems = {
        (vs, ve): {stem(w) for w, _s, _e in words(masked[vs:ve])} for vs, ve, _q in shown
    }
    # A value all of whose words the library knows ("Nurse") is read as those words.
    shown = [
        (vs, ve, by)
        for vs, ve, by in shown
        if any(st not in index.vocab and st not in index.body_idf for st in shown_stems[(vs, ve)])
    ]
    for vs, ve, _by in shown:
        named_words |= shown_stems[(vs, ve)]
    ex_terms = [s for s in uniq if s not in named_words or not signals.VALUES_NOT_IN_EXAMPLES]
    # every id, one its noun names too: a query that leaves "customer 1993" unused pays for it
    has_ids = bool(ent.emails or ent.id_tokens) or any(n.id_like for n in ent.numbers)
    unknown = sum(
        1
        for s in uniq
        if s not in index.vocab
        and s not in body_idf
        and len(s) > 1
        and s not in (EMAIL_TOKEN, ID_TOKEN)
        and s not in named_words  # "Robert Biale": a known value is no unknown word
    )
    unknown_penalty = min(signals.UNKNOWN_PENALTY * unknown, signals.UNKNOWN_PENALTY_CAP)
    # "directed by Steven Spielberg" names a value, not a breakdown.
    unvalued = masked
    value_starts = set()
    for _k, vs, ve, _o in filter_values(named, index.grouping, index.table_stems, masked):
        unvalued = unvalued[:vs] + "0" + " " * (ve - vs - 1) + unvalued[ve:]
        value_starts.add(vs)
    # ("taught by teacher TARRING LEIA": the noun before a value names the value, no breakdown)
    breakdowns = subject_fit.find_breakdowns(
        " ".join(
            subject_fit.VALUE_MARK if st in value_starts else w for w, st, _e in words(unvalued)
        )
    )
    # The parameters the named values are for ("female" -> gender), as stems.
    named_params = {
        o.removeprefix("param:") for _k, _s, _e, owners in named for o in owners
    } - index._entry_of.keys()
    # "which gadgets sold the most" (gadgets: a category's synonym): a choice says which
    # value, never which rows, counts or figures are asked
    chosen = frozenset(
        stem(w)
        for key, vs, ve, owners in named
        if CHOICE_WORDS_NOT_ROWS
        and key not in index.values.known
        # a choice that shapes the rows ("by: city", "sort: altitude") names what is asked
        and not any(o.removeprefix("param:") in index.grouping for o in owners)
        for w, _s, _e in words(masked[vs:ve])
        # a plural names things ("gadgets"); "male students" asks rows of students all the same
        if plural(w)
    )
    chosen -= index.table_stems
    wants = asked(
        value_modifiers_dropped(lowered, masked, named),
        ent.text,
        lambda st: (st in index.vocab or st in index.body_idf) and st not in chosen,
        breakdowns,
        named_params,
        index.table_stems,
        bool(ent.numbers or ent.periods),
    )
    ranks_by = ranked_by(lowered, index.table_stems)
    bounded = bool(ent.numbers or ent.periods or ent.quantities)
    counts_asked = signals.UNGROUPED_COUNT_DROPS and wants.shape.counts  # never per X in a list
    # A comparison with other rows: no query's filter says it.
    relative = relative_comparison(ent.text)
    unknown_penalty += signals.RELATIVE_PENALTY * relative
    unknown_penalty += intersection.INTERSECTION_PENALTY * asks_intersection(ent.text)
    rel_spans = relative_spans(ent.masked) if relative else []
    unknown_penalty += signals.METHOD_PENALTY * asks_method(ent.text)
    unknown_penalty += signals.ACTION_PENALTY * asks_action(ent.text)
    # "size or fit refunds": an "or" inside a named value joins no conditions
    joined_by_or = alternatives(_without_values(ent.text, named))
    pattern = asks_pattern(ent.text)
    quantities = ent.quantities
    # An unknown acronym written in capitals (NPS, CAC, LTV) names a metric or a system
    # the library does not have: as strong a sign as a request for work.
    for m in re.finditer(r"\b[A-Z]{3,5}s?\b", ent.masked):
        if signals.CAPITAL_NAMES_NOT_ACRONYMS and in_capital_name(ent.masked, m, named):
            continue  # "ROY SWEAZY": a name written in capitals, no metric
        if stem(m.group(0).lower()) not in index.vocab and not is_noise(m.group(0).lower()):
            unknown_penalty += signals.UNKNOWN_ACRONYM_PENALTY
            break
    return RequestReading(
        ent=ent,
        masked=masked,
        named=named,
        stems=stems,
        lowered=lowered,
        uniq=uniq,
        weights=weights,
        total=total,
        norm_req=norm_req,
        req_bigrams=req_bigrams,
        ex_terms=ex_terms,
        shown=shown,
        shown_stems=shown_stems,
        has_ids=has_ids,
        unknown_penalty=unknown_penalty,
        breakdowns=breakdowns,
        wants=wants,
        ranks_by=ranks_by,
        bounded=bounded,
        counts_asked=counts_asked,
        rel_spans=rel_spans,
        joined_by_or=joined_by_or,
        pattern=pattern,
        quantities=quantities,
    )


def _without_values(text: str, named: Any) -> str:
    """`text` with each named value blanked (when OR_INSIDE_VALUE_JOINS_NOTHING)."""
    if not signals.OR_INSIDE_VALUE_JOINS_NOTHING:
        return text
    for _k, vs, ve, _o in named:
        text = text[:vs] + " " * (ve - vs) + text[ve:]
    return text


def mended(num: Any, library_word: Any) -> Any:
    """`num` with the typos among the words around it read as the library words they mean."""
    before = tuple(library_word(w) for w in num.before)
    after = tuple(library_word(w) for w in num.after)
    return (
        num
        if (before, after) == (num.before, num.after)
        else replace(num, before=before, after=after)
    )


def named_by_noun(text: str, num: Number, nouns: frozenset[str]) -> Number:
    """`num` as an identifier when the noun right before it is one the library gives ids to
    (`nouns`): "client 988" names a client, it is no count of rows to show."""
    if (
        num.id_like
        or not _right_after_a_word(text, num.start)
        or not number_names.after_id_noun(num.before, num.value, num.money, num.percent, nouns)
    ):
        return num
    return replace(num, id_like=True)


_YEAR = re.compile(r"(?:19|20)\d\d")


def years_named_by_nouns(ent: Entities, nouns: frozenset[str]) -> Entities:
    """`ent` with a year read as a period ("parcel 2024") read as the number it is when the
    noun right before it is one the library gives ids to (`nouns`): parcel 2024, no year."""
    if not number_names.ID_NOUN_YEARS_ARE_IDS:
        return ent
    periods, numbers = [], list(ent.numbers)
    for period in ent.periods:
        s, e = period.span
        written = ent.text[s:e]
        before, after = context_words(ent.text, s, e, reach=4)
        if (
            _YEAR.fullmatch(written)
            and _right_after_a_word(ent.text, s)
            and number_names.after_id_noun(before, float(written), False, False, nouns)
        ):
            numbers.append(Number(float(written), s, e, True, before, after, int(written)))
        else:
            periods.append(period)
    if len(periods) == len(ent.periods):
        return ent
    return replace(ent, periods=periods, numbers=sorted(numbers, key=lambda n: n.start))


def _right_after_a_word(text: str, start: int) -> bool:
    """Only spaces stand between the word before and `start`: "first order, 2025" says the
    year 2025, not order 2025."""
    return bool(re.search(r"[A-Za-z]\s+$", text[max(0, start - 8) : start]))


# "no." and "nr" (a negation, an unknown word); "number" and "id" stay, words parameters use
_ID_WORD_BEFORE = re.compile(r"\b(?:no|nr)\s*[.:]?\s*#?\s*$", re.I)


def id_words_blanked(ent: Entities) -> str:
    """`ent.masked` less the id word that made a number an id ("client nr 988"): it said
    whose the number is, it asks for nothing."""
    masked = ent.masked
    for num in ent.numbers:
        if not num.named_id:
            continue
        m = _ID_WORD_BEFORE.search(ent.text[max(0, num.start - 12) : num.start])
        if m is not None:
            s = max(0, num.start - 12) + m.start()
            masked = masked[:s] + " " * (num.start - s) + masked[num.start :]
    return masked
