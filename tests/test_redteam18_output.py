"""Thirteenth red team (issue 9): standard output that takes no write.

Run with its output on a full disk (`> /dev/full`, or a log partition that filled up under a
cron job), every command that prints ended in "datarequest: unexpected error: OSError: [Errno
28] No space left on device (run with --verbose for the details)", as if the bot had a bug. Now
it says "datarequest: cannot write the output: No space left on device" and exits 1; a reader
that went away (`| head`) still ends quietly with 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from slack_helpers import make_test_library, make_test_warehouse

CLI = str(Path(sys.executable).parent / "datarequest")
FULL = Path("/dev/full")  # Linux: every write fails with ENOSPC


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("output")
    values = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{root / 'db.sqlite3'}",
        "DATA_DIR": str(root),
        "QUERY_LIBRARY": str(make_test_library(root / "queries")),
        "WAREHOUSE_PATH": str(make_test_warehouse(root / "wh.duckdb")),
    }
    assert _cli(["db", "upgrade"], values).returncode == 0
    assert _cli(["ask", "revenue_by_region"], values).returncode == 0
    return values


def _cli(argv: list[str], env: dict[str, str], stdout: object = subprocess.PIPE) -> Any:
    return subprocess.run(
        [CLI, *argv], stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["queries", "list"],
        ["audit"],
        ["tickets", "list"],
        ["ask", "revenue_by_region"],
        ["match", "revenue by region", "--json"],
        ["--version"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_output_on_a_full_disk_is_one_line_not_an_unexpected_error(
    env: dict[str, str], argv: list[str]
) -> None:
    with FULL.open("w") as full:
        done = _cli(argv, env, stdout=full)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == "datarequest: cannot write the output: No space left on device"


def test_a_reader_that_went_away_still_ends_quietly(env: dict[str, str]) -> None:
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert reader.stdin is not None
    done = _cli(["audit", "--format", "json"], env, stdout=reader.stdin)
    reader.stdin.close()
    reader.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
