"""Known values keyed as the matcher reads them, in a file the match path opens in no time.

A value's key is its words, lower case, accents folded ("São Paulo" -> "sao paulo"); a value of
a text parameter has other keys too, under a prefix (bot.library.value_spellings: its spelling
without punctuation, its initials). The key file holds one `key<TAB>query<TAB>parameter<TAB>value as stored` line per value, sorted by key,
after a header line; a lookup is a binary search over the memory-mapped file, so a library with
100,000 known values adds nothing to `datarequest match`'s start-up. Written by
`queries refresh-values` (bot.library.known_values) next to the values' JSON.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from bot.language.textnorm import is_noise, words
from bot.library.value_spellings import SPELLED, is_plain, kind_keys

# Bump when words_key changes (older files are then ignored until refreshed) or when a file
# gains what an older file lacks (v2: the keys of bot.library.value_spellings). Versions in
# READ_VERSIONS still read: a folder refreshed by an older release keeps working.
KEYS_VERSION = 2
READ_VERSIONS = (1, 2)
_HEADER_OF = "#datarequest-value-keys v{} max_words="
HEADER = _HEADER_OF.format(KEYS_VERSION)
Entry = tuple[str, str, str]  # query, parameter, value as stored
ValueKeys = dict[str, list[Entry]]


def words_key(text: str) -> str:
    """A value as the matcher compares it: its words, lower case, accents folded."""
    return " ".join(w for w, _s, _e in words(text))


def is_code(value: str) -> bool:
    """A value stored as a short code in capitals ("UK", "NY", with CODES_WITH_DIGITS "X5",
    "A4"): a name only where a request writes it the same way (the matcher checks the
    spelling), never as the word "us" or "in"."""
    if len(value) > 2 or not value.isalnum():
        return False
    if value.isalpha():
        return value.isupper()
    # a capital and a digit: a model or grade code ("X5"), never a number alone
    return CODES_WITH_DIGITS and value[0].isalpha() and value.isupper() and value[1].isdigit()


def _usable(key: str, value: str = "") -> bool:
    if SHORT_CODES and is_code(value):
        return True
    if NUMBER_KEYS and key.isdigit() and len(key) >= NUMBER_KEY_DIGITS:
        return True  # an account name "338", a card number: the matcher reads it (number_values)
    return len(key) > 2 and not is_noise(key) and not key.replace(" ", "").isdigit()


# Values of one or two capital letters are kept, to be matched only as written (is_code).
SHORT_CODES = True
# And so are a capital letter and a digit ("X5" chip, "A4" paper): a model code, as written.
CODES_WITH_DIGITS = True
# Values written as one number of 3+ digits are kept: a request may name one ("account 338").
NUMBER_KEYS = True
NUMBER_KEY_DIGITS = 3


def value_keys(known: Mapping[str, Mapping[str, list[str]]], kinds: bool = False) -> ValueKeys:
    """query -> parameter -> values, keyed (values of no use as names left out: stop words,
    numbers of one or two digits or of several words, one or two letters unless stored as a
    code in capitals: is_code). With `kinds`, the other keys of each usable value too
    (bot.library.value_spellings)."""
    keys: ValueKeys = {}
    for qname, params in known.items():
        for pname, values in params.items():
            kept: list[str] = []
            own: list[str] = []
            for value in values:
                key = words_key(value)
                if _usable(key, value) and "\t" not in value and "\n" not in value:
                    keys.setdefault(key, []).append((qname, pname, value))
                    kept.append(value)
                    own.append(key)
            if kinds and (SPELLED_KEYS or INITIALS_KEYS):
                own_key = dict(zip(kept, own, strict=True))  # words_key(value), not again
                for key, value in kind_keys(kept, own):
                    if (SPELLED_KEYS if key[0] == SPELLED else INITIALS_KEYS) and is_plain(
                        own_key[value]
                    ):
                        keys.setdefault(key, []).append((qname, pname, value))
    return keys


# A refresh stores each value's spelling without punctuation and its initials as keys.
SPELLED_KEYS = True
INITIALS_KEYS = True


def write_key_file(path: Path, keys: ValueKeys) -> None:
    max_words = max((k.count(" ") + 1 for k in keys), default=0)
    # Sorted by key only (a stable sort): a key's entries keep the library's order.
    lines = sorted(
        (f"{k}\t{q}\t{p}\t{v}".encode() for k, entries in keys.items() for q, p, v in entries),
        key=lambda line: line.split(b"\t", 1)[0],
    )
    body = b"".join(line + b"\n" for line in lines)  # no empty line when there is no value
    replace_file(path, f"{HEADER}{max_words}\n".encode() + body)


def replace_file(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all; readers see the old file or the new one.

    The temporary file's name is unique: two processes refreshing the same values at once (two
    `serve` processes starting together) each replace the file with a complete copy.
    """
    import tempfile  # only to write (~3 ms to import, which `match` does not pay)

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_NOT_BLANK = re.compile(rb"\S")


