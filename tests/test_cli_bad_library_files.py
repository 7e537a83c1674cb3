"""One bad library file: `doctor`, the schedule commands and `db clear-cache` work on the good
queries and name each bad file in one line (`file:line: reason`). The checks (`doctor`,
`schedule check`) exit 1; a command that did its work on the good queries (`schedule add`,
`schedule run-now`, `db clear-cache`) exits 0 with one `warning:` line per bad file, and 1
only when its work was not done (it exited 1 after adding the schedule).

They stopped at the first bad file: `doctor` skipped the engine and schedule checks ("fix the
query library first"), `schedule check|add|run-now|run` and `db clear-cache --query` ended in
one refusal naming only the first file. Driven as an operator does, through the installed CLI,
on a copy of the starter library, a real DuckDB warehouse and an SQLite database, with the
fake Slack Web API on loopback.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from test_cli_operator import run

from bot.engines.demo_data import generate

REPO = Path(__file__).resolve().parent.parent
BAD_FILES = {
    "broken_yaml.sql": "/*---\ntitle: [never closed\n---*/\nSELECT 1 AS one\n",
    "pasted_value.sql": (
        "/*---\ntitle: Orders of a region\n---*/\n"
        "SELECT count(*) AS n FROM orders WHERE region = '{{ region }}'\n"
    ),
}
SCHEDULES = """\
schedules:
  - id: weekly-revenue
    kind: report
    query: revenue_by_region
    params: {period: last week}
    channel: C0SALES0001
    cron: "0 8 * * mon"
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    generate(path, scale=0.005, today=dt.date(2026, 11, 22))
    return path


@pytest.fixture
def fake() -> FakeSlack:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def env(tmp_path: Path, warehouse: Path, fake: FakeSlack) -> dict[str, str]:
    library = tmp_path / "library"
    shutil.copytree(REPO / "queries", library)
    for name, text in BAD_FILES.items():
        (library / name).write_text(text, encoding="utf-8")
    (tmp_path / "schedules.yaml").write_text(SCHEDULES, encoding="utf-8")
    values = {
        "DATA_DIR": str(tmp_path / "data"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "WAREHOUSE_PATH": str(warehouse),
        "QUERY_LIBRARY": str(library),
        "SCHEDULES_FILE": str(tmp_path / "schedules.yaml"),
        "SLACK_BOT_TOKEN": fake.token,
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": fake.api_url,
    }
    assert run("db", "upgrade", env=values, cwd=tmp_path).returncode == 0
    return values


def _bad_file_lines(text: str, env: dict[str, str]) -> list[str]:
    """The bad files named, one per line, in the order printed."""
    library = env["QUERY_LIBRARY"]
    named = [line for line in text.splitlines() if f"{library}/" in line]
    return sorted(line.split(f"{library}/", 1)[1].split(":", 1)[0] for line in named)


def _one_warning_per_bad_file(stderr: str) -> None:
    warnings = [line for line in stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == len(BAD_FILES), stderr
    assert all(line.endswith("(its query is skipped)") for line in warnings), stderr


def test_doctor_checks_the_good_queries_and_names_each_bad_file(
    env: dict[str, str], tmp_path: Path
) -> None:
    done = run("doctor", "--no-examples", env=env, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = {line[6:24].strip(): line for line in done.stdout.splitlines() if line[:2] != "  "}
    assert lines["engine duckdb"].startswith("ok"), done.stdout
    assert lines["schedule check"].startswith("ok"), done.stdout
    assert lines["queries validate"].startswith("FAIL"), done.stdout
    library_lines = [line for line in done.stdout.splitlines() if line[6:24].strip() == "library"]
    assert _bad_file_lines("\n".join(library_lines), env) == sorted(BAD_FILES), done.stdout
    assert all(line.startswith("FAIL") for line in library_lines)
    assert "Traceback" not in done.stdout + done.stderr


def test_schedule_commands_work_on_the_good_queries(env: dict[str, str], tmp_path: Path) -> None:
    checked = run("schedule", "check", env=env, cwd=tmp_path)
    assert checked.returncode == 1
    assert "1 schedule(s), all valid" in checked.stdout, checked.stderr
    assert _bad_file_lines(checked.stderr, env) == sorted(BAD_FILES), checked.stderr

    added = run(
        "schedule", "add", "--kind", "report", "--query", "revenue_by_region",
        "--param", "period=last month", "--channel", "C0SALES0001", "--cron", "0 9 1 * *",
        env=env, cwd=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0 and "Added schedule" in added.stdout, added.stderr
    assert _bad_file_lines(added.stderr, env) == sorted(BAD_FILES), added.stderr
    _one_warning_per_bad_file(added.stderr)

    previewed = run("schedule", "run-now", "weekly-revenue", "--dry-run", env=env, cwd=tmp_path)
    assert previewed.returncode == 0, previewed.stderr
    assert "1 message(s) would be posted" in previewed.stdout, previewed.stderr
    assert _bad_file_lines(previewed.stderr, env) == sorted(BAD_FILES), previewed.stderr
    _one_warning_per_bad_file(previewed.stderr)

    posted = run("schedule", "run-now", "weekly-revenue", env=env, cwd=tmp_path)
    assert posted.returncode == 0 and "posted, 1 message(s) sent" in posted.stdout, posted.stderr
    _one_warning_per_bad_file(posted.stderr)
    assert "Traceback" not in checked.stderr + added.stderr + previewed.stderr


def test_a_schedule_or_cache_of_a_bad_files_query_names_that_file(
    env: dict[str, str], tmp_path: Path
) -> None:
    refused = run(
        "schedule", "add", "--kind", "report", "--query", "broken_yaml",
        "--channel", "C0SALES0001", "--cron", "0 9 * * *", env=env, cwd=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 1
    last = refused.stderr.strip().splitlines()[-1]
    assert last.startswith("datarequest: The query 'broken_yaml' is in a library file that does")
    assert f"{env['QUERY_LIBRARY']}/broken_yaml.sql:3: YAML error in header" in last

    schedules = Path(env["SCHEDULES_FILE"])
    schedules.write_text(SCHEDULES.replace("revenue_by_region", "pasted_value"), encoding="utf-8")
    checked = run("schedule", "check", env=env, cwd=tmp_path)
    assert checked.returncode == 1
    assert "schedule 'weekly-revenue': its query's file does not load: " in checked.stderr

    cleared = run("db", "clear-cache", "--query", "revenue_by_region", env=env, cwd=tmp_path)
    assert cleared.returncode == 0 and "Cleared 0 cached result(s)" in cleared.stdout
    assert _bad_file_lines(cleared.stderr, env) == sorted(BAD_FILES), cleared.stderr
    _one_warning_per_bad_file(cleared.stderr)
    unknown = run("db", "clear-cache", "--query", "pasted_value", env=env, cwd=tmp_path)
    assert unknown.returncode == 1
    assert "'pasted_value' is in a library file that does not load" in unknown.stderr
