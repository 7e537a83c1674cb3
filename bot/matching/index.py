"""What the matcher learns from one library, and the scores of one request against it.

Every query becomes a weighted bag of word stems from its own file (see bot.matching.matcher
for the technique); a request's stems are scored by coverage, nearest example and bigrams, and
the best lexical candidates are re-ranked by parameter fit, what their result can show
(bot.matching.result_fit) and the signals in bot.matching.signals, work_cues, filler_words and
subject_fit (each read through its module, so the ablation can switch each one off).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import replace
from typing import Any

from bot.language.entities import Entities
from bot.language.textnorm import expand, is_noise, stem, words
from bot.library.model import Library, QueryDef
from bot.library.types.base import param_cues
from bot.matching import (
    asked_columns,
    count_other_rows,
    form_words,
    hyphen_parts,
    signals,
    subject_fit,
    work_cues,
)
from bot.matching.chooser_named import grouping_named
from bot.matching.count_other_rows import counts_other_rows
from bot.matching.counted import counted_heads
from bot.matching.grain import grain_of, grain_penalty, grouping_params
from bot.matching.id_owners import IdOwners
from bot.matching.left_unused import left_unused
from bot.matching.lexical import Postings, Typos
from bot.matching.misplaced_figure import misplaced
from bot.matching.misplaced_value import ValueCounts
from bot.matching.negated_choice import unchosen_negation
from bot.matching.number_roles import name_words
from bot.matching.one_row_counts import one_row_count_bonus
from bot.matching.own_figures import header_figures
from bot.matching.own_rows import rows_in_own_words, value_words, words_of_one_query
from bot.matching.params import extract, took_identifier
from bot.matching.plain_rows import (
    asks_plain_listing,
    asks_plain_rows,
    count_of_other_penalty,
    plain_rows_penalty,
)
from bot.matching.query_entry import QueryEntry, query_entry
from bot.matching.rank_fit import rank_penalty
from bot.matching.ranked_measure_shown import measures_dropped, measures_shown
from bot.matching.relative_choice import relative_choice_taken
from bot.matching.request_reading import read_request
from bot.matching.result_fit import ResultFit, fit_score, splits, with_choice
from bot.matching.row_count import row_grain, rows_are_counted
from bot.matching.said_unused import said_unused
from bot.matching.shared_values import own_words_credit, shared_value_stems
from bot.matching.shown_named import cut_by_default, shown_words_of, value_credit
from bot.matching.sorted_not_grouped import sorted_not_grouped_penalty
from bot.matching.structure import structure_penalty
from bot.matching.swapped_count import swapped_count_penalty
from bot.matching.values import ValueIndex
from bot.matching.word_forms import joined_pairs, other_form


class MatcherIndex:
    """What the matcher learnt from one library; build once, match many requests."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.entries: list[QueryEntry] = []
        df: Counter[str] = Counter()
        body_df: Counter[str] = Counter()
        self.raw_vocab: dict[str, str] = {}
        for q in library:
            entry = query_entry(q, self.raw_vocab)
            self.entries.append(entry)
            df.update(entry.weights.keys())
            body_df.update(entry.body)
        n = max(len(self.entries), 1)
        # Smoothed (1 + …) so a small library still weighs its own words against unknown ones.
        self.idf = {t: math.log(1 + (n + 1) / (c + 0.5)) for t, c in df.items()}
        self.idf_unknown = math.log(1 + (n + 1) / 0.75)
        # Words only the SQL bodies know weigh by how many bodies know them.
        self.body_idf = {
            t: math.log(1 + (n + 1) / (c + 0.5)) for t, c in body_df.items() if t not in self.idf
        }
        # Each query's subject: the words of its title, name and keywords.
        self.one_query_words = words_of_one_query(e.weights for e in self.entries)
        self.subjects: set[str] = set()
        for e in self.entries:
            self.subjects.update(t for t, w in e.weights.items() if w >= signals.W_KEYWORD)
        # "count", "total", "list" in a title ("patient appointment counts") say how a result
        # is shown, not what it is about: not a subject other queries lack.
        if subject_fit.PRESENTATION_NOT_SUBJECTS:
            self.subjects -= subject_fit.SHOWN_AS_STEMS | subject_fit.ATTRIBUTE_STEMS
        if subject_fit.QUALIFIERS_NOT_SUBJECTS:
            self.subjects -= subject_fit.qualifier_stems()
        for e in self.entries:
            e.splits = splits(e.query, e.weights, e.fit)
            e.examples = [
                (ex, math.sqrt(sum(self.idf[t] ** 2 for t in ex)))
                for ex in e.examples  # type: ignore[misc]
            ]
        self.vocab = set(self.idf)
        self.example_forms = form_words.example_only_forms(library)
        self.table_stems = frozenset(t for e in self.entries for t in e.fit.tables)
        self.known_columns = asked_columns.library_columns((e.query, e.fit) for e in self.entries)
        self.cut_by_default = {e.query.name for e in self.entries if cut_by_default(e.query)}
        self.grains = frozenset(t for e in self.entries for t in grain_of(e.fit, e.query.sql))
        # a query whose rows a choice makes per city gives rows of cities too
        self.grains |= {t for e in self.entries for ts in e.fit.chosen.values() for t in ts}
        # rows of every X: a listing that asks for a value first holds only some of them
        self.whole_grains = frozenset(
            t
            for e in self.entries
            if not any(p.required for p in e.query.params)
            for t in grain_of(e.fit, e.query.sql)
        )
        self.listings = frozenset(
            t for e in self.entries if e.fit.groups is None for t in e.fit.rows_of
        )
        self.grouping = grouping_params(q.sql for q in library)
        # The words that announce a numeric parameter anywhere in the library: a number's unit
        # ("3 stars") is for a parameter that has it among its words.
        self.unit_words = {
            w for q in library for p in q.params if p.kind.is_numeric for w in param_cues(p)
        }
        self.values = ValueIndex(library)
        self.value_counts = ValueCounts(library)  # complete known values: misplaced_value
        self.id_owners = IdOwners(library)  # "order no. 5" is no customer's id
        self.name_words = name_words(library)  # "name 337": a value, no quantity
        self._correct = Typos(self.raw_vocab)
        self._form_cache: dict[tuple[str, bool], list[str] | None] = {}
        # Inverted index: stem -> entries that know it (scores only touch candidates).
        self.postings = Postings(self.entries)
        self._entry_of = {e.query.name: e for e in self.entries}

    # -- request side ----------------------------------------------------------------------

    def fit_of(self, name: str) -> ResultFit:
        """What query `name`'s result can show."""
        return self._entry_of[name].fit

    def stands_for(self, word: str) -> set[str]:
        """The stems a request word may stand for: itself, its abbreviation's expansion
        ("dept"), the library word a typo meant ("regoin")."""
        return {word, *(stem(w) for w in expand(word)), self._correct(word) or word}

    def library_word(self, word: str) -> str:
        """`word`, or the library word it mistypes ("departmnet": department)."""
        if len(word) < 5 or not word.isalpha() or stem(word) in self.vocab or is_noise(word):
            return word  # a short word is too near too many others ("lisa", "list")
        if word in self.values.known:
            return word  # a name the warehouse knows
        return self._correct.meant(word) or word

    def _known(self, s: str) -> bool:
        """Whether the library (its headers or its SQL) knows the stem `s`."""
        return s in self.vocab or s in self.body_idf

    def request_stems(self, masked: str, *, wordnet: bool = True) -> list[str]:
        """Content stems of a request, typos corrected, compounds joined; `wordnet` lets an
        unknown word stand for a WordNet synonym the library knows."""
        raw = [w for w, _s, _e in words(hyphen_parts.apart(masked, self._known))]
        out = []
        for w in joined_pairs(raw, self.vocab.__contains__, forms=signals.WORD_FORMS):
            if w.isdigit() or is_noise(w):
                continue
            s = stem(w)
            if (
                s not in self.vocab
                and s not in self.body_idf
                and s not in work_cues.HARD_CUES
                and s not in work_cues.SOFT_CUES
            ):
                if (w, wordnet) not in self._form_cache:
                    self._form_cache[w, wordnet] = other_form(
                        w,
                        self.vocab,
                        self.body_idf,
                        self._correct,
                        split=signals.SPLIT_COMPOUNDS,
                        forms=signals.WORD_FORMS,
                        wordnet=wordnet,
                    )
                out.extend(self._form_cache[w, wordnet] or [s])
                continue
            out.append(s)
        return out

    def knows_words_of(self, sentence: str) -> bool:
        """Whether `sentence` says a word of the library (its headers or its SQL); a WordNet
        synonym does not count here: "Marketing wants it" is no ask for sales."""
        return any(
            s in self.vocab or s in self.body_idf
            for s in self.request_stems(sentence, wordnet=False)
        )

    # -- scoring ---------------------------------------------------------------------------

    def score(
        self, text: str, today: dt.date, fiscal_start: int = 1
    ) -> tuple[list[tuple[float, QueryDef, Any]], Entities]:
        r = read_request(self, text, today, fiscal_start)
        ent, masked, named, stems = r.ent, r.masked, r.named, r.stems
        lowered, uniq, weights, total = r.lowered, r.uniq, r.weights, r.total
        count_heads = frozenset(stem(w) for w in counted_heads(lowered))
        norm_req, req_bigrams, ex_terms, shown = r.norm_req, r.req_bigrams, r.ex_terms, r.shown
        shown_stems, has_ids, unknown_penalty, breakdowns = (
            r.shown_stems,
            r.has_ids,
            r.unknown_penalty,
            r.breakdowns,
        )
        wants, ranks_by, bounded = r.wants, r.ranks_by, r.bounded
        rel_spans, joined_by_or, pattern, quantities = (
            r.rel_spans,
            r.joined_by_or,
            r.pattern,
            r.quantities,
        )
        not_nouns = subject_fit.not_noun_stems(masked)
        said_values = value_words(named, masked)  # "all male students": no name of rows
        asked_cols = asked_columns.asked_columns(masked.lower())
        ranked = subject_fit.ranked_measures(lowered)  # "by number of events": a ranking
        parts: dict[int, tuple[float, float]] = {}
        top = self.postings.top(
            uniq, weights, total, norm_req, ex_terms, req_bigrams, signals.RERANK_TOP, parts
        )
        results = []
        for base, i in top:
            e = self.entries[i]
            hits = self.values.hits(e.query.name, named, masked)
            held = self.values.held_numbers(e.query.name, named)
            held += self.id_owners.held(e.query.name, ent)
            extraction = extract(e.query, ent, today, hits, held, e.defaults)
            extraction.lexical = base
            extraction.request_words, extraction.unknown_penalty = len(uniq), unknown_penalty
            extraction.coverage, extraction.example = parts[i]
            extraction.value_spans = [
                (vs, ve) for pname, (_v, vs, ve) in hits.items() if pname in extraction.binds
            ]
            extraction.filter_spans = list(extraction.value_spans)
            value_stems = {
                st
                for _v, vs, ve in hits.values()
                for w, _s, _e in words(masked[vs:ve])
                if (st := stem(w)) in weights and st not in e.weights
            }
            value_stems |= {  # "names starting with Orbit": the word it searches for
                st for w, _s, _e in words(extraction.searched) if (st := stem(w)) in weights
            }
            if e.query.name not in self.cut_by_default:
                shown_here = shown_words_of(
                    e.query.name, shown, shown_stems, extraction.value_spans
                )
            else:
                shown_here = set()
            shown_here = {st for st in shown_here if st in weights and st not in e.weights}
            # a value several queries take counts the same for each (bot.matching.shared_values)
            shared = shared_value_stems(named, hits, extraction.binds, masked, weights, e.weights)
            base -= own_words_credit(shared, e.weights, e.body, e.fit.shown, weights, total)
            value_stems |= shared
            base += value_credit(weights, total, shown_here - value_stems, signals.W_SHOWN_VALUE)
            base += value_credit(weights, total, value_stems, signals.W_KNOWN_VALUE)
            s = base + signals.EVIDENCE_BONUS * min(extraction.evidence, 3.0)
            s -= signals.MISSING_PENALTY * len(extraction.missing)
            if has_ids and not took_identifier(e.query, extraction):
                s -= signals.UNTAKEN_ID_PENALTY
            if quantities and not any(p.kind.is_numeric for p in e.query.params):
                s -= (
                    signals.UNTAKEN_QUANTITY_PENALTY  # "top 20 …", "under 5 …": a query with no slot for it
                )
            cue_stems = work_cues.outside_values(stems, masked, hits, extraction.binds)
            extraction.work_cue = work_cues.cue_penalty(
                e.weights, cue_stems, lowered, e.fit.columns
            )
            s -= extraction.work_cue
            s -= unknown_penalty
            measured = measures_shown(breakdowns, e.fit, ranked)  # "by number of events"
            s -= subject_fit.fit_penalty(
                e.weights,
                self.subjects,
                stems,
                [b for b in breakdowns if b not in e.fit.truncated | measured],
                e.fit.shown,
                value_stems,
                e.fit.tables,
                self.table_stems,
                not_nouns,
            )
            fit = with_choice(e.fit, extraction.binds)
            grain = row_grain(fit, e.query.sql)
            counted_rows = rows_are_counted(wants, lowered, grain)
            # "which geography …" of a query whose keywords say geography: its own rows
            own = not wants.rows & said_values and rows_in_own_words(
                wants.rows, e.weights, e.fit, self.table_stems, self.one_query_words
            )
            here = header_figures(grouping_named(wants, named, e.query, fit), e.bigrams, fit)
            here = measures_dropped(here, fit, ranked)
            s += fit_score(
                replace(here, rows=frozenset()) if own else here, fit, counted_rows
            ) - grain_penalty(
                wants,
                fit,
                e.query.sql,
                self.grains,
                extraction.binds,
                self.listings,
                self.grouping,
                self.whole_grains,
            )
            extraction.misplaced = misplaced(
                here, fit, e.query.sql
            )  # "average X" of a query averaging Y
            # "when did she join" from a roster with no dates: asked, never run (matcher)
            extraction.unshown = asked_columns.unshown(
                asked_cols, e.query.name, fit.tables, self.known_columns
            )
            # "allergies with number of students" from students with their number of allergies
            s -= swapped_count_penalty(wants, fit, frozenset(stems))
            # an overview's figure ("how many ships"), not where words no query knows are said
            s += one_row_count_bonus(
                wants, lowered, e.query, extraction.binds, said_values, bool(unknown_penalty)
            )
            if counted_rows:
                # "how many accounts": a row per account (it chooses among queries that match,
                # it is no evidence that one does)
                s += signals.ROWS_ARE_COUNTED_BONUS * (s >= signals.MATCH_THRESHOLD)
            elif counts_other_rows(wants, lowered, grain):
                s -= count_other_rows.OTHER_ROWS_COUNTED_PENALTY  # "how many campuses": fees
            if counted_rows:
                # "how many clubs are there" from a result of figures per club
                plain = asks_plain_rows(wants, counted_rows, bounded)
                s -= plain_rows_penalty(e.query.sql, plain)
                s -= count_of_other_penalty(
                    fit.shown_counts,
                    count_heads,
                    frozenset(stem(w) for w, _s, _e in words(e.query.title)),
                    plain,
                )
            elif asks_plain_listing(
                wants, bounded, grain, self.grouping, frozenset(stems), fit.shown
            ):
                s -= plain_rows_penalty(e.query.sql, True)  # "the names of all clubs"
            s -= structure_penalty(ent, extraction, joined_by_or, e.weights)
            s -= unchosen_negation(e.query, extraction.binds, ent.masked)  # "never attended"
            s -= sorted_not_grouped_penalty(e.query, e.fit.chooser, extraction.binds, lowered)
            # "a fee higher than average" said by one of the query's own choices
            s += signals.RELATIVE_PENALTY * relative_choice_taken(
                e.query, ent.masked, rel_spans, extraction.binds
            )
            if pattern and not e.patterns:
                s -= signals.PATTERN_PENALTY  # "whose name contains the letter M": no LIKE
            s -= rank_penalty(ranks_by, e.fit)
            s -= left_unused(self, e, extraction, fit, r)
            results.append((s, e.query, extraction))
        results.sort(key=lambda c: (-c[0], c[1].name))
        # The near-tie rule may put a candidate other than the best first: it needs its own
        # words said but not used, for the tickets and for the person.
        shown = signals.MAX_CANDIDATES if signals.IGNORED_FOR_EVERY_CANDIDATE else 1
        for _s, query, extraction in results[:shown]:
            entry = self._entry_of[query.name]
            ignored = said_unused(
                entry.weights, self._correct, ent, masked, extraction, self._known
            )
            extraction.ignored = ignored + [
                v for v in dict.fromkeys(extraction.foreign_values) if v not in ignored
            ]
        return results, ent


_INDEX_CACHE: dict[int, MatcherIndex] = {}


def index_for(library: Library) -> MatcherIndex:
    key = id(library)
    cached = _INDEX_CACHE.get(key)
    if cached is None or cached.library is not library:
        cached = _INDEX_CACHE[key] = MatcherIndex(library)
    return cached


def warm_index(library: Library) -> MatcherIndex:
    """The library's index with every lookup built (`serve`'s jobs side, before its first
    request): no request pays for a build, however rare the words that need it."""
    index = index_for(library)
    index.values.warm()
    index.value_counts.warm()
    return index


def clear_index_cache() -> None:
    """Forget every library's index (benchmarks that patch the signals' weights use it)."""
    _INDEX_CACHE.clear()
