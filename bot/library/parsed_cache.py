"""The parsed query library kept in the data folder, so a command run once per request
(`datarequest match`) neither imports YAML nor reads every header again (~25 ms of its start).

The copy is used only when nothing it was made from changed: every file and folder below the
library (path, size, inode, modification time), the library's path as given, the source files
of the `bot` package that parse it, and the Python version. A file modified within the last
RACY_SECONDS is not trusted to show a later change in its time (filesystem time stamps are
coarse), so no copy is written while one is that recent. Any failure reading or writing the
copy falls back to parsing, silently: the copy only saves time.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
import zlib
from pathlib import Path
from typing import Any

CACHE_FOLDER = "library-cache"
RACY_SECONDS = 2.0
# Changed with any change of the copy's layout (what is pickled).
FORMAT = 1
_CODE_ROOT = Path(__file__).resolve().parent.parent  # the `bot` package


def _tree_stamps(root: Path, suffix: str) -> list[tuple[str, int, int, int]]:
    """(path, size, inode, mtime in ns) of every folder and `suffix` file below `root` not
    hidden, sorted: a file added, removed, renamed or edited changes the list."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
        for name in [*dirs, *sorted(f for f in files if f.endswith(suffix))]:
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            st = os.stat(path)
            out.append((path, st.st_size, st.st_ino, st.st_mtime_ns))
    return out


def _code_stamps() -> list[tuple[str, int, int, int]]:
    return _tree_stamps(_CODE_ROOT, ".py")


def cache_path(data_dir: Path, root: Path | str) -> Path:
    """Where the parsed copy of the library at `root` is kept."""
    name = f"{zlib.crc32(str(Path(root).resolve()).encode()):08x}.pickle"
    return Path(data_dir) / CACHE_FOLDER / name


def check_library_cached(root: Path | str, data_dir: Path | None) -> tuple[Any, list[Any]]:
    """What bot.library.loader.check_library(root) returns, from the data folder's copy when
    nothing it was made from changed; otherwise parsed, and the copy written."""
    try:
        stamps = _stamps(root) if data_dir is not None else None
    except OSError:  # no such folder, or a file gone while listed: the loader says what
        stamps = None
    path = cache_path(data_dir, root) if data_dir is not None else None
    if stamps is not None and path is not None:
        found = _read(path, stamps)
        if found is not None:
            return found
    from bot.library.loader import check_library

    started = time.time_ns()
    parsed = check_library(root)
    if stamps is not None and path is not None and _settled(stamps, started):
        _write(path, stamps, parsed)
    return parsed


def _stamps(root: Path | str) -> tuple[Any, ...]:
    if not Path(root).is_dir():
        raise NotADirectoryError(root)
    return (FORMAT, sys.version, str(root), _tree_stamps(Path(root), ".sql"), _code_stamps())


def _settled(stamps: tuple[Any, ...], started_ns: int) -> bool:
    """No file the copy depends on was modified so recently that a change made within the same
    time stamp could go unseen."""
    newest = max((s[3] for s in (*stamps[3], *stamps[4])), default=0)
    return newest < started_ns - int(RACY_SECONDS * 1e9)


def _read(path: Path, stamps: tuple[Any, ...]) -> tuple[Any, list[Any]] | None:
    try:
        with path.open("rb") as f:
            saved_stamps, parsed = pickle.load(f)
    except Exception:  # missing, partly written by an older version, or unreadable
        return None
    return parsed if saved_stamps == stamps else None


def _write(path: Path, stamps: tuple[Any, ...], parsed: tuple[Any, list[Any]]) -> None:
    from bot.library.value_keys import replace_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, pickle.dumps((stamps, parsed), protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # a read-only data folder, or a library object that does not pickle: parse each time
