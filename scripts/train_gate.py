"""Train the learned decision gate and show how it generalises, by leaving one library out.

    .venv/bin/python scripts/train_gate.py FEATURES.jsonl [--penalty P] [--min-gain G]
        [--exclude FEATURE,...] [--summary] [--write]

FEATURES.jsonl comes from scripts/gate_features.py over the tuning sets. For each change the
gate may make (bot.matching.gate.CHANGES: a run made ambiguous, a near miss made ambiguous,
...), every request of that kind has a gain: the credit the change wins or loses under the
spec's scoring, plus the penalty per wrong answer it avoids. The region learnt for a change is
the one (one or two bounds on the gate's features, bot.matching.gate_features) whose requests
gain the most in total; within it the gain's mean is the calibrated expected gain. For each
library (a group: one Spider or holdout set, or the starter library with all its sets) the
regions are learnt on the other libraries and applied to it: the table gives per set the
rules' score and wrong-answer rate beside the gate's, then the means. `--write` learns on every
library and writes the regions into bot/matching/gate_weights.py (the in-sample figures are
printed too). `--summary` prints the leave-one-library-out means only (for sweeps of the
penalty, the minimum gain or the features a region may bound). numpy is used here only (a dev tool); the gate itself is a few comparisons.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.matching import gate  # noqa: E402
from bot.matching.gate_features import NAMES  # noqa: E402

GATED = ("matched", "ambiguous", "below", "ticket")
# Features a region may bound: every one but the rules' kind (one kind per change).
CANDIDATES = tuple(n for n in NAMES if not n.startswith("kind_") and n != "above_threshold")
GRID = np.linspace(0.0, 1.0, 21)  # the bounds tried: these quantiles of each feature
# A region must win at least this much (credit + penalty) on the libraries it is learnt from,
# in at least this many of them and in most of those it touches: one library's quirk is no
# region.
MIN_GAIN = 3.0
MIN_LIBRARIES = 3
LIBRARY_CAP = 4.0
TRIED = 400  # the pairs of bounds of most gain whose robustness is weighed


def outcome(r: dict[str, Any], status: str) -> tuple[float, bool]:
    """(credit, wrong answer) of `status` on one dumped request (the scorer's rules)."""
    if status == r["status"]:
        return r["rule_credit"], r["rule_wrong"]
    if status == "matched":
        return (1.0 if r["answer_right"] else 0.5 if r["query_right"] else 0.0), not r[
            "answer_right"
        ]
    if status == "ambiguous":
        return 0.5 * r["among"], False
    return float(r["unanswerable"]), False


def gain(r: dict[str, Any], status: str, penalty: float) -> float:
    credit, wrong = outcome(r, status)
    return credit - r["rule_credit"] + penalty * (int(r["rule_wrong"]) - int(wrong))


def learn(lines: list[dict[str, Any]], penalty: float) -> dict[tuple[str, str], gate.Region]:
    """The region of each change (none when no region wins enough), learnt on `lines`."""
    regions: dict[tuple[str, str], gate.Region] = {}
    for kind, status in gate.CHANGES:
        rows = [r for r in lines if r["kind"] == kind]
        if not rows:
            continue
        x = np.array([r["features"] for r in rows], dtype=float)
        g = np.array([gain(r, status, penalty) for r in rows])
        libs = sorted({r["group"] for r in rows})
        lib = np.array([libs.index(r["group"]) for r in rows])
        masks = []
        for name in CANDIDATES:
            col = x[:, NAMES.index(name)]
            for t in np.unique(np.quantile(col, GRID)):
                masks.append(((name, ">=", float(t)), col >= t))
                masks.append(((name, "<=", float(t)), col <= t))
        m = np.array([mk for _b, mk in masks], dtype=float)  # bounds x rows
        pair = (m * g) @ m.T  # the gain of every pair of bounds (the diagonal: one bound)
        best, region = MIN_GAIN, None
        for i, j in zip(
            *np.unravel_index(np.argsort(-pair, axis=None, kind="stable")[:TRIED], pair.shape),
            strict=True,
        ):
            inside = (m[i] * m[j]).astype(bool)
            per_lib = np.bincount(lib[inside], weights=g[inside], minlength=len(libs))
            touched = np.bincount(lib[inside], minlength=len(libs)) > 0
            # A library's win counts up to LIBRARY_CAP, its loss in full: a region must win
            # broadly, not in one library.
            robust = float(np.minimum(per_lib, LIBRARY_CAP).sum())
            if robust > best and (per_lib > 0).sum() >= max(MIN_LIBRARIES, 0.5 * touched.sum()):
                best = robust
                region = (masks[i][0],) if i == j else (masks[i][0], masks[j][0])
        if region:
            inside = np.all([_holds(x, b) for b in region], axis=0)
            regions[(kind, status)] = (region, round(float(g[inside].mean()), 4))
    return regions


def _holds(x: np.ndarray, bound: tuple[str, str, float]) -> np.ndarray:
    name, op, t = bound
    col = x[:, NAMES.index(name)]
    return col >= t if op == ">=" else col <= t


def decide(
    r: dict[str, Any], regions: dict[tuple[str, str], gate.Region]
) -> tuple[float, bool, str]:
    """(credit, wrong answer, status) of the gate's decision on one dumped request."""
    status = r["status"]
    if r["kind"] in GATED:
        status = gate.status_of(
            r["kind"], status, dict(zip(NAMES, r["features"], strict=True)), regions
        )
    return (*outcome(r, status), status)


def table(
    lines: list[dict[str, Any]],
    decided: list[tuple[float, bool, str]],
    title: str,
    means_only: bool = False,
) -> None:
    per: dict[str, list[Any]] = defaultdict(list)
    for r, (c, w, _s) in zip(lines, decided, strict=True):
        per[r["set"]].append((r["rule_credit"], r["rule_wrong"], c, w))
    print(f"\n{title}\n| set | rules score | rules wrong | gate score | gate wrong |")
    print("| --- | --- | --- | --- | --- |")
    means: dict[str, list[list[float]]] = defaultdict(list)
    starter = {r["set"] for r in lines if r["group"] == "starter"}
    for name, rows in per.items():
        n = len(rows)
        f = [sum(x[i] for x in rows) / n for i in range(4)]
        if not means_only:
            print(f"| {name} | {f[0]:.3f} | {100 * f[1]:.1f}% | {f[2]:.3f} | {100 * f[3]:.1f}% |")
        means["starter" if name in starter else "Spider + holdout"].append(f)
        means["all"].append(f)
    for kind, fs in means.items():
        m = [sum(f[i] for f in fs) / len(fs) for i in range(4)]
        print(
            f"| mean {kind} ({len(fs)}) | {m[0]:.3f} | {100 * m[1]:.2f}% |"
            f" {m[2]:.3f} | {100 * m[3]:.2f}% |"
        )


def changes(lines: list[dict[str, Any]], decided: list[tuple[float, bool, str]]) -> None:
    """Per change the gate made: how many requests, credit won (+) or lost, wrong answers
    avoided."""
    per: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for r, (c, w, status) in zip(lines, decided, strict=True):
        if status != r["status"]:
            key = f"{r['kind']} -> {status}"
            per[key][0] += 1
            per[key][1] += c - r["rule_credit"]
            per[key][2] += int(r["rule_wrong"]) - int(w)
    print("\n| change | requests | credit won | wrong answers avoided |\n| --- | --- | --- | --- |")
    for key, (n, dc, dw) in sorted(per.items()):
        print(f"| {key} | {n} | {dc:+.1f} | {dw:+d} |")


def write(regions: dict[tuple[str, str], gate.Region]) -> None:
    path = ROOT / "bot" / "matching" / "gate_weights.py"
    body = "".join(f"    {k!r}: {v!r},\n" for k, v in regions.items())
    path.write_text(
        '"""The learned decision gate\'s regions (written by scripts/train_gate.py; do not edit).'
        "\n\n(the rules' kind, the gate's status): (bounds on the features that must all hold, the\n"
        'mean gain of the tuning requests inside)."""\n\nfrom __future__ import annotations\n\n'
        "REGIONS: dict[tuple[str, str], tuple[tuple[tuple[str, str, float], ...], float]] = {\n"
        + body
        + "}\n"
    )
    print(f"\nregions written to {path} (run ruff format on it)")


def main() -> None:
    global MIN_GAIN, CANDIDATES
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("features", type=Path)
    ap.add_argument("--penalty", type=float, default=gate.WRONG_PENALTY)
    ap.add_argument("--min-gain", type=float, default=MIN_GAIN)
    ap.add_argument("--exclude", default="", help="features no region may bound: name,…")
    ap.add_argument("--changes", help="the changes tried: kind:status,… (default: the gate's)")
    ap.add_argument("--summary", action="store_true", help="leave-one-library-out means only")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    MIN_GAIN = a.min_gain
    CANDIDATES = tuple(n for n in CANDIDATES if n not in a.exclude.split(","))
    if a.changes:
        gate.CHANGES = tuple(tuple(c.split(":")) for c in a.changes.split(","))  # type: ignore[misc]
    lines = [json.loads(s) for s in a.features.open()]
    assert all(len(r["features"]) == len(NAMES) for r in lines if r["kind"] in GATED)
    groups = list(dict.fromkeys(r["group"] for r in lines))
    decided: list[tuple[float, bool, str]] = [(0.0, False, "")] * len(lines)
    for g in groups:
        regions = learn([r for r in lines if r["group"] != g], a.penalty)
        for i, r in enumerate(lines):
            if r["group"] == g:
                decided[i] = decide(r, regions)
    title = f"leave-one-library-out (penalty {a.penalty} per wrong answer, min gain {MIN_GAIN})"
    table(lines, decided, title, a.summary)
    changes(lines, decided)
    if a.summary:
        return
    regions = learn(lines, a.penalty)
    decided = [decide(r, regions) for r in lines]
    table(lines, decided, "in-sample (learnt on every library)")
    changes(lines, decided)
    for (kind, status), (bounds, mean) in regions.items():
        said = " and ".join(f"{n} {op} {t:.4g}" for n, op, t in bounds)
        print(f"{kind} -> {status}: {said} (mean gain {mean:+.3f})")
    if a.write:
        write(regions)


if __name__ == "__main__":
    main()
