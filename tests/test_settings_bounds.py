"""Numeric settings with an upper bound: a huge value is one line naming it at start-up (§30).

`WAREHOUSE_MEMORY_MB=10**30` failed the first query with "Cannot open the warehouse ...: Memory
value out of range" (and `WAREHOUSE_THREADS=10**30` with a DuckDB cast error), far from where it
was set; `HELD_FILES_MAX_MB=1e300`, the Athena limits, `RESULT_CACHE_MAX_CELLS` and `DEMO_SCALE`
took any finite value. Each now has the bound of where it goes (`bot/settings.py`), and any
command, `serve` included, refuses it before doing anything, in one line that names the setting.
Negative, nan and inf were already refused (kept here as guards).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings
from test_redteam14_cli import _run, cli  # noqa: F401  (the fixture)

import bot
from bot.slack.process import settings_env

HUGE_INT = str(10**30)
CASES = [
    ("WAREHOUSE_MEMORY_MB", HUGE_INT, "must be at most 16,777,216"),
    ("WAREHOUSE_THREADS", HUGE_INT, "must be at most 1,024"),
    ("HELD_FILES_MAX_MB", "1e300", "must be at most 1,000"),
    ("ATHENA_MAX_BYTES", HUGE_INT, "must be at most 9,223,372,036,854,775,807"),
    ("ATHENA_RESULT_REUSE_MINUTES", HUGE_INT, "must be at most 10,080"),
    ("ATHENA_DAILY_BUDGET_USD", "1e300", "must be at most 1,000,000,000"),
    ("ATHENA_PRICE_PER_TB", "1e300", "must be at most 1,000,000,000"),
    ("RESULT_CACHE_MAX_CELLS", HUGE_INT, "must be at most 2,147,483,647"),
    ("DEMO_SCALE", "1e300", "must be at most 100"),
    # guards: refused before this change too
    ("WAREHOUSE_MEMORY_MB", "-1", "must be more than 0"),
    ("WAREHOUSE_THREADS", "1e300", "not a whole number"),
    ("HELD_FILES_MAX_MB", "nan", "not a finite number"),
    ("ATHENA_DAILY_BUDGET_USD", "inf", "not a finite number"),
    ("ATHENA_MAX_BYTES", "-5", "must be 0 or more"),
]


@pytest.mark.parametrize(("name", "value", "refusal"), CASES)
def test_a_numeric_setting_past_its_bound_is_one_line_naming_it(
    cli: Path,  # noqa: F811
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    value: str,
    refusal: str,
) -> None:
    monkeypatch.setenv(name, value)
    assert _run(["ask", "revenue by region last month"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"datarequest: Invalid setting {name}='{value}': {refusal}", err


def test_serve_refuses_a_huge_warehouse_memory_at_start_up(tmp_path: Path) -> None:
    with FakeSlack() as fake:
        env = settings_env(app_settings(tmp_path, fake.api_url))
        env["WAREHOUSE_MEMORY_MB"] = HUGE_INT
        env["PYTHONPATH"] = str(Path(bot.__file__).resolve().parent.parent)  # the code tested
        done = subprocess.run(
            [sys.executable, "-c", "from bot.cli import main; raise SystemExit(main())", "serve"],
            env={**env, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1, done.stderr[-2000:]
    assert lines == [
        f"datarequest: Invalid setting WAREHOUSE_MEMORY_MB='{HUGE_INT}': must be at most 16,777,216"
    ], done.stderr[-2000:]


def test_the_largest_values_allowed_still_answer(
    cli: Path,  # noqa: F811
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in [
        ("WAREHOUSE_MEMORY_MB", str(2**24)),
        ("WAREHOUSE_THREADS", "1024"),
        ("HELD_FILES_MAX_MB", "1000"),
        ("ATHENA_MAX_BYTES", str(2**63 - 1)),
        ("ATHENA_RESULT_REUSE_MINUTES", "10080"),
        ("RESULT_CACHE_MAX_CELLS", str(2**31 - 1)),
    ]:
        monkeypatch.setenv(name, value)
    assert _run(["ask", "revenue by region last month"]) == 0
    assert "unexpected error" not in capsys.readouterr().err
