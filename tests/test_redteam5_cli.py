"""Fifth red team: the CLI given hostile arguments and files answers in one line, as for any
other mistake, not "unexpected error: <exception>".

- A ticket id past what the ticket table holds (`tickets show 99999999999999999999999`) reached
  the driver: "unexpected error: OverflowError: Python int too large to convert to SQLite
  INTEGER". The ticket store now reads such an id as no ticket, for every command and caller.
- A roster file holding a NUL or another control character (`roster load /proc/self/environ`,
  a file saved with a stray byte) failed as "unexpected error: ReaderError": YAML's reader
  refuses the text while it is built, outside the check that names `file:line`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["tickets", "show", "99999999999999999999999"],
        ["tickets", "claim", "9223372036854775808", "--as", "U0ALICE001"],
        ["tickets", "release", "99999999999999999999", "--as", "U0ALICE001"],
        ["tickets", "close", "99999999999999999999", "--as", "U0ALICE001", "--resolution", "x"],
        ["tickets", "promote", "99999999999999999999"],
        ["tickets", "show", "2147483648"],
    ],
)
def test_a_ticket_id_too_big_for_the_table_is_no_ticket(
    cli: Path, capsys: pytest.CaptureFixture, args: list[str]
) -> None:
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"Ticket #{args[2]} does not exist." in err
    assert "unexpected error" not in err and "Overflow" not in err


@pytest.mark.parametrize("stray", ["\x00", "\x07", "\x1b", "\ufffe"])
def test_a_roster_file_with_a_control_character_is_named_with_its_line(
    cli: Path, capsys: pytest.CaptureFixture, stray: str
) -> None:
    roster = cli / "roster.yaml"
    roster.write_text(f"members:\n  - {{id: U0ALICE001, name: 'Al{stray}ice'}}\n", "utf-8")
    assert main(["roster", "load", str(roster)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"datarequest: {roster}:2: not valid YAML:"), err
    assert "unexpected error" not in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("stray", ["\x00", "\x1b"])
def test_a_schedules_file_with_a_control_character_is_one_line_with_its_line(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, stray: str
) -> None:
    """The same reader error in SCHEDULES_FILE said line 1 and a second line `in "<unicode
    string>", position 31`."""
    schedules = cli / "schedules.yaml"
    schedules.write_text(f"standups:\n  - {{name: 'a{stray}b'}}\n", "utf-8")
    monkeypatch.setenv("SCHEDULES_FILE", str(schedules))
    assert main(["schedule", "check"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        f"datarequest: {schedules}:2: invalid YAML: unacceptable character "
        f"#x{ord(stray):04x}: special characters are not allowed"
    ), err


DIGITS = "9" * 5000  # past the 4,300 digits Python's int() reads


@pytest.mark.parametrize(
    "text",
    [f"look up order {DIGITS}", f"revenue by region last {DIGITS} days", f"order #{DIGITS}",
     f"top {DIGITS} customers", f"revenue for {DIGITS}k", f"{DIGITS}th order"],
)  # fmt: skip
def test_a_number_of_thousands_of_digits_in_a_request_is_no_crash(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Third round made a 400-digit number "too large"; 5,000 digits (a Slack request may hold
    8,000 characters) hit Python's int() limit inside the matcher: "unexpected error:
    ValueError: Exceeds the limit (4300 digits)" from `match` and `ask`, a traceback and
    "something went wrong" from Slack. Runs of digits past any engine's whole numbers are read
    as a float (`bot/language/numwords.py`, `entities.py`)."""
    monkeypatch.setenv("QUERY_LIBRARY", str(Path(__file__).parents[1] / "queries"))
    main(["match", text])
    main(["ask", text])
    err = capsys.readouterr().err
    assert "unexpected error" not in err and "Exceeds the limit" not in err, err
