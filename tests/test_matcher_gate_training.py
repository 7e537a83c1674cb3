"""The learned gate's training (scripts/train_gate.py, scripts/retrain_gate.py) and its newer
features: a higher penalty per wrong answer learns a region a lower one does not; the features
say how many of the request's words the best candidate leaves unsaid, the runner-up's share,
the columns unshown and the values taken; the one-command retraining deals every tuning
library out once and never a held-out one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot.matching import gate_features
from bot.matching.decision import Candidate, Decision, Ruled
from bot.matching.params import Extraction

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str, folder: str = "scripts") -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _row(group: str, doubtful: bool, wrong: bool) -> dict[str, Any]:
    """A dumped run: `doubtful` sets the `unshown` feature; a wrong run had the right query
    among the candidates."""
    f = [0.0] * len(gate_features.NAMES)
    f[gate_features.NAMES.index("unshown")] = float(doubtful)
    f[gate_features.NAMES.index("kind_matched")] = 1.0
    return {
        "group": group,
        "set": group,
        "kind": "matched",
        "status": "matched",
        "features": f,
        "rule_credit": 0.0 if wrong else 1.0,
        "rule_wrong": wrong,
        "query_right": not wrong,
        "answer_right": not wrong,
        "among": True,
        "unanswerable": False,
    }


def _lines() -> list[dict[str, Any]]:
    # In each of three libraries: among the doubtful runs one wrong and four right; the
    # confident runs all right. Making the doubtful ambiguous wins 0.5 + penalty on the wrong
    # one and loses 0.5 on each right one.
    lines = []
    for lib in ("a", "b", "c"):
        lines += [_row(lib, True, True)] + [_row(lib, True, False) for _ in range(4)]
        lines += [_row(lib, False, False) for _ in range(6)]
    return lines


def test_a_higher_penalty_learns_a_region_a_lower_one_does_not() -> None:
    train = _script("train_gate")
    lines = _lines()
    assert ("matched", "ambiguous") not in train.learn(lines, 1.5)
    regions = train.learn(lines, 4.0)
    _bounds, mean_gain = regions[("matched", "ambiguous")]
    assert mean_gain == (0.5 + 4.0 - 4 * 0.5) / 5
    unshown = gate_features.NAMES.index("unshown")
    for r in lines:
        _credit, wrong, status = train.decide(r, regions)
        # exactly the doubtful runs made ambiguous: no wrong answer left, the confident stay
        assert status == ("ambiguous" if r["features"][unshown] else "matched")
        assert not wrong


def test_the_newer_features_of_a_run() -> None:
    words = frozenset({"alpha", "beta", "gamma", "delta", "epsilon"})
    best = Extraction(
        binds={},
        missing=[],
        absorbed=1,
        period_used=False,
        covered=frozenset({"alpha", "beta"}),
        lexical=0.7,
        request_words=len(words),
        unshown=2,
        value_spans=[(0, 5)],
    )
    second = Extraction(
        binds={},
        missing=[],
        absorbed=0,
        period_used=False,
        covered=frozenset({"alpha", "beta", "gamma", "delta"}),
        lexical=0.6,
        request_words=len(words),
    )
    results = [(0.7, SimpleNamespace(name="q0"), best), (0.6, SimpleNamespace(name="q1"), second)]
    ruled = Ruled(
        Decision("matched", "q0", candidates=[Candidate("q0", 0.7), Candidate("q1", 0.6)]),
        "matched",
        results,
        SimpleNamespace(periods=[], numbers=[]),
    )
    f = dict(zip(gate_features.NAMES, gate_features.features(ruled), strict=True))
    assert f["uncovered"] == 3.0
    assert f["second_covered_share"] == 0.8
    assert f["unshown"] == 2.0
    assert f["values_taken"] == 1.0
    assert f["covered_share"] == 0.4


def test_retraining_deals_every_tuning_library_once_and_no_held_out_one() -> None:
    retrain = _script("retrain_gate")
    parts = retrain._chunks(2, retrain.TUNING_HOLDOUT)
    assert len(parts) == 2
    named = [n for args in parts for n in args if not n.startswith("--")]
    expected = [*retrain.TUNING_SPIDER, *retrain.TUNING_HOLDOUT, *retrain.TUNING_STARTER]
    assert sorted(named) == sorted(expected)
    for name in retrain.TUNING_SPIDER:
        assert (ROOT / "tests" / "data" / "spider" / f"requests-{name}.jsonl").is_file()
    for name in retrain.TUNING_HOLDOUT:
        assert (ROOT / "tests" / "data" / "holdout" / f"requests-{name}.jsonl").is_file()
    score_starter = _script("score_starter", "benchmarks")
    assert set(retrain.TUNING_STARTER) <= set(score_starter.SETS)
    assert not set(retrain.TUNING_STARTER) & set(score_starter.HELD_OUT)
