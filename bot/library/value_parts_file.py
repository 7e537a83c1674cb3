"""Known values' words, stored beside their keys: word -> the keys of several words holding it.

The matcher finds a value said in part ("San Jose State" for "San Jose State University")
through an index of every stored value's words. Built in memory on a process's first request
that could name one, it cost 160 ms over 100,000 values, paid whole by a CLI `match`; so
`queries refresh-values` writes it next to the key file (`write_parts_file`: one
`word<TAB>key` line per word that is no stop word, sorted), and the match path searches it in
place (`PartsFile`, the key file's binary search). A folder refreshed before this file existed
has none: the matcher then builds the index in memory, as before.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterable
from pathlib import Path

from bot.language.wordlists import FILLER, STOPWORDS
from bot.library.value_keys import _NOT_BLANK, KeyFile, replace_file
from bot.library.value_spellings import is_plain

# Its own version, not the key file's: the words of plain keys only, as when it was added.
PARTS_VERSION = 1
PARTS_HEADER = f"#datarequest-value-parts v{PARTS_VERSION}"
NOISE = STOPWORDS | FILLER


def part_words(key: str) -> set[str]:
    """The words of a key that can anchor a search for it (no stop word or filler); none for
    a key of another kind than a value's words (bot.library.value_spellings)."""
    return set(key.split(" ")).difference(NOISE) if is_plain(key) else set()


def parts_path(keys_path: Path) -> Path:
    return keys_path.with_suffix(".parts")


def write_parts_file(path: Path, keys: Iterable[str]) -> None:
    lines = sorted({f"{w}\t{k}".encode() for k in keys if " " in k for w in part_words(k)})
    replace_file(path, f"{PARTS_HEADER}\n".encode() + b"".join(line + b"\n" for line in lines))


class PartsFile(KeyFile):
    """word -> the stored keys holding it, searched in place (a read-only mapping)."""

    # super().__init__ is not called: it reads another header.
    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            self._mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        first = self._mm.find(b"\n")
        if first < 0 or self._mm[:first].decode() != PARTS_HEADER:
            raise ValueError(f"{path}: not a value parts file of version {PARTS_VERSION}")
        self.max_words = 0
        self._start = first + 1
        self._has_lines = _NOT_BLANK.search(self._mm, self._start) is not None

    def __getitem__(self, word: str) -> list[str]:  # type: ignore[override]
        needle = word.encode()
        pos = self._first_at_or_after(needle)
        out: list[str] = []
        while pos < len(self._mm):
            end = self._mm.find(b"\n", pos)
            end = end if end >= 0 else len(self._mm)
            w, _tab, key = self._mm[pos:end].partition(b"\t")
            if w != needle:
                break
            out.append(key.decode())
            pos = end + 1
        if not out:
            raise KeyError(word)
        return out

    def size(self, word: str) -> int:
        """How many keys hold `word` (two binary searches, nothing decoded)."""
        needle = word.encode()
        start = self._first_at_or_after(needle)
        end = self._first_at_or_after(needle + b"\x00")  # the first line past the word's
        return self._mm[start:end].count(b"\n")


def open_parts_file(path: Path) -> PartsFile | None:
    """The parts file at `path`, or None when there is none or it is of another version."""
    try:
        return PartsFile(path)
    except (OSError, ValueError):
        return None
