"""The matcher: a request's words in, a decision out (matched / ambiguous / unmatched).

Technique (chosen on measurements: BENCHMARKS.md, `benchmarks/ablation_matcher.py`): every query
is a weighted bag of word stems learnt from its own file: title and keywords (strongest),
examples, parameter vocabulary (choice values, synonyms, parameter names), description; emails
and ids in examples become placeholder words. A request is scored against each query by
  * coverage: the IDF-weighted share of the request's content words the query explains
    (words no query knows count against every query: an unknown metric is a new request),
  * the closest example: IDF-weighted cosine with the query's best-matching example,
and the best lexical candidates are then re-ranked by
  * parameter fit: values the query can take (a named region, a number next to its unit word,
    an order id, an email), required values missing, ids or quantities it cannot take,
  * request-about-work cues: words that ask for work rather than an answer (build, backfill,
    broken, why, forecast, access, export, "the X query") sink every query whose own
    vocabulary lacks them,
  * what the query cannot give: a breakdown it lacks ("by country"), another query's subject
    ("refunds by product category"), a comparison ("vs last year", two periods for one).
Precision comes first: running the wrong query hands someone a wrong number, so a low best
score is `unmatched` (a ticket) and a near-tie is `ambiguous`. Only general English lives in
code (bot/textnorm.py); everything about a domain comes from the library files.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.language.textnorm import STOPWORDS, expand, is_noise, stem, words
from bot.library.loader import Library, QueryDef
from bot.matching.params import EMAIL_RE, ID_CODE_RE, Entities, extract, find_entities

# Field weights: how strongly a word in each part of a query file speaks for that query.
W_TITLE = 1.0
W_KEYWORD = 1.0
W_EXAMPLE = 0.9
W_PARAM = 0.7
W_DESCRIPTION = 0.5

# How the lexical signals blend (see BENCHMARKS.md for the ablation behind them).
W_COVERAGE = 0.55
W_NEAREST_EXAMPLE = 0.4
W_BIGRAMS = 0.05

MATCH_THRESHOLD = 0.46
AMBIGUITY_MARGIN = 0.05
MAX_CANDIDATES = 3

# Requests for work about data rather than for an answer from it. General data-team English:
# the same words mean the same in a library about flights or staffing. A cue that is part of
# a query's own vocabulary (a library that has a "dashboard_views" query) does not count.
HARD_CUES = frozenset(
    stem(w)
    for w in [
        "dashboard",
        "dashboards",
        "backfill",
        "backfilled",
        "rerun",
        "reprocess",
        "reingest",
        "ingest",
        "ingestion",
        "pipeline",
        "pipelines",
        "etl",
        "cron",
        "forecast",
        "forecasts",
        "forecasting",
        "predict",
        "predicted",
        "prediction",
        "projection",
        "project",
        "projected",
        "extrapolate",
        "model",
        "modelling",
        "modeling",
        "ml",
        "broken",
        "bug",
        "bugs",
        "buggy",
        "discrepancy",
        "discrepancies",
        "differ",
        "differs",
        "difference",
        "mismatch",
        "mismatched",
        "inconsistent",
        "incorrect",
        "wrong",
        "access",
        "permission",
        "permissions",
        "grant",
        "revoke",
        "credential",
        "credentials",
        "password",
        "login",
        "bucket",
        "s3",
        "export",
        "exported",
        "exporting",
        "csv",
        "xlsx",
        "spreadsheet",
        "download",
        "alert",
        "alerts",
        "alerting",
        "notify",
        "notification",
        "notifications",
        "looker",
        "tableau",
        "metabase",
        "explore",
        "schema",
        "column",
        "columns",
        "field",
        "fields",
        "migrate",
        "migration",
        "deploy",
        "install",
        "configure",
        "automate",
        "automation",
        "subscribe",
        "unsubscribe",
        "investigate",
        "maintain",
        "maintains",
        "maintained",
        "maintainer",
        "owns",
        "owner",
        "query",
        "queries",
        "sql",
        "explain",
        "delete",
        "estimate",
        "estimated",
        "rename",
        "renamed",
        "optimise",
        "optimize",
    ]
)
SOFT_CUES = frozenset(
    stem(w)
    for w in [
        "why",
        "build",
        "built",
        "create",
        "add",
        "remove",
        "drop",
        "rename",
        "fix",
        "fixed",
        "change",
        "update",
        "set",
        "setup",
        "table",
        "tables",
        "job",
        "jobs",
        "email",
        "emails",
        "emailed",
        "mail",
        "slack",
        "right",
        "missing",
        "missed",
        "stale",
        "duplicate",
        "duplicates",
        "will",
        "would",
        "should",
        "next",
        "future",
        "calculate",
        "calculated",
        "meaning",
        "split",
        "define",
        "definition",
    ]
)
HARD_PHRASES = (
    "set up",
    "go out",
    "send out",
    "each morning",
    "every morning",
    "every day",
    "every week",
    "every monday",
    "each week",
    "each day",
    "doesn't match",
    "don't match",
    "do not match",
    "not match",
    "which one is right",
    "is it broken",
    "look into",
    "dig into",
)
# Comparisons ask for two answers side by side, not one query's result.
COMPARISON_PHRASES = (
    " vs ",
    " vs. ",
    "versus",
    "compared to",
    "compared with",
    "year over year",
    "same month last year",
)
# "by country" / "per manager" names a breakdown; a query whose vocabulary lacks it cannot give it.
BREAKDOWN_PENALTY = 0.4
COMPARISON_PENALTY = 0.3
# A word that is a title or keyword of another query, but absent from this one: the request is
# (also) about that other query's subject ("refunds by product category" is not product sales).
FOREIGN_PENALTY = 0.15
_BREAKDOWN = re.compile(
    r"\b(?:by|per|across|each)\s+(?:the\s+|a\s+|an\s+|their\s+|our\s+)?([a-z][a-z0-9_]*)"
)
_NOT_BREAKDOWNS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "tomorrow",
        "tonight",
        "eod",
        "eow",
        "cob",
        "noon",
        "then",
        "now",
        "far",
        "way",
        "default",
        "far",
        "hand",
        "chance",
        "name",
        "email",
        "slack",
    ]
)
# Parameter fit: values only this query can take, required values the text lacks, an id or
# email that no parameter of the query takes.
EVIDENCE_BONUS = 0.06
MISSING_PENALTY = 0.06
UNTAKEN_ID_PENALTY = 0.1
HARD_PENALTY = 0.6
SOFT_PENALTY = 0.12
# A content word no query knows: the request is likely about something the library lacks.
UNKNOWN_PENALTY = 0.05
UNKNOWN_PENALTY_CAP = 0.15
UNKNOWN_ACRONYM_PENALTY = 0.35
UNTAKEN_QUANTITY_PENALTY = 0.05
# Only the best lexical candidates get the (costlier) parameter-fit pass.
RERANK_TOP = 8


@dataclass(frozen=True)
class Candidate:
    query: str
    score: float


@dataclass
class Decision:
    status: str  # matched | ambiguous | unmatched
    query: str | None
    params: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    confidence: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "query": self.query,
            "params": self.params,
            "missing": self.missing,
            "confidence": round(self.confidence, 4),
            "candidates": [{"query": c.query, "score": round(c.score, 4)} for c in self.candidates],
        }


@dataclass
class _QueryIndex:
    query: QueryDef
    weights: dict[str, float]
    examples: list[tuple[set[str], float]]  # stems of each example, with its IDF norm
    bigrams: set[tuple[str, str]]


EMAIL_TOKEN = "xemailx"
ID_TOKEN = "xidx"
# "#4402", "48213", "1234" (not a year): identifiers, as bot.matching.params.find_entities sees them.
_ID_NUMBER = re.compile(r"#\d+\b|(?<![\d,.])\b(?!(?:19|20)\d\d\b)\d{4,}\b(?![,.]\d)")


@lru_cache(maxsize=65536)
def _analyze(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(content stems, raw content words of 4+ letters) of a library text, tokenized once."""
    stems, raw = [], []
    # Emails and identifiers become placeholder words, so an example such as
    # "who is jane@example.com" teaches that a bare email belongs to this query.
    text = EMAIL_RE.sub(f" {EMAIL_TOKEN} ", text)
    text = _ID_NUMBER.sub(f" {ID_TOKEN} ", text)
    text = ID_CODE_RE.sub(f" {ID_TOKEN} ", text)
    for w, _s, _e in words(text):
        if len(w) >= 4 and not w.isdigit() and not is_noise(w):
            raw.append(w)
        for part in expand(w):
            if not part.isdigit() and not is_noise(part):
                stems.append(stem(part))
    return tuple(stems), tuple(raw)


