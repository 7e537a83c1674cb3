"""A library template that loops or builds without end stops in one line, not on a held thread.

The query's timeout starts once its SQL is rendered, so `{% for i in range(100000) %}{% for j in
range(100000) %}…` rendered for ever (a jobs thread and a core held). Rendering now has its own
limits (`bot/library/render_limits.py`). The shapes here are small enough to end on main too,
where they rendered and ran without a word; the limits are what these tests see.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main

HEADER = """/*---
title: Runaway
examples:
  - runaway template
---*/
"""

RUNAWAY = {
    "nested loops": "{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
    "a loop over a loop's list": "{% set xs = range(400)|list %}{% for i in xs %}{% for j in xs %}"
    "{% endfor %}{% endfor %}",
    "a string repeated": "{% set s = 'x' * 2000000 %}",
    "a number raised": "{% set n = 10 ** 2000000 %}",
    "a recursive loop": "{% for x in [[1], [2]] recursive %}{% set _ = loop(x) %}{% endfor %}",
}


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    return tmp_path


def _library(root: Path, body: str) -> Path:
    library = root / "queries"
    library.mkdir()
    (library / "runaway.sql").write_text(HEADER + body + "SELECT 1 AS one\n", encoding="utf-8")
    return library


@pytest.mark.parametrize("shape", sorted(RUNAWAY))
def test_a_template_past_the_rendering_limits_is_one_line(
    cli: Path, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture, shape: str
) -> None:
    library = _library(cli, RUNAWAY[shape])
    assert main(["ask", "runaway", "--library", str(library), "--as", "U0ALICE001"]) == 1
    out, err = capsys.readouterr()
    # The operator's log line (file:line) goes to stderr too; the answer is one line.
    lines = [x for x in (out + err).splitlines() if x.strip() and not x.startswith("warning:")]
    assert len(lines) == 1, lines
    assert "The query runaway could not be prepared" in lines[0]
    assert "Traceback" not in err
    assert any("runaway.sql" in r.getMessage() for r in caplog.records)


def test_the_real_shape_stops_too(cli: Path, capsys: pytest.CaptureFixture) -> None:
    """The issue's template: on main this never ends, so it is only run here, after the fix."""
    body = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    library = _library(cli, body)
    assert main(["ask", "runaway", "--library", str(library), "--as", "U0ALICE001"]) == 1
    assert "more than 100,000 steps" in capsys.readouterr().err


def test_a_template_with_loops_of_real_size_still_runs(
    cli: Path, capsys: pytest.CaptureFixture
) -> None:
    body = "{% for i in range(3) %}{% for c in ['a', 'b'] if c %}{% endfor %}{% endfor %}"
    library = _library(cli, "{% set pad = ' ' * 4 %}{% set n = 2 ** 10 %}" + body)
    assert main(["ask", "runaway", "--library", str(library), "--as", "U0ALICE001"]) == 0
    assert "one" in capsys.readouterr().out
