"""The learned gate's training (scripts/train_gate.py, scripts/retrain_gate.py): a higher
penalty per wrong answer learns a region a lower one does not; the one-command retraining
deals every tuning library out once and never a held-out one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from bot.matching import gate_features

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str, folder: str = "scripts") -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _row(group: str, doubtful: bool, wrong: bool) -> dict[str, Any]:
    """A dumped run: `doubtful` sets the `foreign` feature; a wrong run had the right query
    among the candidates."""
    f = [0.0] * len(gate_features.NAMES)
    f[gate_features.NAMES.index("foreign")] = float(doubtful)
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
    foreign = gate_features.NAMES.index("foreign")
    for r in lines:
        _credit, wrong, status = train.decide(r, regions)
        # exactly the doubtful runs made ambiguous: no wrong answer left, the confident stay
        assert status == ("ambiguous" if r["features"][foreign] else "matched")
        assert not wrong


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
