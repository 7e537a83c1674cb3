"""Which parameter of a query takes each known value a request names (bot.matching.values):
the value's own words ("Monterey county"), then the words beside it and its clause's."""

from __future__ import annotations

from typing import Any

from bot.language.textnorm import stem, words
from bot.library.types.base import name_stems as _name_stems
from bot.matching.joined_params import fits_another, joined_with
from bot.matching.value_roles import clause_leans, left_for_next, names_its_param

NamedValue = tuple[str, int, int, set[str]]  # key, start, end, owners (queries, param keys)


class HitsReader:
    """Binding of named values over `self.known` (set by the class that mixes it in)."""

    known: Any

    def hits(
        self, query: str, named: list[NamedValue], text: str = ""
    ) -> dict[str, tuple[str, int, int]]:
        """The known values the request names for `query`'s parameters: param -> (value, span).
        When a value fits several parameters (start and end city), the words around it choose
        ("from Mountain View" for start_city, "ended at Palo Alto" for end_city, "the North
        Coast area" for area), then its clause's (bot.matching.value_roles)."""
        hits: dict[str, tuple[str, int, int]] = {}
        for key, s, e, _owners in named:
            head, _sp, last = key.rpartition(" ")
            for qname, pname, value in self.known.get(head, ()):
                # "Monterey county": the value Monterey of the parameter called county.
                if qname == query and stem(last) == stem(pname) and pname not in hits:
                    hits[pname] = (value, s, e)
            if any(h[1] == s for h in hits.values()):
                continue
            fits = [
                (p, v)
                for q, p, v in self.known.get(key, ())
                if q == query and p not in hits and not names_its_param(key, text[s:e], p)
            ]
            if fits:
                before = {stem(w) for w, _s, _e in words(text[max(0, s - 40) : s])[-3:]}
                # "in the North Coast area": the word just after a value names its parameter.
                after = {stem(w) for w, _s, _e in words(text[e : e + 30])[:1]}
                leans = clause_leans([p for p, _v in fits], text, s)
                nxt = left_for_next(named, e, text, {p for p, _v in fits}, self._fits_of(query))
                pname, value = max(
                    fits,
                    key=lambda f: (
                        # "from X to Y": X's own "from" before it, not Y's "to" after it
                        len(_name_stems(f[0]) & before),
                        len(_name_stems(f[0]) & after),
                        -int(f[0] in nxt),
                        leans.get(f[0], 0),
                    ),
                )
                hits[pname] = (value, s, e)
                for other in joined_with(pname, [p for p, _v in fits], text, s):
                    if not fits_another(self.known, query, other, key, named):
                        hits[other] = (dict(fits)[other], s, e)  # "source and destination in X"
        return hits

    def _fits_of(self, query: str) -> Any:
        return lambda key: {p for q, p, _v in self.known.get(key, ()) if q == query}
