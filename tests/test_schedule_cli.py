"""`datarequest schedule ...` in-process: list, check, add, remove, run-now."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import BOT_TOKEN
from support import Clock

from bot.cli import db_cmds, main

SCHEDULES = """\
timezone: America/Los_Angeles
holidays: US
schedules:
  - id: daily-standup
    kind: standup_digest
    channel: C0DATATEAM
    cron: "0 9 * * mon-fri"
  - id: weekly-revenue
    kind: report
    query: revenue_by_region
    params: {period: last week}
    channel: C0SALES0001
    cron: "0 8 * * mon"
    timezone: Europe/Berlin
    working_days_only: false
"""


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "QUERY_LIBRARY", "WAREHOUSE_PATH", "ROSTER_FILE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "schedules.yaml"
    path.write_text(SCHEDULES, encoding="utf-8")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SCHEDULES_FILE", str(path))
    monkeypatch.setattr(db_cmds, "clock", Clock(datetime(2026, 11, 9, 7, 0, tzinfo=UTC)))
    assert main(["db", "upgrade"]) == 0  # only `db upgrade` and `serve` create the tables
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_add_remove(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schedule", "list", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["daily-standup", "weekly-revenue"]
    assert rows[1]["what"] == "revenue_by_region(period=last week)"
    assert rows[0]["source"].endswith("schedules.yaml:4") and rows[0]["next"]

    code, out, err = run(
        capsys,
        "schedule",
        "add",
        "--kind",
        "report",
        "--query",
        "signups",
        "--param",
        "period=last month",
        "--channel",
        "C0GROWTH01",
        "--cron",
        "0 7 1 * *",
        "--id",
        "monthly-signups",
    )
    assert code == 0, err
    assert "Added schedule monthly-signups" in out
    code, out, _ = run(capsys, "schedule", "list")
    assert "monthly-signups" in out and "database" in out and "daily-standup" in out

    code, _, err = run(capsys, "schedule", "remove", "daily-standup")
    assert code == 1 and "schedules.yaml:4: remove it from that file" in err
    code, out, _ = run(capsys, "schedule", "remove", "monthly-signups")
    assert code == 0 and "Removed schedule monthly-signups" in out
    code, _, err = run(capsys, "schedule", "remove", "monthly-signups")
    assert code == 1 and "no schedule 'monthly-signups'" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--kind", "report", "--query", "nope", "--channel", "C0X1", "--cron", "0 8 * * *"],
            "no query named 'nope'",
        ),
        (
            [
                "--kind",
                "report",
                "--query",
                "signups",
                "--param",
                "period=someday",
                "--channel",
                "C0X1",
                "--cron",
                "0 8 * * *",
            ],
            "not a period I understand",
        ),
        (["--kind", "standup_digest", "--channel", "C0X1", "--cron", "0 25 * * *"], "bad cron"),
        (["--kind", "standup_digest", "--cron", "0 9 * * *"], "missing `channel`"),
        (
            [
                "--kind",
                "standup_digest",
                "--channel",
                "C0X1",
                "--cron",
                "0 9 * * *",
                "--id",
                "daily-standup",
            ],
            "already has a schedule 'daily-standup'",
        ),
    ],
)
def test_add_refusals(
    cli_env: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "schedule", "add", *args)
    assert code == 1 and message in err


def test_invalid_file_is_refused_with_file_line(
    cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli_env.write_text(SCHEDULES.replace("Europe/Berlin", "Europe/Atlantis"), encoding="utf-8")
    code, _, err = run(capsys, "schedule", "check")
    assert code == 1
    assert "schedules.yaml:14: schedule 'weekly-revenue': timezone: unknown time zone" in err
    cli_env.write_text(SCHEDULES, encoding="utf-8")
    code, out, _ = run(capsys, "schedule", "check")
    assert code == 0 and "2 schedule(s), all valid" in out
    assert "(1 period phrase(s) resolved)" in out


def test_run_now_posts_on_the_fake_slack(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeSlack(BOT_TOKEN) as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
        monkeypatch.setenv("SLACK_API_URL", fake.api_url)
        code, out, err = run(capsys, "schedule", "run-now", "daily-standup")
        assert code == 0, err
        assert "daily-standup: posted, 1 message(s) sent." in out
        (post,) = fake.calls_to("chat.postMessage")
        assert post.args["channel"] == "C0DATATEAM" and "Standup" in post.args["text"]
        assert not fake.errors()


def test_run_now_unknown(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
    code, _, err = run(capsys, "schedule", "run-now", "nope")
    assert code == 1 and "no schedule 'nope'" in err


def test_check_validates_reports_against_the_library(
    cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = SCHEDULES + (
        "  - id: typo-query\n"
        "    kind: report\n"
        "    query: revenue_by_regoin\n"
        "    channel: C0SALES0001\n"
        '    cron: "0 8 * * mon"\n'
        "  - id: bad-period\n"
        "    kind: report\n"
        "    query: revenue_by_region\n"
        "    params: {period: the blue moon}\n"
        "    channel: C0SALES0001\n"
        '    cron: "0 8 * * mon"\n'
        "  - id: unknown-param\n"
        "    kind: report\n"
        "    query: revenue_by_region\n"
        "    params: {period: last week, colour: blue}\n"
        "    channel: C0SALES0001\n"
        '    cron: "0 8 * * mon"\n'
    )
    cli_env.write_text(broken, encoding="utf-8")
    code, out, err = run(capsys, "schedule", "check")
    assert code == 1 and "all valid" not in out
    lines = err.splitlines()
    assert lines[0] == "datarequest: Invalid schedules file:"
    assert lines[1].endswith(
        "schedules.yaml:16: schedule 'typo-query': no query named 'revenue_by_regoin' in the "
        "library (did you mean 'revenue_by_region'?)"
    )
    assert "schedules.yaml:21: schedule 'bad-period': " in lines[2]
    assert "'the blue moon' is not a period I understand" in lines[2]
    assert (
        "schedules.yaml:27: schedule 'unknown-param': query 'revenue_by_region' has no "
        in (lines[3])
    )
    assert "parameter 'colour'" in lines[3] and len(lines) == 4


def test_run_now_dry_run_prints_and_posts_nothing(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)  # a dry run needs no Slack at all
    code, out, err = run(capsys, "schedule", "run-now", "weekly-revenue", "--dry-run")
    assert code == 0, err
    assert out.startswith("--- report to C0SALES0001 ---\n")
    assert "Revenue by region\nNov 2 – Nov 8, 2026 · " in out  # last week of the fixed clock
    assert "\nregion  orders  " in out
    assert out.endswith(
        "weekly-revenue: dry run, 1 message(s) would be posted; nothing was sent.\n"
    )
    code, out, err = run(capsys, "schedule", "run-now", "daily-standup", "--dry-run")
    assert code == 0, err
    assert "--- digest to C0DATATEAM ---" in out and "Standup" in out

    # Nothing was recorded: the real run still posts, once.
    with FakeSlack(BOT_TOKEN) as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
        monkeypatch.setenv("SLACK_API_URL", fake.api_url)
        code, out, err = run(capsys, "schedule", "run-now", "daily-standup", "--dry-run")
        assert code == 0 and not fake.calls_to("chat.postMessage")
        code, out, err = run(capsys, "schedule", "run-now", "daily-standup")
        assert code == 0, err
        assert "daily-standup: posted, 1 message(s) sent." in out
        assert len(fake.calls_to("chat.postMessage")) == 1
    code, out, _ = run(capsys, "schedule", "list", "--json")
    last = {json.loads(line)["id"]: json.loads(line)["last_sent"] for line in out.splitlines()}
    assert last["weekly-revenue"] == "" and last["daily-standup"]
