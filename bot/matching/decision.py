"""A matcher's decision (matched / ambiguous / unmatched) and the rules' one with its grounds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


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
    ignored: list[str] = field(default_factory=list)  # said, but not used: "not used: APAC"
    confidence: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "query": self.query,
            "params": self.params,
            "missing": self.missing,
            "ignored": self.ignored,
            "confidence": round(self.confidence, 4),
            "candidates": [{"query": c.query, "score": round(c.score, 4)} for c in self.candidates],
        }


@dataclass(frozen=True)
class Ruled:
    """The hand rules' decision and what it was made from, for the learned gate (bot.matching.gate).

    `kind`: which rule decided: empty (no words, no candidate), below (best under the
    threshold), follow-up (it only refers back: bot.language.follow_ups), ticket (a rule on a
    dropped constraint), ambiguous (a near tie), asks (a run that asks for a value first),
    matched (a run)."""

    decision: Decision
    kind: str
    results: list[Any] = field(default_factory=list)  # (score, query, extraction), best first
    ent: Any = None  # the request's entities (bot.language.entities.Entities)


def candidates_of(results: Sequence[tuple[float, Any, Any]]) -> list[Candidate]:
    """Scored results (score, query, extraction) as the candidates a decision shows: each score
    clamped to 0..1 and rounded to 4 decimals."""
    return [Candidate(q.name, round(max(0.0, min(1.0, s)), 4)) for s, q, _x in results]
