"""The compiled patterns a cold `datarequest match` keeps in the data folder
(bot.cli.pattern_cache): the same patterns as `re` compiles, from the copy on the next start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import pattern_cache
from bot.cli.pattern_cache import cache_path, compiled_patterns

# Each is compiled fresh (re's own cache is cleared first): flags, named groups, bytes,
# look-behind, Unicode classes, a verbose pattern.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\b(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>k|m|bn)?\b", 0),
    (r"(?<![\w-])last\s+(week|month|quarter)s?\b", re.I),
    (b"^[a-z]+\\d{2,}$", 0),
    (r"[^\W\d_]+(?:['’][^\W\d_]+)*", 0),
    (r"""(?x) \b top \s+ (\d+) \b  # a ranking""", 0),
]
SAMPLES = ["Top 20 customers LAST Month", "12.5 bn of 3 k", "abc12", "o’neill isn't", "x"]


def _compiled(data_dir: Path | None) -> list[re.Pattern]:
    re.purge()
    with compiled_patterns(data_dir):
        return [re.compile(p, f) for p, f in PATTERNS]


def _behaviour(pattern: re.Pattern) -> list[object]:
    texts = [s.encode() for s in SAMPLES] if isinstance(pattern.pattern, bytes) else SAMPLES
    return [[m.span() for m in pattern.finditer(t)] for t in texts] + [pattern.groupindex]


def test_the_copy_rebuilds_the_patterns_re_compiles(tmp_path: Path) -> None:
    first = _compiled(tmp_path)
    assert cache_path(tmp_path).is_file()
    re.purge()
    fresh = [re.compile(p, f) for p, f in PATTERNS]
    assert first == fresh  # flags and the whole compiled program
    second = _compiled(tmp_path)
    assert second == fresh
    assert [_behaviour(p) for p in second] == [_behaviour(p) for p in fresh]
    assert [p.groups for p in second] == [p.groups for p in fresh]


def test_a_stored_pattern_is_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compiled(tmp_path)

    def no_parsing(*_args: object, **_kw: object) -> None:
        raise AssertionError("parsed again")

    from re import _parser

    monkeypatch.setattr(_parser, "parse", no_parsing)
    assert len(_compiled(tmp_path)) == len(PATTERNS)


def test_outside_the_block_re_compiles_as_usual(tmp_path: Path) -> None:
    from re import _compiler

    before = _compiler.compile
    _compiled(tmp_path)
    assert _compiler.compile is before
    with pytest.raises(RuntimeError), compiled_patterns(tmp_path):
        raise RuntimeError("a failed start")
    assert _compiler.compile is before


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\x00" * 40])
def test_a_bad_copy_is_compiled_over(tmp_path: Path, content: bytes) -> None:
    path = cache_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    re.purge()
    fresh = [re.compile(p, f) for p, f in PATTERNS]
    assert _compiled(tmp_path) == fresh
    assert _compiled(tmp_path) == fresh  # and rewritten whole


def test_a_stored_program_that_does_not_build_is_compiled_again(tmp_path: Path) -> None:
    import marshal

    _compiled(tmp_path)
    path = cache_path(tmp_path)
    stored = marshal.loads(path.read_bytes())
    key = (PATTERNS[0][0], PATTERNS[0][1])
    stored[key] = (0, [1, 2, 3], 0, {}, ())  # not a program _sre accepts
    path.write_bytes(marshal.dumps(stored))
    re.purge()
    assert _compiled(tmp_path)[0] == re.compile(*PATTERNS[0])


def test_no_data_folder_or_a_read_only_one_compiles_each_time(tmp_path: Path) -> None:
    re.purge()
    fresh = [re.compile(p, f) for p, f in PATTERNS]
    assert _compiled(None) == fresh
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert _compiled(blocked) == fresh


def test_a_grown_copy_starts_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 2)
    _compiled(tmp_path)
    re.purge()
    with compiled_patterns(tmp_path):
        re.compile(r"one more (pattern)")
    stored = marshal.loads(cache_path(tmp_path).read_bytes())
    assert list(stored) == [("one more (pattern)", 0)]


def test_a_start_finds_every_pattern_the_one_before_kept(tmp_path: Path) -> None:
    """A cold `match` over the starter library, then another under other hash seeds: the
    second compiles no pattern the first did not keep (a pattern built from a set in hash
    order would be new at each start, and the copy written again each time)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "DATA_DIR": str(tmp_path), "QUERY_LIBRARY": str(root / "queries")}
    env["WAREHOUSE_PATH"] = str(tmp_path / "warehouse.duckdb")
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    start = "import sys; from bot.cli import main; sys.exit(main())"
    argv = [sys.executable, "-c", start, "match", "revenue by region last month", "--json"]
    stamps = []
    for seed in ("1", "2", "3"):
        subprocess.run(argv, env={**env, "PYTHONHASHSEED": seed}, check=True, capture_output=True)
        stamps.append(cache_path(tmp_path).stat().st_mtime_ns)
    assert stamps[1] == stamps[0] and stamps[2] == stamps[0]