class KeyFile(Mapping[str, list[Entry]]):
    """A read-only mapping key -> entries over a sorted key file (binary search, no parsing)."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            self._mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        first = self._mm.find(b"\n")
        header = self._mm[:first].decode()
        self.version = next(
            (v for v in READ_VERSIONS if header.startswith(_HEADER_OF.format(v))), None
        )
        if self.version is None:
            raise ValueError(f"{path}: not a value key file of version {KEYS_VERSION}")
        self.max_words = int(header[len(_HEADER_OF.format(self.version)) :])
        self._start = first + 1
        # Asked on every match: found once, from the first byte that is not blank (no copy).
        self._has_lines = _NOT_BLANK.search(self._mm, self._start) is not None

    def _line_at(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding byte `pos`."""
        start = self._mm.rfind(b"\n", self._start - 1, pos) + 1
        end = self._mm.find(b"\n", pos)
        return start, (end if end >= 0 else len(self._mm))

    def _first_at_or_after(self, key: bytes) -> int:
        lo, hi = self._start, len(self._mm)
        while lo < hi:
            start, end = self._line_at((lo + hi) // 2)
            line_key = self._mm[start:end].split(b"\t", 1)[0]
            if line_key < key:
                lo = end + 1
            else:
                hi = start
        return lo

    def __getitem__(self, key: str) -> list[Entry]:
        needle = key.encode()
        pos = self._first_at_or_after(needle)
        out: list[Entry] = []
        while pos < len(self._mm):
            end = self._mm.find(b"\n", pos)
            end = end if end >= 0 else len(self._mm)
            fields = self._mm[pos:end].decode().split("\t")
            if len(fields) != 4 or fields[0] != key:  # past the key, or a blank line
                break
            _k, q, p, v = fields
            out.append((q, p, v))
            pos = end + 1
        if not out:
            raise KeyError(key)
        return out

    def __iter__(self) -> Iterator[str]:
        last = None
        for line in self._mm[self._start :].split(b"\n"):
            if line:
                key = line.split(b"\t", 1)[0].decode()
                if key != last:
                    yield key
                    last = key

    def entries(self) -> Iterator[Entry]:
        """Every (query, parameter, value) line, in one pass over the file."""
        for line in self._mm[self._start :].split(b"\n"):
            fields = line.decode().split("\t")
            if len(fields) == 4:
                yield fields[1], fields[2], fields[3]

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return self._has_lines


def open_key_file(path: Path) -> KeyFile | ValueKeys:
    """The key file at `path`, or {} when there is none (never an error on the match path)."""
    try:
        return KeyFile(path)
    except (OSError, ValueError):
        return {}


def all_entries(stored: KeyFile | Mapping[str, list[Entry]]) -> Iterator[Entry]:
    """Every (query, parameter, value) of a key file or of keys held in memory."""
    if isinstance(stored, KeyFile):
        yield from stored.entries()
        return
    for entries in stored.values():
        for q, p, v, *_rest in entries:
            yield q, p, v
