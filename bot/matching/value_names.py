"""People's names said otherwise than a known value stores them: written surname first ("Davis
Steven" for a stored "Steven Davis"), or whole where the parameter takes one part of it ("taught
by OTHA MOYER" where the teacher is known by the last name MOYER, "the student GELL TAMI").

  * reversed: a run of two or three words that are the words of exactly one known value, in
    another order, names that value;
  * the other part: a word right before or after a named value, that a query shows in a column
    named as a name ("FirstName") beside the value's own column of names ("LastName"), is the
    rest of the person's name: the named value's span takes it in, so it is no unknown word, no
    breakdown ("by OTHA"), no word the query leaves unused. The value bound is unchanged.

Both need the words to be stored values: nothing is guessed from a word's shape. General English
only ("name")."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import is_noise

# Off: a name said surname first is read as its words, each perhaps part of a value.
REVERSED_NAMES = True
# Off: the other part of a person's name beside a known value is an unknown word of the request.
NAME_PARTS_BESIDE = True
REVERSED_MAX_WORDS = 3
_NAME = "name"  # a column holding a part of a person's name says so ("FirstName", "surname")

Tok = tuple[str, int, int]


class NamesReader:
    """Names read over `self.known` and `self.shown` (set by the class that mixes it in)."""

    known: Any
    shown: Any  # bot.matching.shown_named.ShownValues
    _part_keys: Any  # bot.matching.value_parts.PartsReader

    def _reversed_not_exact(self, toks: list[Tok], i: int, text: str) -> tuple[str, int] | None:
        """A name said surname first, unless a value of as many words or more is said as
        stored at `i` (`_exact` is the value index's)."""
        rev = self._reversed(toks, i, text)
        if rev is None:
            return None
        exact = self._exact(toks, i, text)  # type: ignore[attr-defined]
        return None if exact and exact[1] >= rev[1] else rev

    def _reversed(self, toks: list[Tok], i: int, text: str) -> tuple[str, int] | None:
        """(the one known value whose words the run at `i` holds in another order, the run's
        length), the longest such run, or None."""
        if not REVERSED_NAMES or not self.known:
            return None
        for n in range(min(REVERSED_MAX_WORDS, len(toks) - i), 1, -1):
            run = [w for w, _s, _e in toks[i : i + n]]
            if any(not w.isalpha() or is_noise(w) for w in run):
                continue
            if any(not text[s:e][:1].isupper() for _w, s, e in toks[i : i + n]):
                continue  # a name is written with capitals ("Davis Steven", "GELL TAMI")
            said = sorted(run)
            parts = self._part_keys()
            anchor = min(run, key=parts.size)
            fits = {
                key
                for key in parts.get(anchor, ())
                if sorted(key.split(" ")) == said and key != " ".join(run) and key in self.known
            }
            if len(fits) == 1:
                return fits.pop(), n
            if fits:
                return None
        return None

    def _name_part(self, word: str, value: str) -> bool:
        """`word` is shown by a query in a column named as a name other than a column of names
        in which the same query shows `value` (a first name beside a last name)."""
        if not NAME_PARTS_BESIDE or not word.isalpha() or is_noise(word) or word in self.known:
            return False
        lookup = self.shown.shown
        own = {(q, c) for q, c, _v in lookup.get(value, ()) if _NAME in c.lower()}
        if not own:
            return False
        queries = {q for q, _c in own}
        return any(
            q in queries and _NAME in c.lower() and (q, c) not in own
            for q, c, _v in lookup.get(word, ())
        )

    def with_name_parts(
        self, toks: list[Tok], text: str, hits: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """`hits` (key, first token, token count) widened by one word on either side that is
        the rest of a person's name (`_name_part`): a word of no other hit, right beside the
        value (no punctuation between) and written with a capital, even a word the library
        knows ("find a teacher named LEIA")."""
        if not NAME_PARTS_BESIDE or not hits:
            return hits
        taken = {t for _k, a, n in hits for t in range(a, a + n)}

        def beside(at: int, key: str, near: int) -> bool:
            if not 0 <= at < len(toks) or at in taken:
                return False
            word, s, e = toks[at]
            lo, hi = sorted((toks[near][1:], (s, e)))
            return (
                not text[lo[1] : hi[0]].strip()
                and text[s:e][:1].isupper()
                and self._name_part(word, key)
            )

        out = []
        for key, a, n in hits:
            if n == 1 and " " not in key:
                if beside(a - 1, key, a):
                    taken.add(a - 1)
                    a, n = a - 1, n + 1
                if beside(a + n, key, a + n - 1):
                    taken.add(a + n)
                    n += 1
            out.append((key, a, n))
        return out