def _stems(text: str) -> tuple[str, ...]:
    return _analyze(text)[0]


def _acronyms(text: str) -> set[str]:
    """Initials of runs of 2 to 4 content words ("daily active users" -> "dau")."""
    toks = [w for w, _s, _e in words(text) if not is_noise(w) and not w.isdigit()]
    out = set()
    for n in (2, 3, 4):
        for i in range(len(toks) - n + 1):
            out.add("".join(t[0] for t in toks[i : i + n]))
    return {a for a in out if len(a) >= 3}


class MatcherIndex:
    """What the matcher learnt from one library; build once, match many requests."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.entries: list[_QueryIndex] = []
        df: Counter[str] = Counter()
        self.raw_vocab: dict[str, str] = {}
        for q in library:
            weights: dict[str, float] = {}

            def add(text: str, weight: float, _w: dict[str, float] = weights) -> None:
                stems, raw = _analyze(text)
                for s in stems:
                    if _w.get(s, 0) < weight:
                        _w[s] = weight
                for w in raw:
                    if w not in self.raw_vocab:
                        self.raw_vocab[w] = stem(w)

            add(q.title, W_TITLE)
            add(q.name.replace("_", " "), W_TITLE)
            for k in q.keywords:
                add(k, W_KEYWORD)
            for ex in q.examples:
                add(ex, W_EXAMPLE)
            for p in q.params:
                add(" ".join([p.name.replace("_", " "), p.label]), W_PARAM)
                for c in p.choices:
                    add(c, W_PARAM)
                for syn in p.synonyms:
                    add(syn, W_PARAM)
            add(q.description, W_DESCRIPTION)
            for acr in _acronyms(q.title) | {a for k in q.keywords for a in _acronyms(k)}:
                if acr not in weights:
                    weights[acr] = W_KEYWORD
            examples = [set(_stems(ex)) for ex in q.examples] + [set(_stems(q.title))]
            bigrams: set[tuple[str, str]] = set()
            for text in (q.title, *q.examples, *q.keywords):
                st = _stems(text)
                bigrams.update(zip(st, st[1:], strict=False))
            self.entries.append(_QueryIndex(q, weights, [e for e in examples if e], bigrams))
            df.update(weights.keys())
        n = max(len(self.entries), 1)
        # Smoothed (1 + …) so a small library still weighs its own words against unknown ones.
        self.idf = {t: math.log(1 + (n + 1) / (c + 0.5)) for t, c in df.items()}
        self.idf_unknown = math.log(1 + (n + 1) / 0.75)
        # Each query's subject: the words of its title, name and keywords.
        self.subjects: set[str] = set()
        for e in self.entries:
            self.subjects.update(t for t, w in e.weights.items() if w >= W_KEYWORD)
        for e in self.entries:
            e.examples = [
                (ex, math.sqrt(sum(self.idf[t] ** 2 for t in ex)))
                for ex in e.examples  # type: ignore[misc]
            ]
        self.vocab = set(self.idf)
        self._fuzzy_cache: dict[str, str | None] = {}
        # Inverted index: stem -> entries that know it (scores only touch candidates).
        self.postings: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            for t in e.weights:
                self.postings.setdefault(t, []).append(i)

    # -- request side ----------------------------------------------------------------------

    def _correct(self, word: str) -> str | None:
        """The library word a typo most likely meant (None when nothing is close)."""
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        result = None
        if len(word) >= 4 and self.raw_vocab:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            # Optimal string alignment counts a swapped pair ("regoin") as one edit.
            cutoff = 0.74 if len(word) < 6 else 0.8
            # Typos rarely touch the first letter; "pack" is not "back", "seasons" not "reasons".
            for hit, _score, _i in process.extract(
                word,
                self.raw_vocab.keys(),
                scorer=OSA.normalized_similarity,
                score_cutoff=cutoff,
                limit=5,
            ):
                if hit[0] == word[0]:
                    result = self.raw_vocab[hit]
                    break
        self._fuzzy_cache[word] = result
        return result

    def request_stems(self, masked: str) -> list[str]:
        """Content stems of a request, typos corrected, compounds joined."""
        raw = [w for w, _s, _e in words(masked)]
        toks: list[str] = []
        i = 0
        while i < len(raw):
            w = raw[i]
            # "sign up" -> "signup" when the library knows the compound.
            if i + 1 < len(raw) and stem(w + raw[i + 1]) in self.vocab:
                toks.append(w + raw[i + 1])
                i += 2
                continue
            toks.extend(expand(w))
            i += 1
        out = []
        for w in toks:
            if w.isdigit() or is_noise(w):
                continue
            s = stem(w)
            if s not in self.vocab and s not in HARD_CUES and s not in SOFT_CUES:
                fixed = self._correct(w)
                if fixed:
                    s = fixed
            out.append(s)
        return out

    # -- scoring ---------------------------------------------------------------------------

    def _cue_penalty(self, entry: _QueryIndex, stems: list[str], lowered: str) -> float:
        penalty = 0.0
        own = entry.weights
        for s in set(stems):
            if own.get(s, 0) >= W_PARAM:
                continue
            if s in HARD_CUES:
                penalty += HARD_PENALTY
            elif s in SOFT_CUES:
                penalty += SOFT_PENALTY
        for phrase in HARD_PHRASES:
            if phrase in lowered and not all(
                own.get(stem(w), 0) >= W_PARAM for w in phrase.split() if not is_noise(w)
            ):
                penalty += HARD_PENALTY
        padded = f" {lowered} "
        if any(phrase in padded for phrase in COMPARISON_PHRASES):
            penalty += COMPARISON_PENALTY
        return penalty

    def _fit_penalty(self, entry: _QueryIndex, stems: list[str], breakdowns: list[str]) -> float:
        """Breakdowns the query cannot give and other queries' subjects it does not cover."""
        own = entry.weights
        penalty = sum(BREAKDOWN_PENALTY for b in breakdowns if b not in own)
        foreign = sum(1 for s in set(stems) if s not in own and s in self.subjects)
        return penalty + FOREIGN_PENALTY * min(foreign, 2)

    def score(
        self, text: str, today: dt.date
    ) -> tuple[list[tuple[float, QueryDef, Any]], Entities]:
        ent = find_entities(text, today)
        stems = self.request_stems(ent.masked)
        stems += [EMAIL_TOKEN] * len(ent.emails) + [ID_TOKEN for n in ent.numbers if n.id_like]
        stems += [ID_TOKEN] * len(ent.id_tokens)
        lowered = " ".join(w for w, _s, _e in words(ent.masked))
        content = [s for s in stems if s not in HARD_CUES and s not in SOFT_CUES] or stems
        uniq = list(dict.fromkeys(content))
        weights = {s: self.idf.get(s, self.idf_unknown) for s in uniq}
        total = sum(weights.values())
        norm_req = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        req_bigrams = set(zip(content, content[1:], strict=False))
        touched = {i for s in uniq for i in self.postings.get(s, ())}
        has_ids = bool(ent.emails or ent.id_tokens) or any(n.id_like for n in ent.numbers)
        unknown = sum(
            1
            for s in uniq
            if s not in self.vocab and len(s) > 1 and s not in (EMAIL_TOKEN, ID_TOKEN)
        )
        unknown_penalty = min(UNKNOWN_PENALTY * unknown, UNKNOWN_PENALTY_CAP)
        breakdowns = [
            stem(m.group(1))
            for m in _BREAKDOWN.finditer(lowered)
            # filler words count here: "by team" is a breakdown
            if m.group(1) not in STOPWORDS
            and m.group(1) not in _NOT_BREAKDOWNS
            and not m.group(1).isdigit()
        ]
        quantities = ent.quantities
        # An unknown acronym written in capitals (NPS, CAC, LTV) names a metric or a system
        # the library does not have: as strong a sign as a request for work.
        for m in re.finditer(r"\b[A-Z]{3,5}s?\b", ent.masked):
            if stem(m.group(0).lower()) not in self.vocab and not is_noise(m.group(0).lower()):
                unknown_penalty += UNKNOWN_ACRONYM_PENALTY
                break
        lexical = []
        for i in touched:
            e = self.entries[i]
            cov = sum(weights[s] * e.weights.get(s, 0.0) for s in uniq) / total if total else 0.0
            best_ex = 0.0
            for ex, norm_ex in e.examples:
                inter = sum(weights[s] ** 2 for s in uniq if s in ex)
                if inter:
                    best_ex = max(best_ex, inter / (norm_req * norm_ex))
            bigram = len(req_bigrams & e.bigrams) / len(req_bigrams) if req_bigrams else 0.0
            lexical.append((W_COVERAGE * cov + W_NEAREST_EXAMPLE * best_ex + W_BIGRAMS * bigram, i))
        lexical.sort(key=lambda r: (-r[0], self.entries[r[1]].query.name))
        results = []
        for base, i in lexical[:RERANK_TOP]:
            e = self.entries[i]
            extraction = extract(e.query, ent, today)
            s = base + EVIDENCE_BONUS * min(extraction.evidence, 3.0)
            s -= MISSING_PENALTY * len(extraction.missing)
            if has_ids and not _takes_identifier(e.query, extraction):
                s -= UNTAKEN_ID_PENALTY
            if quantities and not any(p.type in ("int", "number") for p in e.query.params):
                s -= (
                    UNTAKEN_QUANTITY_PENALTY  # "top 20 …", "under 5 …": a query with no slot for it
                )
            s -= self._cue_penalty(e, stems, lowered) + unknown_penalty
            s -= self._fit_penalty(e, stems, breakdowns)
            date_params = sum(1 for p in e.query.params if p.type in ("date", "date_range"))
            if len(ent.periods) > date_params:  # "this month vs the same month last year"
                s -= COMPARISON_PENALTY
            results.append((s, e.query, extraction))
        results.sort(key=lambda r: (-r[0], r[1].name))
        return results, ent


