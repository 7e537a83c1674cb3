"""Demand: which unanswered requests keep coming back.

Requests no library query answered become tickets. Grouping their wording shows the team which
new library queries would answer the most tickets. Texts are normalised (mentions, emoji, URLs
dropped; numbers, dates and periods folded into placeholders; stop words removed; light
stemming; metric abbreviations and their spelled-out names folded into one word), weighted with
TF-IDF over unigrams and bigrams, and grouped in one pass, oldest ticket first: each request
joins the group it is most similar to on average (mean cosine to the group's members, computed
from the sum of their vectors) when that reaches the threshold, or starts a new group. A short
merge pass then joins groups the one pass split. An inverted index over group terms, scanned for
each word's most recently joined groups only, bounds the work: 10,000 requests group in under a
second when they repeat (a real queue) and in a few seconds when nearly all differ.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

from bot.language.request_text import clean_text, content_words, normalise, stem, surface_tokens  # noqa: F401 - re-exported

DEFAULT_THRESHOLD = 0.35

_PLACEHOLDERS = frozenset({"#", "DATE"})
BIGRAM_WEIGHT = 0.5  # word pairs sharpen a match; single words carry the topic


def _features(stems: list[str]) -> Counter[str]:
    """Term counts: unigrams and adjacent pairs, placeholders left out (a period is no topic)."""
    words = [s for s in stems if s not in _PLACEHOLDERS]
    counts: Counter[str] = Counter(words)
    counts.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return counts


@dataclass
class DemandGroup:
    label: str
    count: int
    ticket_ids: list[int]
    examples: list[str]
    top_terms: list[str] = field(default_factory=list)

    @property
    def latest_ticket_id(self) -> int:
        return max(self.ticket_ids)


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)  # indexes into the sorted items
    total: dict[str, float] = field(default_factory=dict)  # sum of member vectors

    def add(self, index: int, vec: dict[str, float]) -> None:
        for term, w in vec.items():
            self.total[term] = self.total.get(term, 0.0) + w
        self.members.append(index)


def _vectors(docs: list[list[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (smoothed idf, sub-linear tf)."""
    df: Counter[str] = Counter()
    counted = [_features(d) for d in docs]
    for c in counted:
        df.update(c.keys())
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    vectors = []
    for c in counted:
        vec = {
            t: (1.0 + math.log(k)) * idf[t] * (BIGRAM_WEIGHT if " " in t else 1.0)
            for t, k in c.items()
        }
        norm = math.sqrt(sum(w * w for w in vec.values()))
        vectors.append({t: w / norm for t, w in vec.items()} if norm else {})
    return vectors


