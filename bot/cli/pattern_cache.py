"""Compiled regular expressions kept in the data folder, so a command run once per request
(`datarequest match`) does not compile the matcher's ~500 patterns again at each start (~40 %
of its CPU time: `re` parses and compiles them in Python).

While `compiled_patterns(data_dir)` is open, `re` compiles through it: a pattern found in the
copy is rebuilt from its stored program with `_sre.compile`, the call `re.compile` ends with;
one not found is compiled as usual, and the arguments of that call are recorded. The copy is
rewritten when the block ends, if it found anything new. A program is kept only when the
pattern rebuilt from it equals the one `re` compiled (`==` compares the flags and the whole
compiled program), and the copy belongs to one Python build (its version and `_sre.MAGIC`).
Any failure falls back to `re`, silently: the copy only saves time.
"""

from __future__ import annotations

import contextlib
import marshal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FOLDER = "library-cache"  # beside the parsed library (bot.library.parsed_cache)
# A copy that grew past this (patterns of many libraries, or of values) starts again.
MAX_PATTERNS = 5000


def cache_path(data_dir: Path) -> Path:
    import _sre
    import zlib

    build = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}".encode()
    return Path(data_dir) / FOLDER / f"patterns-{zlib.crc32(build):08x}.marshal"


@contextlib.contextmanager
def compiled_patterns(data_dir: Path | None) -> Iterator[None]:
    """Patterns compiled in this block come from (and go to) the data folder's copy."""
    try:
        from re import _compiler
    except ImportError:  # another Python: nothing to hook into
        yield
        return
    if data_dir is None or not hasattr(_compiler, "compile") or not hasattr(_compiler, "_sre"):
        yield
        return
    path = cache_path(data_dir)
    stored = _read(path)
    found: dict[tuple[Any, int], tuple[Any, ...]] = {}
    real = _compiler.compile

    def compile_cached(pattern: Any, flags: int = 0) -> Any:
        key = (pattern, int(flags))
        args = stored.get(key)
        if args is not None:
            with contextlib.suppress(Exception):
                return _compiler._sre.compile(pattern, *args)
        compiled, args = _recorded(real, _compiler, pattern, flags)
        if args is not None:
            found[key] = args
        return compiled

    _compiler.compile = compile_cached
    try:
        yield
    finally:
        _compiler.compile = real
        if found:
            _write(path, {**stored, **found} if len(stored) < MAX_PATTERNS else found)


def _recorded(real: Any, compiler: Any, pattern: Any, flags: int) -> tuple[Any, Any]:
    """`re`'s own compilation of `pattern`, and the arguments after the pattern it passed to
    `_sre.compile`, as plain values (None when they would not rebuild the same pattern)."""
    sre = compiler._sre
    calls: list[tuple[Any, ...]] = []

    class Recorder:
        def __getattr__(self, name: str) -> Any:
            return getattr(sre, name)

        def compile(self, *args: Any) -> Any:
            calls.append(args)
            return sre.compile(*args)

    compiler._sre = Recorder()
    try:
        compiled = real(pattern, flags)
    finally:
        compiler._sre = sre
    if len(calls) != 1:
        return compiled, None
    try:
        args = _plain(calls[0][1:])
        marshal.dumps(args)
        same = sre.compile(pattern, *args) == compiled
    except Exception:
        return compiled, None
    return compiled, args if same else None


def _plain(value: Any) -> Any:
    """`value` with int subclasses (re's named opcodes) as ints, so that marshal takes it."""
    if isinstance(value, bool) or value is None or isinstance(value, str | bytes):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    raise TypeError(type(value).__name__)


def _read(path: Path) -> dict[tuple[Any, int], tuple[Any, ...]]:
    try:
        stored = marshal.loads(path.read_bytes())
    except Exception:  # missing, unreadable, or written by another Python
        return {}
    return stored if isinstance(stored, dict) else {}


def _write(path: Path, patterns: dict[tuple[Any, int], tuple[Any, ...]]) -> None:
    from bot.library.value_keys import replace_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, marshal.dumps(patterns))
    except (OSError, ValueError):
        pass  # a read-only data folder: compile at each start, as without the copy