def _takes_identifier(query: QueryDef, extraction: Any) -> bool:
    return any(
        p.type in ("string", "int")
        and extraction.binds.get(p.name) is not None
        and p.default is None
        for p in query.params
    )


_INDEX_CACHE: dict[int, MatcherIndex] = {}


def index_for(library: Library) -> MatcherIndex:
    key = id(library)
    cached = _INDEX_CACHE.get(key)
    if cached is None or cached.library is not library:
        cached = _INDEX_CACHE[key] = MatcherIndex(library)
    return cached


def match(text: str, library: Library, today: dt.date) -> Decision:
    """Decide what to do with one request (see the module docstring and the spec)."""
    index = index_for(library)
    if not re.search(r"\w", text or ""):
        return Decision("unmatched", None)
    results, _ent = index.score(text, today)
    candidates = [
        Candidate(q.name, round(max(0.0, min(1.0, s)), 4)) for s, q, _x in results[:MAX_CANDIDATES]
    ]
    if not results or results[0][0] < MATCH_THRESHOLD:
        return Decision(
            "unmatched",
            None,
            confidence=max(0.0, results[0][0]) if results else 0.0,
            candidates=candidates,
        )
    best_score, best_query, best_x = results[0]
    close = [c for c in results[1:MAX_CANDIDATES] if c[0] >= best_score - AMBIGUITY_MARGIN]
    if close:
        amb = [
            Candidate(q.name, round(max(0.0, min(1.0, s)), 4)) for s, q, _x in [results[0], *close]
        ]
        return Decision("ambiguous", None, confidence=min(1.0, best_score), candidates=amb)
    return Decision(
        "matched",
        best_query.name,
        params=best_x.binds,
        missing=best_x.missing,
        confidence=min(1.0, best_score),
        candidates=candidates,
    )
