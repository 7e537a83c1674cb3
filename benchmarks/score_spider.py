"""Score the matcher end to end on every Spider set (tests/data/spider), as a team would see it.

    .venv/bin/python benchmarks/score_spider.py [--dir DIR] [--show-errors N] [SET ...]

For each set: build a DuckDB warehouse from its warehouse.sql in a temporary folder, run
`datarequest queries refresh-values`, then /work/shared/tools/score_matcher.py (or SCORER) over
`datarequest match - --json`, at `--today` (2026-11-22 by default, the test suite's date).
Prints one row per set: score and wrong-answer rate. `--dir tests/data/holdout` scores the
held-out sets the same way (a set is a folder with `library/` and `warehouse.sql` beside
`requests-SET.jsonl`).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
SPIDER = ROOT / "tests" / "data" / "spider"
CLI = str(Path(sys.executable).parent / "datarequest")
SCORER = os.environ.get("SCORER", "/work/shared/tools/score_matcher.py")
TODAY = (
    "2026-11-22"  # the date tests/test_matcher_spider.py matches at: labels with a period follow it
)


def prepare(db: str, tmp: Path) -> dict[str, str]:
    """A warehouse built from the set's SQL and its known values refreshed; the env to match with."""
    warehouse, data = tmp / f"{db}.duckdb", tmp / f"{db}-data"
    with duckdb.connect(str(warehouse)) as con:
        con.execute((SPIDER / db / "warehouse.sql").read_text())
    env = {k: v for k, v in os.environ.items() if k not in ("QUERY_LIBRARY",)}
    env.update({"DATA_DIR": str(data), "WAREHOUSE_PATH": str(warehouse)})
    library = str(SPIDER / db / "library")
    subprocess.run(
        [CLI, "queries", "refresh-values", "--library", library],
        env=env,
        check=True,
        capture_output=True,
    )
    return env


def score(db: str, env: dict[str, str], show_errors: int, today: str) -> tuple[float, str, str]:
    done = subprocess.run(
        [
            sys.executable,
            SCORER,
            str(SPIDER / f"requests-{db}.jsonl"),
            "--cmd",
            CLI,
            "--library",
            str(SPIDER / db / "library"),
            "--show-errors",
            str(show_errors),
            "--today",
            today,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    out = done.stdout
    figure = float(re.search(r"score=([\d.]+)", out).group(1))  # type: ignore[union-attr]
    wrong = re.search(r"wrong-answer rate:\s+(\S+%)", out)
    return figure, wrong.group(1) if wrong else "?", out


def main() -> None:
    global SPIDER
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--dir", type=Path, default=SPIDER, help="folder of sets (default: Spider's)")
    ap.add_argument(
        "--today", default=TODAY, help=f"the date periods are read at (default {TODAY})"
    )
    a = ap.parse_args()
    SPIDER = a.dir.resolve()
    sets = a.sets or sorted(p.parent.name for p in SPIDER.glob("*/library"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for db in sets:
            figure, wrong, out = score(db, prepare(db, Path(tmp)), a.show_errors, a.today)
            if a.show_errors:
                print(out)
            rows.append((db, figure, wrong))
    print("| set | score | wrong-answer rate |\n| --- | --- | --- |")
    for db, figure, wrong in rows:
        print(f"| {db} | {figure:.3f} | {wrong} |")
    print(f"| mean | {sum(r[1] for r in rows) / len(rows):.3f} | |")


if __name__ == "__main__":
    main()
