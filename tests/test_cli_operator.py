"""The command line in a careless operator's hands: every mistake is one line, nothing changes.

Files that are not UTF-8, a warehouse that is not DuckDB, settings out of range, an empty
library, Ctrl-C at any moment and output piped into a reader that has gone: each ends with
`datarequest: <reason>` (or silence for Ctrl-C and a closed pipe), never a traceback.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.errors import ConfigError
from bot.settings import load_settings

CLI = str(Path(sys.executable).parent / "datarequest")
LATIN1 = "café".encode("latin-1")  # a byte that no UTF-8 text has


# Root reads and writes any folder: without these capabilities, permissions count for it too.
NO_OVERRIDE = "-dac_override,-dac_read_search"
AS_OTHERS = (
    ["setpriv", f"--bounding-set={NO_OVERRIDE}", f"--inh-caps={NO_OVERRIDE}"]
    if os.geteuid() == 0 and shutil.which("setpriv")
    else []
)


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, as_others: bool = False
) -> subprocess.CompletedProcess:
    keep = {k: v for k, v in os.environ.items() if not k.endswith(("_FILE", "_URL", "_PATH"))}
    keep.pop("QUERY_LIBRARY", None)
    return subprocess.run(
        [*(AS_OTHERS if as_others else []), CLI, *args],
        capture_output=True,
        text=True,
        env={**keep, **(env or {})},
        cwd=cwd,
        timeout=180,
        check=False,
    )


def one_line_refusal(done: subprocess.CompletedProcess) -> str:
    """The refusal's line, after checking it is the only thing on stderr and not a crash."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("datarequest: "), done.stderr
    assert "unexpected error" not in lines[0] and "Traceback" not in done.stderr
    return lines[0]


# ---- files that are not UTF-8 ------------------------------------------------------------------


def test_a_roster_file_that_is_not_utf8(tmp_path: Path) -> None:
    roster = tmp_path / "roster.yaml"
    roster.write_bytes(b"team: " + LATIN1 + b"\nmembers: []\n")
    assert run("db", "upgrade", env={"DATA_DIR": str(tmp_path)}).returncode == 0
    done = run("roster", "load", str(roster), env={"DATA_DIR": str(tmp_path)})
    line = one_line_refusal(done)
    assert str(roster) in line and "not UTF-8" in line


def test_a_schedules_file_that_is_not_utf8(tmp_path: Path) -> None:
    schedules = tmp_path / "schedules.yaml"
    schedules.write_bytes(b"schedules:\n  - id: " + LATIN1 + b"\n")
    done = run("schedule", "check", env={"SCHEDULES_FILE": str(schedules)})
    line = one_line_refusal(done)
    assert str(schedules) in line and "not UTF-8" in line


def test_an_engines_file_that_is_not_utf8(tmp_path: Path) -> None:
    engines = tmp_path / "engines.yaml"
    engines.write_bytes(b"engines:\n  x: {url: " + LATIN1 + b"}\n")
    done = run("ask", "top 5 customers", env={"ENGINES_FILE": str(engines)})
    line = one_line_refusal(done)
    assert str(engines) in line and "not UTF-8" in line


def test_a_ticket_sql_file_that_is_not_utf8(tmp_path: Path) -> None:
    sql = tmp_path / "answer.sql"
    sql.write_bytes(b"SELECT '" + LATIN1 + b"' AS x")
    args = ("tickets", "close", "1", "--as", "U0ALICE001", "--resolution", "done")
    done = run(*args, "--sql", str(sql), env={"DATA_DIR": str(tmp_path)})
    line = one_line_refusal(done)
    assert str(sql) in line and "not UTF-8" in line


def test_a_dotenv_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"TIMEZONE=" + LATIN1 + b"\n")
    line = one_line_refusal(run("queries", "list", cwd=tmp_path))
    assert ".env" in line and "not UTF-8" in line


# ---- a warehouse that is not DuckDB, an empty library ------------------------------------------


def test_refresh_values_from_a_file_that_is_not_duckdb(tmp_path: Path) -> None:
    fake = tmp_path / "warehouse.duckdb"
    fake.write_text("not a database\n" * 100, encoding="utf-8")
    done = run(
        "queries", "refresh-values", "--warehouse", str(fake), env={"DATA_DIR": str(tmp_path)}
    )
    line = one_line_refusal(done)
    assert str(fake) in line and "DuckDB" in line
    assert not (tmp_path / "known-values").exists()


