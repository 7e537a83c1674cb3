"""Score floors on the unseen-library sets: Spider's train split (tests/data/spider, tuned on)
and the held-out sets (tests/data/holdout, never tuned on: their floors guard what generalises;
some were released for tuning on 2026-12-03, as tests/data/holdout/README.md says).

Each set as a team would run it: its warehouse built from warehouse.sql in a temporary folder,
`datarequest queries refresh-values` run on it, the stored known values attached, every request
matched. Floors sit slightly below the figures reached (benchmarks/score_spider.py prints them);
they are floors, not exact values.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from bot.errors import UserFacingError
from bot.library.known_values import attach_known_values
from bot.library.loader import load_library
from bot.matching.matcher import Decision, match

TODAY = date(2026, 11, 22)
SPIDER = Path(__file__).parent / "data" / "spider"
HOLDOUT = Path(__file__).parent / "data" / "holdout"
STARTER = Path(__file__).parent.parent / "queries"
CLI = str(Path(sys.executable).parent / "datarequest")


def _credit(row: dict, decision: Decision) -> float:
    if row["query"] is None:
        return 1.0 if decision.status == "unmatched" else 0.0
    if decision.status == "matched" and decision.query == row["query"]:
        ok = all(
            str(decision.params.get(k)).lower() == str(v).lower() for k, v in row["params"].items()
        )
        return 1.0 if ok else 0.5
    if decision.status == "ambiguous" and row["query"] in [c.query for c in decision.candidates]:
        return 0.5
    return 0.0


def _decide(text: str, library) -> Decision:  # type: ignore[no-untyped-def]
    try:
        return match(text, library, TODAY)
    except UserFacingError:  # a refusal runs nothing: the person is told why
        return Decision("unmatched", None)


def _score(
    rows: list[dict], library_dir: Path, warehouse: Path, data: Path
) -> tuple[float, list[str]]:
    """The set's score and its wrong runs, with known values refreshed from the warehouse."""
    env = {k: v for k, v in os.environ.items() if k != "QUERY_LIBRARY"}
    env.update({"DATA_DIR": str(data), "WAREHOUSE_PATH": str(warehouse)})
    done = subprocess.run(
        [CLI, "queries", "refresh-values", "--library", str(library_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    library = attach_known_values(load_library(library_dir), data, warehouse)
    decisions = [_decide(r["text"], library) for r in rows]
    score = sum(_credit(r, d) for r, d in zip(rows, decisions, strict=True)) / len(rows)
    wrong = [
        r["text"]
        for r, d in zip(rows, decisions, strict=True)
        if d.status == "matched" and d.query != r["query"]
    ]
    return score, wrong


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines() if x]


def _built(folder: Path, tmp_path: Path) -> Path:
    warehouse = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        # One transaction: the same tables and rows, without a commit to disk per INSERT
        # (bike_1's 1,720 took 5.6 s of the test, 1.1 s in one).
        con.execute("BEGIN TRANSACTION")
        con.execute((folder / "warehouse.sql").read_text())
        con.execute("COMMIT")
    return warehouse


@pytest.mark.parametrize(
    ("db", "min_score", "max_wrong_runs"),
    [
        # floors a little below the figures reached (benchmarks/score_spider.py prints them)
        ("bike_1", 0.76, 2),  # 0.780: "dew point below 70" no longer binds max wind >= 70
        ("hospital_1", 0.80, 2),  # 0.815 (m-rank3)
        ("movie_1", 0.72, 3),
        ("music_1", 0.82, 3),
        ("wine_1", 0.79, 1),  # 0.799 here, 0.842 by score_spider.py (m-rank3)
    ],
)
def test_spider_set_scores_above_its_floor(
    tmp_path: Path, db: str, min_score: float, max_wrong_runs: int
) -> None:
    warehouse = _built(SPIDER / db, tmp_path)
    rows = _rows(SPIDER / f"requests-{db}.jsonl")
    score, wrong = _score(rows, SPIDER / db / "library", warehouse, tmp_path / "data")
    assert score >= min_score
    assert len(wrong) <= max_wrong_runs, wrong


@pytest.mark.parametrize(
    ("db", "min_score", "max_wrong_runs"),
    [
        # floors a little below the figures reached; the held-out sets are never tuned on
        ("apartment_rentals", 0.78, 7),  # held out: 0.825 -> 0.800 this stop
        ("driving_school", 0.75, 5),
        ("loan_1", 0.73, 6),  # new on 2026-12-03
        ("department_store", 0.74, 9),  # new on 2026-12-03 (afternoon)
        ("cre_Theme_park", 0.73, 6),  # new on 2026-12-03 (evening)
        ("game_1", 0.75, 7),  # 0.770 at the seventh stop
        ("customers_card_transactions", 0.78, 6),  # 0.803 at the seventh stop
        ("college_1", 0.76, 10),  # new on 2026-12-03 (night): first 0.790
        ("behavior_monitoring", 0.74, 5),  # new on 2026-12-03 (night): first 0.773
        ("formula_1", 0.76, 7),  # new on 2026-12-03 (night): first 0.723
        ("tracking_grants_for_research", 0.68, 9),  # new on 2026-12-03 (night): first 0.726
        ("activity_1", 0.74, 13),  # new on 2026-12-04: first 0.793, 0.760 now
        ("customers_and_addresses", 0.74, 6),  # new on 2026-12-04: first 0.774
        ("products_gen_characteristics", 0.66, 11),  # first 0.672; released: 0.696
        ("csu_1", 0.72, 10),  # first 0.547; released 2026-12-04 (m-fresh): 0.618; m-recall16: 0.747
        ("voter_2", 0.79, 6),  # new on 2026-12-04: first 0.830
        ("club_1", 0.77, 9),  # first 0.616; released 2026-12-04 (m-fresh): 0.791
        ("tracking_orders", 0.79, 6),  # new on 2026-12-04: first 0.829
        ("flight_4", 0.64, 8),  # new on 2026-12-04 (eighth stop): first 0.670; released
        ("college_2", 0.65, 9),  # eighth stop: first 0.650 (a fault), 0.672 at the end
        ("college_3", 0.69, 5),  # new on 2026-12-04 (eighth stop): first 0.719
        ("baseball_1", 0.56, 21),  # new on 2026-12-04 (eighth stop): first 0.590
        ("insurance_policies", 0.72, 5),  # new on 2026-12-06: first 0.750 (3 wrong runs)
        ("chinook_1", 0.68, 11),  # new on 2026-12-06: first 0.718 (9 wrong runs)
        ("network_2", 0.64, 11),  # new on 2026-12-06 (evening): first 0.667 (9 wrong runs)
        ("student_1", 0.62, 5),  # first 0.583 (6 wrong runs); released to m-fresh14: 0.650 (3)
        ("scientist_1", 0.49, 7),  # first 0.472 (8.3 % wrong); released to m-fresh14: 0.521
        ("storm_record", 0.6, 8),  # new on 2026-12-06 (late): first 0.634 (10.4 % wrong)
        ("ship_1", 0.75, 9),  # new on 2026-12-06 (late): first 0.785 (11.1 % wrong)
        ("gas_company", 0.73, 8),  # new on 2026-12-06 (late): first 0.761 (10.1 % wrong)
        ("customer_complaints", 0.68, 9),  # new on 2026-12-06 (late): first 0.714 (11.4 % wrong)
        # first 0.735 (13.6 % wrong); released 2026-12-07 (m-fresh16): 0.856 (3.0 % wrong)
        ("farm", 0.79, 2),  # 0.811 and 1 wrong run by this test
        # first 0.779 (14.0 % wrong); released 2026-12-07 (m-fresh16b): 0.826
        ("school_bus", 0.81, 3),
        # first 0.692 (7.7 % wrong); released 2026-12-07 (m-fresh16b): 0.750
        ("phone_1", 0.73, 1),
        ("party_host", 0.73, 5),  # new on 2026-12-07 (held out): first 0.723 (16.1 % wrong)
        ("architecture", 0.88, 1),  # new on 2026-12-07 (held out): first 0.919 (0.0 % wrong)
        ("entrepreneur", 0.69, 5),  # new on 2026-12-07 (held out): first 0.724 (7.5 % wrong)
        # new on 2026-12-07 (stop 35, held out): first 0.734 (15.6 % wrong); 0.734 and 7 wrong runs here
        ("tracking_software_problems", 0.7, 9),
        # new on 2026-12-07 (stop 35, held out): first 0.802 (9.9 % wrong); 0.802 and 8 wrong runs here
        ("sports_competition", 0.77, 10),
        # new on 2026-12-07 (stop 35): first 0.667 (16.0 % wrong); released to m-fresh18: 0.720
        ("aircraft", 0.68, 7),  # 0.707 and 5 wrong runs by this test
        # new on 2026-12-07 (stop 35, held out): first 0.688 (5.6 % wrong); 0.681 and 4 wrong runs here
        ("medicine_enzyme_interaction", 0.65, 6),
        # new on 2026-12-07 (stop 35, released): first 0.754 (7.2 % wrong), 5 wrong runs here
        ("device", 0.72, 7),
        # new on 2026-12-07 (stop 35, released): first 0.700 (10.7 % wrong), 6 wrong runs here
        ("film_rank", 0.67, 8),
        # new on 2026-12-07 (stop 35, released): first 0.500 (11.9 % wrong), 9 wrong runs here
        ("small_bank_1", 0.47, 11),
        # new on 2026-12-07 (stop 35, released): first 0.699 (11.8 % wrong), 5 wrong runs here
        ("theme_gallery", 0.67, 7),
        # new on 2026-12-07 (stop 37, held out): first 0.653 (8.2 % wrong)
        ("music_4", 0.62, 10),
        # new on 2026-12-07 (stop 37, held out): first 0.784 (8.0 % wrong)
        ("match_season", 0.75, 8),
        # new on 2026-12-07 (stop 37): first 0.647 (14.1 % wrong); released to m-fresh20: 0.688
        ("student_assessment", 0.66, 6),
        # new on 2026-12-07 (stop 37): first 0.747 (13.7 % wrong); released to m-fresh20: 0.788
        ("university_basketball", 0.76, 5),
        # new on 2026-12-07 (stop 37, held out): first 0.816 (6.6 % wrong)
        ("cre_Doc_Tracking_DB", 0.79, 6),
        # new on 2026-12-07 (stop 37, held out): first 0.750 (8.2 % wrong)
        ("icfp_1", 0.72, 9),
        # new on 2026-12-07 (stop 38, held out): first 0.784 (9.5 % wrong)
        ("wrestler", 0.76, 7),  # 0.784 and 5 wrong; released for tuning at stop 39: 0.791, 5
        # new on 2026-12-07 (stop 38, held out): first 0.691 (9.2 % wrong)
        ("company_office", 0.71, 4),  # 0.691 and 3 wrong; released at stop 39: 0.737, 2
        # new on 2026-12-07 (stop 38, held out): first 0.743 (12.5 % wrong)
        ("company_office_b", 0.75, 5),  # 0.743 and 4 wrong; released at stop 39: 0.778, 3
        # new on 2026-12-07 (stop 38, held out): first 0.764 (5.7 % wrong)
        ("gymnast", 0.74, 3),  # 0.764 and 3 wrong; released at stop 39: 0.771, 1
        # new on 2026-12-07 (stop 38, held out): first 0.701 (7.8 % wrong)
        ("party_people", 0.72, 3),  # 0.701 and 5 wrong; released at stop 39: 0.747, 1
        # new on 2026-12-07 (stop 38, held out): first 0.722 (10.1 % wrong)
        ("shop_membership", 0.73, 6),  # 0.722 and 6 wrong; released at stop 39: 0.759, 4
        # new on 2026-12-07 (stop 39, held out): first 0.831 (6.0 % wrong)
        ("race_track", 0.8, 6),  # 0.831 and 4 wrong runs here
        # new on 2026-12-07 (stop 39, held out): first 0.782 (12.8 % wrong)
        ("county_public_safety", 0.72, 6),  # 0.750 and 4 wrong runs here (the scorer: 0.782)
        # new on 2026-12-07 (stop 39, held out): first 0.744 (7.1 % wrong)
        ("store_product", 0.71, 8),  # 0.744 and 6 wrong runs here
        # new on 2026-12-07 (stop 39, held out): first 0.741 (6.0 % wrong)
        ("insurance_fnol", 0.71, 5),  # 0.741 and 3 wrong runs here
        # new on 2026-12-07 (stop 39, held out): first 0.750 (7.9 % wrong)
        ("climbing", 0.72, 6),  # 0.750 and 4 wrong runs here
        # new on 2026-12-07 (stop 39, held out): first 0.583 (12.8 % wrong)
        ("tracking_share_transactions", 0.55, 10),  # 0.583 and 8 wrong runs here
        # new on 2026-12-07 (stop 40; released at stop 41): first 0.767 (2.3 % wrong, 1 wrong run)
        ("musical", 0.73, 3),
        # new on 2026-12-07 (stop 40; released at stop 41): first 0.694 (12.2 % wrong, 8 wrong runs)
        ("candidate_poll", 0.66, 10),
        # new on 2026-12-07 (stop 40; released at stop 41): first 0.724 (8.3 % wrong, 6 wrong runs)
        ("document_management", 0.69, 8),
        # new on 2026-12-07 (stop 40; released at stop 41): first 0.674 (16.3 % wrong, 9 wrong runs)
        ("cinema", 0.64, 11),
        # new on 2026-12-07 (stop 40; released at stop 41): first 0.633 (3.8 % wrong, 3 wrong runs)
        ("body_builder", 0.6, 5),
        # new on 2026-12-07 (stop 41, held out): first 0.841 (8.2 % wrong, 6 wrong runs)
        ("cre_Drama_Workshop_Groups", 0.81, 8),
        # new on 2026-12-07 (stop 41, held out): first 0.798 (7.1 % wrong, 4 wrong runs)
        ("e_government", 0.76, 6),
        # new on 2026-12-07 (stop 41, held out): first 0.826 (1.8 % wrong, 2 wrong runs)
        ("cre_Docs_and_Epenses", 0.79, 4),
        # new on 2026-12-07 (stop 41, held out): first 0.648 (18.4 % wrong, 12 wrong runs)
        ("product_catalog", 0.6, 14),
        # released for tuning on 2026-12-03 (tests/data/holdout/README.md)
        ("allergy_1", 0.66, 10),  # 0.683 (m-rank3)
        ("sakila_1", 0.72, 7),  # 0.739 at the seventh stop
        ("hr_1", 0.76, 3),
        ("flight_1", 0.8, 2),  # 0.854 at the seventh stop
        ("dorm_1", 0.85, 2),  # m-recall16: 0.875
        ("manufactory_1", 0.7, 1),
        ("e_learning", 0.85, 2),
        ("inn_1", 0.78, 1),
        ("customers_and_invoices", 0.89, 2),  # 0.908 (m-rank3)
        ("election", 0.85, 3),  # 0.897 -> 0.875 at the seventh stop (m-fresh's count rules)
        ("soccer_2", 0.79, 1),
    ],
)
def test_held_out_set_scores_above_its_floor(
    tmp_path: Path, db: str, min_score: float, max_wrong_runs: int
) -> None:
    warehouse = _built(HOLDOUT / db, tmp_path)
    rows = _rows(HOLDOUT / f"requests-{db}.jsonl")
    score, wrong = _score(rows, HOLDOUT / db / "library", warehouse, tmp_path / "data")
    print(f"{db}: score {score:.3f}, wrong runs {len(wrong)}")
    assert score >= min_score
    assert len(wrong) <= max_wrong_runs, wrong


@pytest.mark.parametrize(
    ("requests", "min_score", "max_wrong_runs"),
    [
        # written blind by others; starter-blind7 and -blind8 are held out (starter-others was
        # until 2026-12-03, starter-blind3 until its afternoon, starter-blind4 until its evening,
        # starter-blind5 until its night, starter-blind6 until 2026-12-04)
        ("holdout/requests-starter-others.jsonl", 0.94, 2),  # raised by m-starter (0.954)
        ("starter-blind2/requests.jsonl", 0.95, 1),
        ("starter-blind3/requests.jsonl", 0.91, 2),  # raised by m-words (0.927)
        ("starter-blind4/requests.jsonl", 0.92, 2),  # raised by m-words (0.941)
        ("starter-blind5/requests.jsonl", 0.9, 1),  # released for tuning; 0.915 now
        ("starter-blind6/requests.jsonl", 0.86, 1),  # released 2026-12-04: 0.887 now
        (
            "starter-blind7/requests.jsonl",
            0.78,
            4,
        ),  # held out, new on 2026-12-03 (night): first 0.765
        ("starter-blind8/requests.jsonl", 0.88, 2),  # first 0.838; released at stop 39: 0.907
        ("starter-blind9/requests.jsonl", 0.89, 4),  # first 0.868; released at stop 39: 0.920
        ("starter-blind10/requests.jsonl", 0.85, 6),  # first 0.887; released at stop 41
        ("starter-blind11/requests.jsonl", 0.83, 4),  # new 2026-12-06 (late), tuning: first 0.860
        ("starter-blind12/requests.jsonl", 0.89, 3),  # held out, new 2026-12-06 (late): first 0.920
        ("starter-blind13/requests.jsonl", 0.82, 3),  # held out, new (stop 39): first 0.855
        ("starter-blind14/requests.jsonl", 0.81, 9),  # held out, new (stop 40): first 0.848, 7 runs
        ("starter-blind15/requests.jsonl", 0.7, 7),  # held out, new (stop 41): first 0.738, 5 runs
    ],
)
def test_starter_library_worded_by_others_scores_above_its_floor(
    tmp_path: Path, requests: str, min_score: float, max_wrong_runs: int
) -> None:
    """Sets over the starter library and the demo warehouse (labels for 2026-11-22)."""
    warehouse = tmp_path / "warehouse.duckdb"
    done = subprocess.run(
        [CLI, "demo-data", "--path", str(warehouse), "--today", TODAY.isoformat()],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = _rows(Path(__file__).parent / "data" / requests)
    score, wrong = _score(rows, STARTER, warehouse, tmp_path / "data")
    print(f"{requests}: score {score:.3f}, wrong runs {len(wrong)}")
    assert score >= min_score
    assert len(wrong) <= max_wrong_runs, wrong
