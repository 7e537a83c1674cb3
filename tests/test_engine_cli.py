"""Engine paths of the CLI end in one line, never a traceback (issue 12 items 5 and 6).

A corrupt, truncated or locked warehouse file; `demo-data --scale 0`; `demo-data` over a file
it did not make (refused unless --force); the demo data the same whatever day it is built;
`queries test --local` on the shipped Athena-dialect example library.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from bot.engines.demo_data import DEMO_TODAY, TABLES, generate

CLI = str(Path(sys.executable).parent / "datarequest")
REPO = Path(__file__).resolve().parent.parent
ATHENA_LIBRARY = REPO / "examples" / "athena-library"


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QUERY_LIBRARY", "WAREHOUSE_PATH", "DATABASE_URL", "ENGINES_FILE")
    }
    env["DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [CLI, *args], capture_output=True, text=True, env=env, timeout=180, check=False
    )


def assert_one_line(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def good_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-warehouse") / "warehouse.duckdb"
    generate(path, scale=0.005)
    return path


def test_a_corrupt_warehouse_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "corrupt.duckdb"
    bad.write_bytes(b"this is not a database" * 200)
    done = run(
        "ask", "revenue by region in October 2026", "--warehouse", str(bad), data_dir=tmp_path
    )
    assert_one_line(done, "Cannot open the warehouse", "corrupt or truncated")


def test_a_truncated_warehouse_is_one_line(tmp_path: Path, good_warehouse: Path) -> None:
    data = good_warehouse.read_bytes()
    cut = tmp_path / "truncated.duckdb"
    cut.write_bytes(data[: len(data) // 3])
    done = run(
        "ask", "revenue by region in October 2026", "--warehouse", str(cut), data_dir=tmp_path
    )
    assert_one_line(done, "warehouse", "truncated")


def test_a_locked_warehouse_is_one_line(tmp_path: Path, good_warehouse: Path) -> None:
    locked = tmp_path / "locked.duckdb"
    locked.write_bytes(good_warehouse.read_bytes())
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
            " sys.stdin.read()",
            str(locked),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        done = run(
            "ask",
            "revenue by region in October 2026",
            "--warehouse",
            str(locked),
            data_dir=tmp_path,
        )
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert_one_line(done, "Cannot open the warehouse", "another process")


def test_demo_data_scale_zero_is_one_line(tmp_path: Path) -> None:
    done = run("demo-data", "--scale", "0", "--path", str(tmp_path / "w.duckdb"), data_dir=tmp_path)
    assert_one_line(done, "--scale must be more than 0")
    assert not (tmp_path / "w.duckdb").exists()


def test_demo_data_refuses_a_file_it_did_not_make_unless_forced(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(theirs)) as con:
        con.execute("CREATE TABLE ledger AS SELECT 42 AS balance")
    before = theirs.read_bytes()
    done = run("demo-data", "--scale", "0.005", "--path", str(theirs), data_dir=tmp_path)
    assert_one_line(done, "is not a demo warehouse", "--force")
    assert theirs.read_bytes() == before

    forced = run(
        "demo-data", "--scale", "0.005", "--path", str(theirs), "--force", data_dir=tmp_path
    )
    assert forced.returncode == 0, forced.stderr
    with duckdb.connect(str(theirs), read_only=True) as con:
        assert con.execute("SELECT name FROM warehouse_info").fetchone() == ("datarequest demo",)
        assert not con.execute(
            "SELECT * FROM duckdb_tables() WHERE table_name = 'ledger'"
        ).fetchall()

    # Its own file is replaced without --force.
    again = run("demo-data", "--scale", "0.005", "--path", str(theirs), data_dir=tmp_path)
    assert again.returncode == 0, again.stderr


def _checksums(path: Path) -> dict[str, tuple]:
    with duckdb.connect(str(path), read_only=True) as c:
        return {
            t: c.execute(f"SELECT count(*), sum(hash(x)) FROM {t} AS x").fetchone() for t in TABLES
        }


def test_the_demo_data_does_not_depend_on_the_day_it_is_built(tmp_path: Path) -> None:
    """Built with no --today, the data ends on the fixed DEMO_TODAY, not on the real date."""
    cli_built = tmp_path / "cli.duckdb"
    done = run("demo-data", "--scale", "0.005", "--path", str(cli_built), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    anchored = generate(tmp_path / "anchored.duckdb", scale=0.005, today=DEMO_TODAY)
    with duckdb.connect(str(cli_built), read_only=True) as con:
        assert con.execute("SELECT data_end FROM warehouse_info").fetchone() == (DEMO_TODAY,)
    assert _checksums(cli_built) == _checksums(anchored.path)


def test_queries_test_local_runs_the_athena_library_on_the_demo_warehouse(
    tmp_path: Path, good_warehouse: Path
) -> None:
    done = run(
        "queries", "test", "--local", "--library", str(ATHENA_LIBRARY),
        "--warehouse", str(good_warehouse), data_dir=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 of 3 queries ran" in done.stdout
    for name in ("weekly_revenue", "refund_delays", "top_products_in_category"):
        assert f"ok  {name} (athena → duckdb)" in done.stdout


def test_queries_test_reports_a_syntax_error_as_file_line(
    tmp_path: Path, good_warehouse: Path
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    text = (ATHENA_LIBRARY / "weekly_revenue.sql").read_text()
    broken = text.replace("AND status <> 'cancelled'", "AND status <> <> 'cancelled'")
    (library / "weekly_revenue.sql").write_text(broken)
    line = broken.splitlines().index("  AND status <> <> 'cancelled'") + 1
    done = run(
        "queries", "test", "--local", "--library", str(library),
        "--warehouse", str(good_warehouse), data_dir=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert f"weekly_revenue.sql:{line}: syntax error in athena SQL" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