def test_validate_refuses_a_folder_without_queries(tmp_path: Path) -> None:
    """A CI job pointed at the wrong folder must not pass on zero queries."""
    done = run("queries", "validate", "--library", str(tmp_path), "--no-explain")
    assert done.returncode == 1, done.stdout
    assert f"{tmp_path}: no query files (*.sql)" in done.stdout


# ---- settings out of range ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "ATHENA_PRICE_PER_TB",
        "ATHENA_MAX_BYTES",
        "ATHENA_RESULT_REUSE_MINUTES",
        "ATHENA_DAILY_BUDGET_USD",
        "RESULT_CACHE_SECONDS",
        "RESULT_CACHE_MAX_CELLS",
    ],
)
def test_a_negative_amount_is_refused(name: str) -> None:
    with pytest.raises(ConfigError, match=f"Invalid setting {name}='-1': must be 0 or more"):
        load_settings({name: "-1"}, dotenv_path=Path("/nonexistent/.env"))


def test_engine_urls_without_a_name_names_the_variable_that_was_set() -> None:
    with pytest.raises(ConfigError, match="Invalid setting ENGINE_URLS='garbage': each entry"):
        load_settings({"ENGINE_URLS": "garbage"}, dotenv_path=Path("/nonexistent/.env"))


# ---- Ctrl-C and closed pipes -------------------------------------------------------------------


def test_ctrl_c_while_the_commands_load(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["queries", "list"]) == 130
    assert capsys.readouterr().err == ""


def test_ctrl_c_during_a_duckdb_query(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """DuckDB turns Ctrl-C into its own error; the person still sees an interrupted command."""

    def query_interrupted(_args: object) -> int:
        try:
            signal.raise_signal(signal.SIGINT)  # the handler runs here, in the main thread
        except KeyboardInterrupt:
            raise RuntimeError("Query interrupted") from None  # what DuckDB 1.x-2.x raises
        return 0

    real = cli.build_parser

    def parser_with_a_long_query():  # type: ignore[no-untyped-def]
        parser = real()
        parser.set_defaults(func=query_interrupted)
        return parser

    monkeypatch.setattr(cli, "build_parser", parser_with_a_long_query)
    assert cli.main([]) == 130
    assert "unexpected error" not in capsys.readouterr().err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


class _ClosedPipe:
    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["queries", "--help"]])
