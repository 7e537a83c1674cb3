"""Known values as the matcher looks them up: the stored key file and the values kept in
memory (a header's `values:` list, values set by a test) as one mapping, and the request's
text with its numbers written back in, where a value may hold them ("47 MySakila Drive")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from bot.language.entities import Entities
from bot.library.value_keys import KEYS_VERSION, Entry, ValueKeys
from bot.library.value_spellings import is_plain


class KnownLookup:
    """Known values from the stored key file (searched in place) and from memory, as one.

    Iterated, it gives the keys made of values' words only: the other kinds of key
    (bot.library.value_spellings) are asked for by name."""

    def __init__(self, stored: Mapping[str, list[Entry]], extra: ValueKeys) -> None:
        self.stored, self.extra = stored, extra
        self.stored_max_words = getattr(stored, "max_words", 0) or max(
            (k.count(" ") + 1 for k in stored), default=0
        )
        # A key file written before its values had other kinds of key (version 1) has none.
        self.stored_has_kinds = getattr(stored, "version", KEYS_VERSION) >= 2

    def __contains__(self, key: str) -> bool:
        return key in self.extra or key in self.stored

    def __bool__(self) -> bool:
        return bool(self.extra) or bool(self.stored)

    def __iter__(self) -> Iterator[str]:
        yield from (k for k in self.extra if is_plain(k))
        yield from (k for k in self.stored if k not in self.extra and is_plain(k))

    def get(self, key: str, default: Any = ()) -> list[Entry]:
        found = [*self.extra.get(key, ()), *self.stored.get(key, ())]
        return found or default


def with_numbers(masked: str, ent: Entities) -> str:
    """`masked` with the request's numbers and codes written back in: a known value may hold
    them ("47 MySakila Drive", "Airbus A340-300")."""
    chars = list(masked)
    spans = [(n.start, n.end) for n in ent.numbers] + [(s, e) for _v, s, e in ent.id_tokens]
    for s, e in spans:
        if any(c.isdigit() for c in ent.text[s:e]):  # "four wines" is no winery "Four Vines"
            chars[s:e] = ent.text[s:e]
    return "".join(chars)
