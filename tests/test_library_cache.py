"""The parsed library kept in the data folder (bot.library.parsed_cache): the same library and
problems as parsing, and parsed again whenever a file of the library or of the parser changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.library import loader, parsed_cache
from bot.library.parsed_cache import cache_path, check_library_cached

STARTER = Path(__file__).resolve().parent.parent / "queries"
CLI = str(Path(sys.executable).parent / "datarequest")


def _age(folder: Path, seconds: float = 60.0) -> None:
    """Every file below `folder` last modified `seconds` ago: old enough to be trusted."""
    past = time.time() - seconds
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (past, past))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "queries"
    shutil.copytree(STARTER, root)
    (root / "broken.sql").write_text("/*---\ntitle: [unclosed\n---*/\nSELECT 1\n")
    _age(root)
    return root


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each call of the parser (the copy is not used when it is called)."""
    calls: list[Path] = []
    real = loader.check_library

    def counted(root):  # type: ignore[no-untyped-def]
        calls.append(Path(root))
        return real(root)

    monkeypatch.setattr(loader, "check_library", counted)
    return calls


def test_the_copy_gives_what_parsing_gives(library: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    parsed = loader.check_library(library)
    calls = _parses(monkeypatch)
    first = check_library_cached(library, data)
    second = check_library_cached(library, data)
    assert len(calls) == 1 and cache_path(data, library).is_file()
    for got in (first, second):
        assert got == parsed and len(got[0]) == 15 and len(got[1]) >= 1
        assert [str(p) for p in got[1]] == [str(p) for p in parsed[1]]


@pytest.mark.parametrize("change", ["edit", "same_size", "add", "remove", "rename", "subfolder"])
def test_any_change_of_the_library_parses_it_again(  # type: ignore[no-untyped-def]
    library: Path, tmp_path: Path, monkeypatch, change: str
) -> None:
    data = tmp_path / "data"
    check_library_cached(library, data)
    calls = _parses(monkeypatch)
    target = library / "revenue_by_region.sql"
    text = target.read_text()
    if change == "edit":
        target.write_text(text.replace("title: ", "title: Changed ", 1))
    elif change == "same_size":
        # One character swapped, the size unchanged: the time stamp tells the change.
        target.write_text(text.replace("title: R", "title: X", 1))
    elif change == "add":
        (library / "extra.sql").write_text("/*---\ntitle: Extra\n---*/\nSELECT 1\n")
    elif change == "remove":
        target.unlink()
    elif change == "rename":
        target.rename(library / "revenue_by_region2.sql")
    else:
        (library / "more").mkdir()
        (library / "more" / "extra.sql").write_text("/*---\ntitle: Extra\n---*/\nSELECT 1\n")
    _age(library, 30.0)  # a later time than the copy was made from, still old enough to trust
    got = check_library_cached(library, data)
    assert calls == [library]
    assert got == loader.check_library(library)
    calls.clear()
    assert check_library_cached(library, data) == got and calls == []  # the new copy is used


def test_a_change_of_the_parser_code_parses_again(  # type: ignore[no-untyped-def]
    library: Path, tmp_path: Path, monkeypatch
) -> None:
    code = tmp_path / "code"
    code.mkdir()
    (code / "loader.py").write_text("# v1\n")
    _age(code)
    monkeypatch.setattr(parsed_cache, "_CODE_ROOT", code)
    data = tmp_path / "data"
    check_library_cached(library, data)
    calls = _parses(monkeypatch)
    check_library_cached(library, data)
    assert calls == []
    (code / "loader.py").write_text("# v2\n")
    _age(code, 30.0)
    check_library_cached(library, data)
    assert calls == [library]


def test_no_copy_of_a_file_modified_just_now(library: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A file written within the time stamps' resolution could change again unseen."""
    data = tmp_path / "data"
    (library / "revenue_by_region.sql").touch()
    calls = _parses(monkeypatch)
    check_library_cached(library, data)
    check_library_cached(library, data)
    assert len(calls) == 2 and not cache_path(data, library).exists()


def test_a_bad_copy_or_data_folder_only_costs_the_parse(  # type: ignore[no-untyped-def]
    library: Path, tmp_path: Path, monkeypatch
) -> None:
    data = tmp_path / "data"
    parsed = loader.check_library(library)
    check_library_cached(library, data)
    cache_path(data, library).write_bytes(b"not a pickle")
    assert check_library_cached(library, data) == parsed
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    assert check_library_cached(library, blocked) == parsed
    assert check_library_cached(library, None) == parsed
    missing = check_library_cached(tmp_path / "nowhere", data)
    assert missing == loader.check_library(tmp_path / "nowhere")


def test_match_sees_a_library_edit_at_once(library: Path, tmp_path: Path) -> None:
    """End to end: `datarequest match` after a query's file changed uses the new file."""
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("QUERY_LIBRARY", "WAREHOUSE_PATH")},
        "DATA_DIR": str(tmp_path / "data"),
        "QUERY_LIBRARY": str(library),
    }
    argv = [CLI, "match", "zebra crossings by region", "--today", "2026-11-22", "--json"]
    before = subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout
    assert '"revenue_by_region"' not in before.split("candidates")[0]
    target = library / "revenue_by_region.sql"
    target.write_text(target.read_text().replace("title: ", "title: Zebra crossings; ", 1))
    after = subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout
    assert '"query": "revenue_by_region"' in after.split("candidates")[0], after