def test_help_and_version_into_a_closed_pipe(argv: list[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    try:
        code = cli.main(argv)
    except SystemExit as stopped:  # argparse's own exit after printing
        code = stopped.code or 0
    assert code == 0


def test_schedule_add_refuses_a_parameter_the_query_does_not_have(tmp_path: Path) -> None:
    env = {"DATA_DIR": str(tmp_path)}
    assert run("db", "upgrade", env=env).returncode == 0
    args = (
        "schedule",
        "add",
        "--kind",
        "report",
        "--query",
        "top_customers",
        "--cron",
        "0 9 * * 1",
    )
    done = run(*args, "--channel", "C0SALES0001", "--param", "count=5", env=env)
    line = one_line_refusal(done)
    assert "top_customers has no parameter 'count'" in line
    assert "No schedules" in run("schedule", "list", env=env).stdout


# ---- the README's table of commands ------------------------------------------------------------


def test_the_readme_lists_every_command_and_action() -> None:
    """An operator reads the table to learn what exists: nothing the CLI has is missing there."""
    import argparse

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows = [line.replace("\\|", "|") for line in table.splitlines() if line.startswith("| `")]
    listed = {row.split("`")[1].split()[1]: row.split("`")[1] for row in rows}
    missing = []
    for action in cli.build_parser()._subparsers._group_actions:  # type: ignore[union-attr]
        for command, sub in action.choices.items():
            if command not in listed:
                missing.append(command)
                continue
            for group in sub._subparsers._group_actions if sub._subparsers else []:
                if isinstance(group, argparse._SubParsersAction):
                    names = listed[command].split()[2].split("|")
                    missing += [f"{command} {a}" for a in group.choices if a not in names]
    assert not missing, f"the README's command table lacks: {missing}"


# ---- numbers and words on the command line -----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "top customers", "--max-rows", "0"],
        ["audit", "--limit", "-5"],
        ["audit", "--days", "-1"],
        ["queries", "refresh-values", "--cap", "0"],
        ["schedule", "run", "--interval", "0"],
        ["tickets", "list", "--limit", "-1"],
        ["tickets", "stats", "--weeks", "-1"],
        ["tickets", "demand", "--days", "-1"],
        ["tickets", "demand", "--min-count", "-3"],
    ],
)
def test_a_count_out_of_range_is_a_usage_error(argv: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    """--cap 0 emptied the known values; --interval 0 spun the scheduler; others were ignored."""
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == 2
    assert "or more" in capsys.readouterr().err.splitlines()[-1]


def test_a_request_typed_in_latin1_is_recorded(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_FILE", "_URL", "_PATH"))}
    env.update({"DATA_DIR": str(tmp_path), "DEMO_SCALE": "0.01"})
    done = subprocess.run(
        [CLI, "ask", b"revenue " + LATIN1], capture_output=True, env=env, timeout=180, check=False
    )
    assert done.returncode == 3, done.stderr
    assert b"not recorded" not in done.stderr and b"Traceback" not in done.stderr


def test_the_shell_with_a_data_dir_it_cannot_write(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    done = run("shell", env={"DATA_DIR": str(blocker / "data")})
    line = one_line_refusal(done)
    assert "DATA_DIR" in line and "writable" in line


def test_clear_cache_of_a_query_that_does_not_exist(tmp_path: Path) -> None:
    env = {"DATA_DIR": str(tmp_path)}
    assert run("db", "upgrade", env=env).returncode == 0
    line = one_line_refusal(run("db", "clear-cache", "--query", "top_customerz", env=env))
    assert "no query named 'top_customerz'" in line
    done = run("db", "clear-cache", "--query", "top_customers", env=env)
    assert done.returncode == 0 and "Cleared 0 cached result(s) of top_customers" in done.stdout


# ---- a flag's value, a folder for a file, a file for a folder, a folder it cannot use ----------


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_serve_with_a_port_out_of_range_names_the_flag(port: str, tmp_path: Path) -> None:
    """The operator typed --port: the refusal says --port, not the PORT variable."""
    done = run("serve", "--port", port, env={"DATA_DIR": str(tmp_path), "SLACK_BOT_TOKEN": ""})
    line = one_line_refusal(done)
    assert f"Invalid --port {port}: not a TCP port (1-65535)" in line, line
    assert "PORT=" not in line


@pytest.mark.parametrize(
    "command",
    [("ask", "top 5 customers"), ("queries", "refresh-values"), ("queries", "test", "--local")],
)
def test_a_warehouse_that_is_a_folder(command: tuple[str, ...], tmp_path: Path) -> None:
    done = run(*command, "--warehouse", str(tmp_path), env={"DATA_DIR": str(tmp_path)})
    line = one_line_refusal(done)
    assert f"--warehouse {tmp_path} is a folder, not a DuckDB file" in line, line


@pytest.mark.parametrize(
    "command", [("queries", "list"), ("match", "top 5 customers"), ("ask", "top 5 customers")]
)
def test_a_library_that_is_a_file(command: tuple[str, ...], tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# not queries\n", encoding="utf-8")
    done = run(*command, "--library", str(readme), env={"DATA_DIR": str(tmp_path)})
    line = one_line_refusal(done)
    assert str(readme) in line and "is a file, but a query library is a folder of .sql" in line
    assert "does not exist" not in line


@pytest.mark.parametrize(
    ("mode", "says"), [(0o555, "not writable"), (0o000, "Cannot read DATA_DIR")]
)
def test_tickets_with_a_data_dir_it_cannot_use(mode: int, says: str, tmp_path: Path) -> None:
    """`db upgrade` would fail there the same way: the refusal names the folder's problem."""
    # Root reads and writes every folder: the command then runs with that override dropped.
    assert os.geteuid() != 0 or AS_OTHERS, "running as root needs setpriv (util-linux)"
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(mode)
    try:
        done = run("tickets", "list", env={"DATA_DIR": str(data)}, as_others=True)
    finally:
        data.chmod(0o755)
    line = one_line_refusal(done)
    assert f"DATA_DIR={data}" in line and says in line and "ermission" in line, line
    assert "db upgrade" not in line


def test_tickets_with_a_data_dir_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    line = one_line_refusal(run("tickets", "list", env={"DATA_DIR": str(blocker)}))
    assert f"DATA_DIR={blocker} is not a folder" in line and "db upgrade" not in line
