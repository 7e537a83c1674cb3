"""Dump the learned gate's features and each request's outcome, one JSON line per request.

    .venv/bin/python scripts/gate_features.py OUT.jsonl [--spider SET ...]
        [--holdout SET ...] [--starter SET ...]

For each set (as benchmarks/score_spider.py and score_starter.py build them: a warehouse, its
known values), every request is decided by the hand rules (bot.matching.matcher
`decide_by_rules`) and written with: its group (the library: a Spider or holdout set, or
"starter" for every set over the starter library), the rules' kind and status, the gate's
features (bot.matching.gate_features), and the credit and wrong answer each decision would
earn under the spec's scoring: a run of the best query (`run_credit`, `run_wrong`, `query_right`,
`answer_right`), `ambiguous` with the gate's candidates (`among`), a ticket (`unanswerable`),
and the rules' own (`rule_credit`, `rule_wrong`). scripts/train_gate.py reads it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.errors import UserFacingError  # noqa: E402
from bot.library.known_values import attach_known_values  # noqa: E402
from bot.library.loader import check_library  # noqa: E402
from bot.matching import gate, gate_features  # noqa: E402
from bot.matching.matcher import clear_index_cache, decide_by_rules  # noqa: E402

TODAY = dt.date(2026, 11, 22)
SCORER = os.environ.get("SCORER", "/work/shared/tools/score_matcher.py")


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _outcome(row: dict[str, Any], ruled: Any, scorer: Any) -> dict[str, Any]:
    """What each decision would earn on this request (the scorer's rules)."""
    exp, want = row["query"], row.get("params") or {}
    d = ruled.decision
    top = ruled.results[0][1].name if ruled.results else None
    binds = ruled.results[0][2].binds if ruled.results else {}
    query_right = exp is not None and top == exp
    answer_right = query_right and scorer.params_ok(want, binds)[0]
    among = exp is not None and exp in [c.query for c in gate.shown(ruled)]
    if d.status == "matched":
        ok = d.query == exp and scorer.params_ok(want, d.params)[0]
        # a run that asks for a value first runs nothing yet: never a wrong answer
        rule = (1.0 if ok else 0.5 if d.query == exp else 0.0, not ok and not d.missing)
    elif d.status == "ambiguous":
        rule = (0.5 if exp in [c.query for c in d.candidates] else 0.0, False)
    else:
        rule = (1.0 if exp is None else 0.0, False)
    return {
        "query_right": query_right,
        "answer_right": answer_right,
        "among": among,
        "unanswerable": exp is None,
        "rule_credit": rule[0],
        "rule_wrong": rule[1],
    }


def dump(group: str, name: str, requests: Path, library_dir: Path, env: dict[str, str]) -> list:
    scorer = _load("score_matcher", Path(SCORER))
    library, _problems = check_library(library_dir)
    library = attach_known_values(library, Path(env["DATA_DIR"]), Path(env["WAREHOUSE_PATH"]))
    clear_index_cache()
    out = []
    for row in scorer.load_requests(str(requests)):
        text = re.sub(r"[\r\n]+", " ", row["text"])
        try:
            ruled = decide_by_rules(text, library, TODAY, 1)
        except UserFacingError:
            exp = row["query"]
            line = {"kind": "refused", "status": "unmatched", "features": []}
            line |= {"rule_credit": 1.0 if exp is None else 0.0, "rule_wrong": False}
        else:
            gated = ruled.kind in gate_features.GATED_KINDS
            line = {
                "kind": ruled.kind,
                "status": ruled.decision.status,
                "features": gate_features.features(ruled) if gated else [],
                **_outcome(row, ruled, scorer),
            }
        out.append({"group": group, "set": name, "text": text, "expected": row["query"], **line})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--spider", nargs="*", default=[])
    ap.add_argument("--holdout", nargs="*", default=[])
    ap.add_argument("--starter", nargs="*", default=[])
    a = ap.parse_args()
    spider = _load("score_spider", ROOT / "benchmarks" / "score_spider.py")
    starter = _load("score_starter", ROOT / "benchmarks" / "score_starter.py")
    starter.SETS["public"] = Path("/work/shared/spec/requests-public.jsonl")
    lines: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder, sets in (
            (ROOT / "tests" / "data" / "spider", a.spider),
            (ROOT / "tests" / "data" / "holdout", a.holdout),
        ):
            spider.SPIDER = folder
            for db in sets:
                env = spider.prepare(db, Path(tmp))
                lines += dump(db, db, folder / f"requests-{db}.jsonl", folder / db / "library", env)
        if a.starter:
            env = starter.prepare(Path(tmp) / "starter")
            for name in a.starter:
                lines += dump("starter", name, starter.SETS[name], ROOT / "queries", env)
    with a.out.open("w") as f:
        for line in lines:
            f.write(json.dumps(line) + "\n")
    print(f"{len(lines)} requests written to {a.out}")


if __name__ == "__main__":
    main()
