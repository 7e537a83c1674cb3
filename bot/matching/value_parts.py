"""Known values said in part ("San Jose State" for a stored "San Jose State University",
"Jetblue" for "JetBlue Airways", "Sawayn" for "Janessa Sawayn"): a run of a request's words that
is a run of the words of exactly one longer known value names that value. Where the run fits
several values, nothing is named: a value picked among several is a wrong number."""

from __future__ import annotations

import re
from typing import Any

from bot.language.textnorm import is_noise, stem
from bot.library.model import Library
from bot.library.value_parts_file import part_words

PARTIAL_VALUES = True
PART_MAX_WORDS = 4  # the longest run of a request's words looked up as part of a value
PART_MIN_LENGTH = 4  # a lone word shorter than this is too common to name a value in part
# Where a parameter compared with LIKE ("name ILIKE :prefix || '%'") takes a value, a part of it
# may be meant as said ("names starting with Orbit": every Orbit...): no part names that value.
_LIKE = re.compile(r"\bI?LIKE\s[^:\n]{0,30}:(\w+)", re.I)


def like_params(library: Library) -> frozenset[tuple[str, str]]:
    """(query, parameter) of the parameters the SQL compares with LIKE or ILIKE."""
    return frozenset((q.name, m.group(1)) for q in library for m in _LIKE.finditer(q.sql))


class PartsReader:
    """Part-of-a-value lookup over `self.known` (set by the class that mixes it in)."""

    known: Any
    _like: frozenset[tuple[str, str]]  # (query, parameter) compared with LIKE: like_params
    _exact: Any  # the value named exactly at a word (bot.matching.values)
    # word -> the known keys of several words holding it; built on the first run worth a look
    _parts: Any = None
    _stored_parts: Any = None  # the parts file of the stored values (None: build them all)

    def _part_or_exact(
        self, toks: list[tuple[str, int, int]], i: int, text: str, vocab: Any
    ) -> tuple[str, int] | None:
        """The value named at `i` exactly, or in part over more words ("Fresno State" for
        "Fresno State University", not the city Fresno), unless the word after the exact
        value names its parameter ("New York state")."""
        exact = self._exact(toks, i, text)
        if (
            exact
            and i + exact[1] < len(toks)
            and self._names_param_of(exact[0], toks[i + exact[1]][0])
        ):
            return exact
        return self._by_part(toks, i, text, vocab, exact[1] if exact else 0) or exact

    def _names_param_of(self, key: str, word: str) -> bool:
        return any(stem(p) == stem(word) for _q, p, _v in self.known.get(key, ()))

    def _by_part(
        self, toks: list[tuple[str, int, int]], i: int, text: str, vocab: Any, longer_than: int
    ) -> tuple[str, int] | None:
        """(the one known value whose words the run at `i` is part of, the run's length): the
        longest such run of more than `longer_than` words, or None."""
        if not PARTIAL_VALUES or not self.known:
            return None
        top = min(PART_MAX_WORDS, len(toks) - i)
        for n in range(top, longer_than, -1):
            run = [w for w, _s, _e in toks[i : i + n]]
            if not self._worth_a_look(toks, i, n, text, vocab):
                continue
            keys = self._holding(run)
            if len(keys) == 1 and not any(
                (q, p) in self._like for q, p, _v in self.known.get(keys[0], ())
            ):
                return keys[0], n
            if len(keys) > 1:
                return None  # a longer run fits several values: a shorter one cannot say which
        return None

    def _worth_a_look(
        self, toks: list[tuple[str, int, int]], i: int, n: int, text: str, vocab: Any
    ) -> bool:
        """A run that could be a name: no number, no stop word at either end, and a name word
        (one the library does not use, or a known value) or one written with a capital; a lone
        word must be both (written as a name inside a sentence, "the airline Jetblue")."""
        run = toks[i : i + n]
        if any(not w.isalpha() for w, _s, _e in run):
            return False
        if is_noise(run[0][0]) or is_noise(run[-1][0]):
            return False
        written = [text[s:e] for _w, s, e in run]
        # a word the library does not use, or a known value's name ("Fresno" in "fresno state")
        strange = [stem(w) not in vocab or w in self.known for w, _s, _e in run if not is_noise(w)]
        capital = [w[:1].isupper() for w in written]
        if n == 1:
            word, start, _e = run[0]
            before = text[:start].rstrip()
            opens = not before or before[-1] in ".!?:\"'(“"
            return len(word) >= PART_MIN_LENGTH and strange[0] and capital[0] and not opens
        content = [w for w, _s, _e in run if not is_noise(w)]
        # In A Request Written In Title Case a capital says nothing of a name.
        return len(content) >= 2 and (any(strange) or (any(capital) and not _title_cased(text)))

    def _part_keys(self) -> Any:
        """Word -> the known keys of several words that hold it (`.get`): the stored values'
        from the file `queries refresh-values` wrote, the others' built on first use."""
        if self._parts is None:
            stored = self._stored_parts
            parts: dict[str, list[str]] = {}
            for key in self.known if stored is None else self.known.extra:
                if " " in key:
                    for w in part_words(key):
                        held = parts.get(w)
                        if held is None:
                            parts[w] = [key]
                        else:
                            held.append(key)
            self._parts = _StoredAndMemory(stored, parts)
        return self._parts

    def _holding(self, run: list[str]) -> list[str]:
        """The known keys of more words than `run` whose words hold `run`, in order and
        together ("san jose state" in "san jose state university")."""
        parts = self._part_keys()
        anchor = min((w for w in run if not is_noise(w)), key=parts.size)
        phrase = " " + " ".join(run) + " "
        return [
            key
            for key in parts.get(anchor, ())
            # (a parts file left by a refresh cut short may name a key no longer stored)
            if key.count(" ") + 1 > len(run) and phrase in f" {key} " and key in self.known
        ]


class _StoredAndMemory:
    """The stored parts file (if any) and the parts of values held in memory, read as one."""

    def __init__(self, stored: Any, memory: dict[str, list[str]]) -> None:
        self.stored, self.memory = stored, memory

    def get(self, word: str, default: Any = ()) -> Any:
        if self.stored is None:
            return self.memory.get(word, default)
        found = [*self.memory.get(word, ()), *self.stored.get(word, ())]
        return list(dict.fromkeys(found)) or default

    def size(self, word: str) -> int:
        return len(self.memory.get(word, ())) + (self.stored.size(word) if self.stored else 0)


def _title_cased(text: str) -> bool:
    """Most of the words of `text` start with a capital."""
    heads = [w[0] for w in text.split() if w[:1].isalpha()]
    return sum(c.isupper() for c in heads) * 2 > len(heads)
