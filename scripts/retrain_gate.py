"""Retrain the learned decision gate in one command: dump the features of every tuning library,
learn the regions (leave-one-library-out figures printed), write bot/matching/gate_weights.py.

    .venv/bin/python scripts/retrain_gate.py [--penalty P] [--jobs 2] [--out DIR] [--no-write]
        [--holdout SET ...]   # add tuning holdout sets released later

The tuning libraries are listed here (TUNING_*): the held-out sets (tests/data/holdout/README.md,
the matcher brief) are never among them. The dump is split over `--jobs` processes; the
features land in DIR/features.jsonl, the training report in DIR/train.txt; the regions before
and after are compared in-sample on the dump (Spider, holdout, starter means). Run it from the
worktree with PYTHONPATH set to it; after it, run tests/test_matcher_gate*.py and the score
scripts, and commit gate_weights.py only if leave-one-library-out says it generalises better
(score less twice the wrong-answer rate: a wrong answer weighs about three tickets).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TUNING_SPIDER = ("bike_1", "hospital_1", "movie_1", "music_1", "wine_1")
TUNING_HOLDOUT = (
    "aircraft", "allergy_1", "body_builder", "candidate_poll", "cinema", "climbing", "club_1",
    "company_office", "company_office_b", "county_public_safety", "csu_1",
    "customer_complaints", "customers_and_invoices", "customers_card_transactions", "device",
    "document_management", "dorm_1", "driving_school", "e_learning", "election", "farm",
    "film_rank", "flight_1", "flight_4", "formula_1", "game_1", "gymnast", "hr_1", "inn_1",
    "insurance_fnol", "loan_1", "manufactory_1", "musical", "party_people", "phone_1",
    "products_gen_characteristics", "race_track", "sakila_1", "school_bus", "scientist_1",
    "ship_1", "shop_membership", "small_bank_1", "soccer_2", "store_product", "student_1",
    "student_assessment", "theme_gallery", "tracking_share_transactions",
    "university_basketball", "wrestler",
)  # fmt: skip
TUNING_STARTER = (
    "public", "dev", "heldout", "starter-extra", "starter-others", "starter-blind2",
    "starter-blind3", "starter-blind4", "starter-blind5", "starter-blind6", "starter-blind7",
    "starter-blind8", "starter-blind9", "starter-blind10", "starter-blind11",
)  # fmt: skip


def _regions() -> dict:
    """The regions gate_weights.py holds now (read fresh: training may rewrite it)."""
    text = (ROOT / "bot" / "matching" / "gate_weights.py").read_text()
    space: dict = {}
    exec(compile(text, "gate_weights.py", "exec"), space)  # noqa: S102  (our own generated file)
    return space["REGIONS"]


def _chunks(jobs: int, holdout: tuple[str, ...]) -> list[list[str]]:
    """The gate_features.py arguments of each process, the libraries dealt out in turn."""
    units = [("--spider", s) for s in TUNING_SPIDER] + [("--holdout", s) for s in holdout]
    parts: list[list[tuple[str, str]]] = [[] for _ in range(jobs)]
    for i, unit in enumerate(units):
        parts[i % jobs].append(unit)
    parts[-1].append(("--starter", " ".join(TUNING_STARTER)))
    out = []
    for part in parts:
        args: list[str] = []
        for flag in ("--spider", "--holdout", "--starter"):
            names = [n for f, ns in part if f == flag for n in ns.split()]
            if names:
                args += [flag, *names]
        out.append(args)
    return out


def compare(features: Path, before: dict, after: dict) -> None:
    """The regions before and after, in-sample on the dump: mean score and wrong-answer rate
    over the Spider sets, the holdout tuning sets and the starter sets."""
    spec = importlib.util.spec_from_file_location("train_gate", ROOT / "scripts" / "train_gate.py")
    train = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(train)  # type: ignore[union-attr]
    lines = [json.loads(s) for s in features.open()]
    print("\n| regions | Spider score | wrong | holdout score | wrong | starter score | wrong |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, regions in (("before", before), ("after", after)):
        per: dict[str, list[tuple[float, bool]]] = {}
        for r in lines:
            per.setdefault(r["set"], []).append(train.decide(r, regions)[:2])
        cells = []
        for names in (TUNING_SPIDER, [s for s in per if s not in TUNING_SPIDER + TUNING_STARTER],
                      TUNING_STARTER):  # fmt: skip
            sets = [per[n] for n in names if n in per]
            score = sum(sum(c for c, _w in x) / len(x) for x in sets) / max(1, len(sets))
            wrong = sum(sum(w for _c, w in x) / len(x) for x in sets) / max(1, len(sets))
            cells += [f"{score:.4f}", f"{100 * wrong:.2f}%"]
        print(f"| {label} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--penalty", type=float, default=None, help="default: gate.WRONG_PENALTY")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("/tmp/gate-retrain"))
    ap.add_argument("--holdout", nargs="*", default=[], help="more tuning holdout sets")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    start = time.monotonic()
    parts = _chunks(max(1, a.jobs), (*TUNING_HOLDOUT, *a.holdout))
    procs = [
        subprocess.Popen(
            [py, str(ROOT / "scripts" / "gate_features.py"), str(a.out / f"part{i}.jsonl"), *args]
        )
        for i, args in enumerate(parts)
    ]
    if any(p.wait() for p in procs):
        sys.exit("a features dump failed (see above); nothing written")
    features = a.out / "features.jsonl"
    with features.open("w") as f:
        for i in range(len(parts)):
            f.write((a.out / f"part{i}.jsonl").read_text())
    dumped = time.monotonic() - start
    train = [py, str(ROOT / "scripts" / "train_gate.py"), str(features)]
    train += [] if a.penalty is None else ["--penalty", str(a.penalty)]
    train += [] if a.no_write else ["--write"]
    before = _regions()
    report = subprocess.run(train, capture_output=True, text=True, check=False)
    (a.out / "train.txt").write_text(report.stdout + report.stderr)
    if report.returncode:
        sys.exit(f"training failed: see {a.out / 'train.txt'}")
    if not a.no_write:
        ruff = ROOT / ".venv" / "bin" / "ruff"
        subprocess.run(
            [str(ruff), "format", str(ROOT / "bot/matching/gate_weights.py")], check=False
        )
    print(report.stdout.split("\n\nin-sample")[0])
    if not a.no_write:
        compare(features, before, _regions())
        print("keep the new regions only if Spider and the starter sets do not lose (git diff)")
    took = time.monotonic() - start
    print(f"\ndump {dumped:.0f} s, total {took:.0f} s; report in {a.out / 'train.txt'}")


if __name__ == "__main__":
    main()