def group_requests(
    items: Sequence[tuple[int, str]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_count: int = 1,
) -> list[DemandGroup]:
    """Group (ticket_id, request text) pairs by similar wording, biggest demand first.

    Groups are sorted by count (descending), then by their most recent ticket (highest id
    first). Items are processed oldest ticket first, so the result does not depend on input
    order. `min_count` drops groups smaller than it (1 keeps singletons).
    """
    ordered = sorted(items, key=lambda it: (it[0], it[1]))
    token_lists = [surface_tokens(text) for _, text in ordered]
    vectors = _vectors([[s for s, _ in toks] for toks in token_lists])

    clusters: list[_Cluster] = []
    # term -> clusters whose total has it, least recently joined first (dicts keep order).
    postings: dict[str, dict[int, None]] = defaultdict(dict)
    for index, vec in enumerate(vectors):
        best, best_score = -1, threshold
        dots: dict[int, float] = defaultdict(float)
        for term, w in vec.items():
            for ci in _recent(postings.get(term)):
                dots[ci] += w * clusters[ci].total[term]
        for ci in sorted(ci for ci, dot in dots.items() if dot >= threshold):
            # Mean similarity to the group's members (average link): a broad group whose
            # members share only one word stops absorbing requests that share only that word.
            # (The score is at most the dot product, hence the filter; lowest index wins a tie.)
            score = dots[ci] / len(clusters[ci].members)
            if score > best_score or (best < 0 and score == best_score):
                best, best_score = ci, score
        if best < 0:
            best = len(clusters)
            clusters.append(_Cluster())
        for term in vec:
            listed = postings[term]
            listed.pop(best, None)
            listed[best] = None
        clusters[best].add(index, vec)
    clusters = _merge_similar(clusters, threshold)

    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for toks in token_lists:
        for s, surface in toks:
            surfaces[s][surface] += 1

    groups = []
    for cluster in clusters:
        if len(cluster.members) < min_count:
            continue
        groups.append(_describe(cluster, ordered, vectors, surfaces))
    groups.sort(key=lambda g: (-g.count, -g.latest_ticket_id))
    return groups


POSTING_CAP = 64
MERGE_ROUNDS = 3


def _recent(listed: dict[int, None] | None) -> Iterable[int]:
    """The groups most recently joined through a term, at most POSTING_CAP of them.

    A word shared by thousands of groups ("customer") would make every request scan them all;
    the cap bounds the work per request. Groups that keep growing stay recent, so a popular
    topic is still found; a group reached through a capped word alone may be missed.
    """
    if not listed:
        return ()
    if len(listed) <= POSTING_CAP:
        return listed
    return islice(reversed(listed), POSTING_CAP)


def _merge_similar(clusters: list[_Cluster], threshold: float) -> list[_Cluster]:
    """Merge groups whose members are, on average, as similar across groups as the threshold.

    The one pass can split a topic when its first requests happened to be worded apart
    ("refund rate by category" / "what % of orders get refunded per category"); later requests
    bridge them. Average link between groups is the dot product of their vector sums over the
    product of their sizes.
    """
    alive = list(range(len(clusters)))
    # Two requests left apart by the one pass were compared there already: only groups of
    # two or more (and then only groups that grew) look for a partner.
    active = {ci for ci in alive if len(clusters[ci].members) > 1}
    for _round in range(MERGE_ROUNDS):
        if not active:
            break
        postings: dict[str, dict[int, None]] = defaultdict(dict)
        for ci in alive:
            for term in clusters[ci].total:
                postings[term][ci] = None
        dead: set[int] = set()
        grown: set[int] = set()
        for ci in alive:
            if ci in dead or ci not in active:
                continue
            mine = clusters[ci]
            dots: dict[int, float] = defaultdict(float)
            for term, w in mine.total.items():
                for other in _recent(postings[term]):
                    if other != ci and other not in dead:
                        dots[other] += w * clusters[other].total[term]
            best, best_score = -1, threshold
            for other in sorted(o for o, dot in dots.items() if dot >= threshold):
                size = len(mine.members) * len(clusters[other].members)
                score = dots[other] / size
                if score > best_score or (best < 0 and score == best_score):
                    best, best_score = other, score
            if best < 0:
                continue
            for term, w in clusters[best].total.items():
                postings[term][ci] = None
                mine.total[term] = mine.total.get(term, 0.0) + w
            mine.members.extend(clusters[best].members)
            dead.add(best)
            grown.add(ci)
        alive = [ci for ci in alive if ci not in dead]
        active = grown - dead
    return [clusters[ci] for ci in alive]


def _describe(
    cluster: _Cluster,
    ordered: list[tuple[int, str]],
    vectors: list[dict[str, float]],
    surfaces: dict[str, Counter[str]],
) -> DemandGroup:
    def closeness(i: int) -> float:
        return sum(w * cluster.total.get(t, 0.0) for t, w in vectors[i].items())

    # Most representative first; ties go to the most recent ticket.
    ranked = sorted(cluster.members, key=lambda i: (-round(closeness(i), 9), -ordered[i][0]))
    examples: list[str] = []
    seen: set[str] = set()
    for i in ranked:
        text = clean_text(ordered[i][1])
        key = text.lower()
        if text and key not in seen:
            seen.add(key)
            examples.append(text)
        if len(examples) == 3:
            break
    terms = sorted(
        ((w, t) for t, w in cluster.total.items() if " " not in t and t not in ("#", "DATE")),
        key=lambda wt: (-wt[0], wt[1]),
    )
    top_terms: list[str] = []
    for _, t in terms:
        word = surfaces[t].most_common(1)[0][0] if surfaces.get(t) else t
        if word not in top_terms:
            top_terms.append(word)
        if len(top_terms) == 5:
            break
    ticket_ids = sorted(ordered[i][0] for i in cluster.members)
    label = examples[0] if examples else (" ".join(top_terms) or "(empty request)")
    if len(label) > 80:
        label = label[:79].rstrip() + "…"
    return DemandGroup(
        label=label,
        count=len(cluster.members),
        ticket_ids=ticket_ids,
        examples=examples,
        top_terms=top_terms,
    )
