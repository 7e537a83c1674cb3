"""Thirteenth red team (issue 9): a schedule on a day that never comes.

`schedule add --cron "0 9 31 2 *"` (February 31) or `"0 9 31 4,6,9,11 *"` was stored and
listed with an empty "next" column: a report or digest that never posts, and nothing said. Such a
line is now refused in one line ("it names a day that never comes"), in `schedule add` and in
SCHEDULES_FILE (`file:line`), and nothing is stored; a rare day (a February 29 that is a
Monday) is still taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import cli_home, run_cli

NEVER = ["0 9 31 2 *", "0 9 30 2 *", "0 9 31 4,6,9,11 *", "15 8 31 2,4 mon-fri"]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    cli_home(tmp_path, monkeypatch, library=False)
    capsys.readouterr()
    return tmp_path


def _stored(capsys: pytest.CaptureFixture) -> list[str]:
    assert run_cli(["schedule", "list", "--json"]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if line.strip()]


@pytest.mark.parametrize("cron", NEVER)
def test_schedule_add_refuses_a_day_that_never_comes(
    cli: Path, capsys: pytest.CaptureFixture, cron: str
) -> None:
    code = run_cli(
        ["schedule", "add", "--kind", "standup_digest", "--cron", cron, "--channel", "C0DATA001"]
    )
    _out, err = capsys.readouterr()
    assert code == 1, err
    assert "never comes" in err and len(err.strip().splitlines()) == 1, err
    assert "unexpected error" not in err
    assert _stored(capsys) == []


@pytest.mark.parametrize("cron", NEVER)
def test_a_schedules_file_on_a_day_that_never_comes_is_refused_at_its_line(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, cron: str
) -> None:
    (cli / "schedules.yaml").write_text(
        "schedules:\n  - id: digest\n    kind: standup_digest\n"
        f'    cron: "{cron}"\n    channel: C0DATA001\n'
    )
    monkeypatch.setenv("SCHEDULES_FILE", str(cli / "schedules.yaml"))
    code = run_cli(["schedule", "check"])
    _out, err = capsys.readouterr()
    assert code == 1, err
    assert "schedules.yaml:4: schedule 'digest': cron:" in err and "never comes" in err, err


def test_a_rare_day_is_still_taken(cli: Path, capsys: pytest.CaptureFixture) -> None:
    argv = ["schedule", "add", "--kind", "standup_digest", "--channel", "C0DATA001"]
    assert run_cli([*argv, "--cron", "0 0 29 2 mon", "--id", "leap-monday"]) == 0
    capsys.readouterr()
    assert any('"leap-monday"' in line for line in _stored(capsys))
