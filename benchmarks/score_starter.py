"""Score the matcher on every request set over the starter library, as a team would see it.

    .venv/bin/python benchmarks/score_starter.py [--show-errors N] [SET ...]

Builds the demo warehouse (`datarequest demo-data --today 2026-11-22`) in a temporary folder,
runs `datarequest queries refresh-values`, then /work/shared/tools/score_matcher.py (or SCORER)
with `--today 2026-11-22` over each set. Prints one row per set: score and wrong-answer rate.
With no SET it scores the tuning sets only; the held-out ones (HELD_OUT) are scored when named,
so that tuning on the others never shows their errors by accident.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "datarequest")
SCORER = os.environ.get("SCORER", "/work/shared/tools/score_matcher.py")
TODAY = "2026-11-22"
DATA = ROOT / "tests" / "data"
SETS = {
    "public": ROOT / "docs" / "requests-public.jsonl",  # the contract's copy (tests/test_docs.py)
    "dev": DATA / "requests-dev.jsonl",
    "heldout": DATA / "requests-heldout.jsonl",
    "starter-extra": DATA / "requests-starter-extra.jsonl",
    "starter-others": DATA / "holdout" / "requests-starter-others.jsonl",
    "starter-blind2": DATA / "starter-blind2" / "requests.jsonl",
    "starter-blind3": DATA / "starter-blind3" / "requests.jsonl",
    "starter-blind4": DATA / "starter-blind4" / "requests.jsonl",
    "starter-blind5": DATA / "starter-blind5" / "requests.jsonl",
    "starter-blind6": DATA / "starter-blind6" / "requests.jsonl",
    "starter-blind7": DATA / "starter-blind7" / "requests.jsonl",
    "starter-blind8": DATA / "starter-blind8" / "requests.jsonl",
    "starter-blind9": DATA / "starter-blind9" / "requests.jsonl",
    "starter-blind10": DATA / "starter-blind10" / "requests.jsonl",
    "starter-blind11": DATA / "starter-blind11" / "requests.jsonl",
    "starter-blind12": DATA / "starter-blind12" / "requests.jsonl",
    "starter-blind13": DATA / "starter-blind13" / "requests.jsonl",
    "starter-blind14": DATA / "starter-blind14" / "requests.jsonl",
    "starter-blind15": DATA / "starter-blind15" / "requests.jsonl",
}
# Never tuned on: scored once at the end of a round, by name (starter-blind8 and -blind9 were
# released for tuning at stop 39, starter-blind10 at stop 41, 2026-12-07).
HELD_OUT = ("starter-blind12", "starter-blind13", "starter-blind14", "starter-blind15")


def prepare(tmp: Path) -> dict[str, str]:
    """The demo warehouse and its known values in `tmp`; the env to match with."""
    # The library is named, not left to the settings' default: that default is the `queries/`
    # beside the code imported, another folder when PYTHONPATH points at another checkout, and
    # the known values would be stored for a library the scorer does not match against.
    env = {**os.environ, "QUERY_LIBRARY": str(ROOT / "queries")}
    env.update({"DATA_DIR": str(tmp), "WAREHOUSE_PATH": str(tmp / "warehouse.duckdb")})
    for args in (["demo-data", "--today", TODAY], ["queries", "refresh-values"]):
        subprocess.run([CLI, *args], env=env, check=True, capture_output=True, cwd=ROOT)
    return env


def score(path: Path, env: dict[str, str], show_errors: int) -> tuple[float, str, str]:
    done = subprocess.run(
        [sys.executable, SCORER, str(path), "--cmd", CLI, "--library", str(ROOT / "queries"),
         "--today", TODAY, "--show-errors", str(show_errors)],
        env=env, capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    out = done.stdout
    figure = float(re.search(r"score=([\d.]+)", out).group(1))  # type: ignore[union-attr]
    wrong = re.search(r"wrong-answer rate:\s+(\S+%)", out)
    return figure, wrong.group(1) if wrong else "?", out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", choices=[[], *SETS], metavar="SET")
    ap.add_argument("--show-errors", type=int, default=0)
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = prepare(Path(tmp))
        for name in a.sets or [s for s in SETS if s not in HELD_OUT]:
            figure, wrong, out = score(SETS[name], env, a.show_errors)
            if a.show_errors:
                print(out)
            rows.append((name, figure, wrong))
    print("| set | score | wrong-answer rate |\n| --- | --- | --- |")
    for name, figure, wrong in rows:
        print(f"| {name} | {figure:.3f} | {wrong} |")


if __name__ == "__main__":
    main()
