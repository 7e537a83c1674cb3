"""A library template that loops or builds without end stops in one line, not on a held thread.

The query's timeout starts once its SQL is rendered, so `{% for i in range(100000) %}{% for j in
range(100000) %}…` rendered for ever (a jobs thread and a core held). Rendering now has its own
limits (`bot/library/render_limits.py`). The shapes here are small enough to end on main too,
where they rendered and ran without a word; the limits are what these tests see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.errors import QueryFailed

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

# No loop, and small enough to end on main (where each built its value and ran without a
# word); their real sizes (`'x'|center(10**9)`, `s ~ s` forty times) take the memory.
BUILDS = {
    "a string doubled by ~": "{% set s = 'xxxxxxxxxx' %}" + "{% set s = s ~ s %}" * 18,
    "a string doubled by +": "{% set s = 'xxxxxxxxxx' %}" + "{% set s = s + s %}" * 18,
    "a list nested in itself": "{% set a = ['x'] %}" + "{% set a = [a, a] %}" * 20,
    "a dict nested in itself": "{% set a = {} %}" + "{% set a = {'k': a, 'j': a} %}" * 20,
    "center": "{% set s = 'x'|center(2000000) %}",
    "a string method's width": "{% set s = 'x'.ljust(2000000) %}",
    "format's width": "{% set s = '%*s'|format(2000000, 'x') %}",
    "a width in the format": "{% set s = '%02000000d' % 1 %}",
    "str.format's width": "{% set s = '{:>2000000}'.format(1) %}",
    "a join of a repeated list": "{% set s = 'x' * 900000 %}{% set t = ([s] * 3)|join %}",
    "a join's separator": "{% set t = range(1000)|join('x' * 2000) %}",
    "a join of a generator": "{% set t = range(100)|map('center', 30000)|join %}",
    "a replace": "{% set s = 'a' * 2000 %}{% set t = s|replace('a', 'b' * 1000) %}",
    "an indent": "{% set s = '\n' * 2000 %}{% set t = s|indent(1000) %}",
    "a range past the sandbox's": "{% set r = range(1000001) %}",
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


@pytest.mark.parametrize("shape", sorted(BUILDS))
def test_a_template_that_builds_a_value_too_big_without_a_loop_is_one_line(
    cli: Path, capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture, shape: str
) -> None:
    library = _library(cli, BUILDS[shape])
    assert main(["ask", "runaway", "--library", str(library), "--as", "U0ALICE001"]) == 1
    out, err = capsys.readouterr()
    lines = [x for x in (out + err).splitlines() if x.strip() and not x.startswith("warning:")]
    assert len(lines) == 1, lines
    assert "The query runaway could not be prepared" in lines[0]
    assert "Traceback" not in err
    assert any("runaway.sql" in r.getMessage() for r in caplog.records)


def test_the_real_sizes_stop_before_they_take_the_memory(cli: Path) -> None:
    """The issue's shapes at their real size: on main each takes gigabytes (or all memory)."""
    from bot.library.render_limits import BoundedEnvironment, render_bounded
    from bot.library.render_sizes import too_big

    real = [
        "{% set s = 'xxxxxxxxxx' %}" + "{% set s = s ~ s %}" * 40,
        "{{ 'x'|center(10**8) }}",
        "{{ 'x' * 10**9 }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{% set a = ['x'] %}" + "{% set a = [a, a] %}" * 60 + "{{ a|string }}",
        "{{ range(100000)|map('string')|map('center', 100000)|join }}",
    ]
    env = BoundedEnvironment()
    query = _library_query(cli)
    for body in real:
        with pytest.raises(QueryFailed, match=str(too_big())):
            render_bounded(lambda body=body: env.from_string(body), {}, query, 30.0)


def _library_query(root: Path) -> Any:
    from bot.library.loader import load_library

    return load_library(_library(root, "")).get("runaway")


def test_templates_that_build_values_of_real_size_still_run(
    cli: Path, capsys: pytest.CaptureFixture
) -> None:
    body = (
        "{% set cols = ['region', 'month'] %}{% set by = cols|join(', ') %}"
        "{% set t = 'orders' ~ '_' ~ 2026 %}{% set pad = '%-10s|%02d'|format('a', 3) %}"
        "{% set m = {'a': [1, 2], 'b': (3, 4)} %}{% set w = 'x'.center(9) ~ '{:>4}'.format(1) %}"
        "{% set r = range(1000)|map('string')|join(',') %}{% set s = 'ab'|replace('a', 'c') %}"
    )
    library = _library(cli, body)
    assert main(["ask", "runaway", "--library", str(library), "--as", "U0ALICE001"]) == 0
    assert "one" in capsys.readouterr().out


def test_rendering_is_limited_by_the_settings_query_timeout(
    cli: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rendering limit was a constant 5 s whatever QUERY_TIMEOUT_S said; it is the
    settings' query timeout now. Each step writes 900 KB: 100,000 of them take far longer."""
    monkeypatch.setenv("QUERY_TIMEOUT_S", "0.5")
    body = "{% for i in range(100000) %}{% set s = 'x' * 900000 %}{% endfor %}"
    library = _library(cli, body)
    assert main(["ask", "runaway", "--library", str(library), "--as", "U0ALICE001"]) == 1
    err = capsys.readouterr().err
    assert "it takes more than 0.5 s to render" in err
