"""Thirteenth red team (issue 9): an operator's YAML with a value that looks like a date and is none.

YAML 1.1 reads `2026-13-01` or `2026-02-30` as a timestamp, and PyYAML's constructor raises
`ValueError` ("month must be in 1..12") for it, which no reader caught: a roster whose team, a
member's name or an absence was such a value made `roster load` "unexpected error: ValueError",
and set as ROSTER_FILE it stopped every command that reads the team (`tickets list`, `ask`); a
schedules file with such a channel stopped `schedule check` and `schedule list`; an
ENGINES_FILE with such a value stopped `ask` and `doctor`. The library's headers already said
`file:line`. Now the roster and the schedules file read such a value as its text (which each
field's check then takes or refuses in one `file:line` line), and the engines file says its
name and "not valid YAML" in one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import cli_home, run_cli

from bot.tickets.roster_file import RosterError, parse_roster

NOT_DATES = ["2026-13-01", "2026-02-30", "2026-00-10"]


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    cli_home(tmp_path, monkeypatch)
    capsys.readouterr()
    return tmp_path


def _no_unexpected(err: str) -> None:
    assert "unexpected error" not in err, err
    assert "Traceback" not in err, err


@pytest.mark.parametrize("value", NOT_DATES)
def test_a_roster_absence_on_no_date_is_refused_at_its_line(value: str) -> None:
    text = f"members:\n  - id: U0ALICE001\n    out_of_office:\n      - from: {value}\n        to: 2026-03-01\n"
    with pytest.raises(RosterError) as refused:
        parse_roster(text, "roster.yaml")
    assert "roster.yaml:4: from must be a date (YYYY-MM-DD)" in str(refused.value)


@pytest.mark.parametrize("value", NOT_DATES)
@pytest.mark.parametrize("key", ["team", "name"])
def test_roster_load_reads_a_not_date_as_text(
    cli: Path, capsys: pytest.CaptureFixture, key: str, value: str
) -> None:
    top = f"team: {value}\n" if key == "team" else ""
    member = f"\n    name: {value}" if key == "name" else ""
    (cli / "roster.yaml").write_text(f"{top}members:\n  - id: U0ALICE001{member}\n")
    code = run_cli(["roster", "load", "roster.yaml"])
    out, err = capsys.readouterr()
    _no_unexpected(err)
    assert code == 0, (out, err)
    assert run_cli(["roster", "show"]) == 0
    assert value in capsys.readouterr().out


@pytest.mark.parametrize("value", NOT_DATES)
def test_a_roster_file_setting_with_a_not_date_does_not_stop_other_commands(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    (cli / "roster.yaml").write_text(f"team: {value}\nmembers:\n  - id: U0ALICE001\n")
    monkeypatch.setenv("ROSTER_FILE", str(cli / "roster.yaml"))
    code = run_cli(["tickets", "list"])
    out, err = capsys.readouterr()
    _no_unexpected(err)
    assert code == 0, (out, err)


@pytest.mark.parametrize("value", NOT_DATES)
@pytest.mark.parametrize("command", [["schedule", "check"], ["schedule", "list"]])
def test_a_schedules_file_with_a_not_date_is_refused_at_its_line(
    cli: Path,
    capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    value: str,
) -> None:
    (cli / "schedules.yaml").write_text(
        "schedules:\n  - id: digest\n    kind: standup_digest\n"
        f'    cron: "0 9 * * *"\n    channel: {value}\n'
    )
    monkeypatch.setenv("SCHEDULES_FILE", str(cli / "schedules.yaml"))
    code = run_cli(command)
    out, err = capsys.readouterr()
    _no_unexpected(err)
    assert code == 1, (out, err)
    assert "schedules.yaml:5: schedule 'digest': channel:" in err, err
    assert value in err


@pytest.mark.parametrize("value", NOT_DATES)
def test_an_engines_file_with_a_not_date_is_one_line_naming_it(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    (cli / "engines.yaml").write_text(f"engines:\n  lake:\n    url: {value}\n")
    monkeypatch.setenv("ENGINES_FILE", str(cli / "engines.yaml"))
    code = run_cli(["ask", "revenue_by_region"])
    out, err = capsys.readouterr()
    _no_unexpected(err)
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "engines.yaml" in lines[0] and "not valid YAML" in lines[0], err
