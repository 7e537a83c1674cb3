"""The values a library's parameters take, as a request names them: choices and their
synonyms, and known values (docs/query-library.md) read from the warehouse ahead of time.

A request is scanned once for every value of every query (longest first, case and accents
folded); a value then binds exactly as stored to the query whose parameter takes it, and counts
against a query that would drop it ("APAC" for a query with no region). Known values arrive
already keyed (bot.library.known_values), so a library with 100,000 of them indexes in
milliseconds; who takes a value is worked out only for the values a request names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.language.entities import NEGATIONS, Entities
from bot.language.textnorm import is_noise, stem, words
from bot.library.known_values import header_values
from bot.library.model import Library, QueryDef
from bot.library.value_keys import is_code, value_keys, words_key
from bot.matching.bound_label import in_bound_label
from bot.matching.choices_apart import choices_apart
from bot.matching.known_lookup import KnownLookup, with_numbers
from bot.matching.library_words import names_columns
from bot.matching.number_units import unit_mismatches  # noqa: F401 - re-exported for callers
from bot.matching.number_values import (
    ParamCues,
    digits_alone,
    held_elsewhere,
    known_numbers,
    number_bound,
)
from bot.matching.shown_named import ShownValues
from bot.matching.sort_only import sorts_only
from bot.matching.value_demonyms import demonym_value
from bot.matching.value_hits import HitsReader, NamedValue
from bot.matching.value_initials import InitialsReader
from bot.matching.value_names import NamesReader
from bot.matching.value_parts import PartsReader, like_params
from bot.matching.value_plurals import plural_value
from bot.matching.value_spelled import SpelledReader
from bot.matching.value_typos import TypoReader

MAX_VALUE_WORDS = 8  # the longest value name looked for in a request, in words
NEGATION_REACH = 5
# "Sonoma county" names the value Sonoma of the parameter county (see _named_param).
NAMED_PARAM_OWNS = True  # words before a value in which "not" / "without" negates it
# "captains of rank Midshipman or Lieutenant": a second known value of a text filter that holds
# one is a second value, as for a choice (off: choices only).
KNOWN_SECOND_VALUES = True


@lru_cache(maxsize=4096)
def param_key(name: str) -> str:
    """A parameter's name as a key shared by queries ("region", "regions" -> "param:region")."""
    return "param:" + stem(name.lower())


class ValueIndex(TypoReader, InitialsReader, PartsReader, SpelledReader, HitsReader, NamesReader):
    def __init__(self, library: Library) -> None:
        # Choices and synonyms: key -> (query, param, the choice it binds, as a key).
        self.choices: dict[str, list[tuple[str, str, str]]] = {}
        for q in library:
            for p in q.params:
                for phrase in (*p.choices, *p.synonyms):
                    key = words_key(phrase)
                    if _usable(key) or is_code(phrase):
                        target = words_key(p.synonyms.get(phrase, phrase))
                        self.choices.setdefault(key, []).append((q.name, p.name, target))
        # Known values: key -> [(query, param, value as stored)], keyed ahead of time.
        extra = value_keys(library.known_values, kinds=True)
        for key, entries in value_keys(header_values(library), kinds=True).items():
            extra.setdefault(key, []).extend(entries)
        self.known = KnownLookup(library.value_keys, extra)
        self._stored_parts = library.value_parts
        # Values of the columns queries show (bot.matching.shown_named): words, no binds.
        self.shown = ShownValues(library, self.known, self.choices, self._as_code)
        longest = max((k.count(" ") + 1 for k in (*self.choices, *extra)), default=0)
        self.max_words = min(max(longest, self.known.stored_max_words), MAX_VALUE_WORDS)
        self._owners: dict[str, set[str]] = {}
        self._fuzzy, self._close_seen = None, {}  # typos: bot.matching.value_typos
        self._initials = None  # bot.matching.value_initials
        self._parts = None  # values said in part: bot.matching.value_parts
        self._like = like_params(library)
        self._short = None  # short names mistyped: bot.matching.value_typos
        # Each parameter's words, read with the index, not by the first request that needs them
        # (185 ms for a 2,000-query library).
        self._cues = ParamCues(library)
        # Parameters that filter rows: no default, so a value given restricts what is returned
        # (a grain or a sort order has a default and only shapes the result).
        # A choice with no default that only the SQL's last ORDER BY reads ("direction: desc,
        # asc") shapes the result too (bot.matching.sort_only).
        self.filters = {
            (q.name, p.name)
            for q in library
            for p in q.params
            if p.default is None and not sorts_only(q, p)
        }
        # Choices only the SQL's last ORDER BY reads, default or not: orders, no filters.
        self.orders_only = {(q.name, p.name) for q in library for p in q.params if sorts_only(q, p)}

    def warm(self) -> None:
        """Build now the lookups a request would otherwise build on first use (typos, initials,
        values said in part: ~100 ms over 100,000 known values), for a long-running process;
        the CLI's one request builds only what it needs."""
        self._short_keys(), self._fuzzy_keys(), self._initial_keys(), self._part_keys()

    def owners(self, key: str) -> set[str] | None:
        """The queries and parameter keys that take the value `key` (None: no such value)."""
        hit = self._owners.get(key)
        if hit is None and (key in self.choices or key in self.known):
            hit = set()
            for q, p, _v in (*self.choices.get(key, ()), *self.known.get(key, ())):
                hit.update((q, param_key(p)))
            self._owners[key] = hit
        return hit

    def targets(self, key: str) -> set[str]:
        """The values (as keys) that naming `key` binds: a synonym binds its choice."""
        out = {t for _q, _p, t in self.choices.get(key, ())}
        return out | ({key} if key in self.known else set())

    def named(
        self,
        masked: str,
        vocab: set[str] | frozenset[str] = frozenset(),
        ent: Entities | None = None,
    ) -> list[NamedValue]:
        """Values the request names: (key, start, end, owners), longest first at each word,
        not overlapping; a long known value also when mistyped, if the typo is no library word.
        With `ent`, a value may hold its numbers and codes ("1031 Daugavpils Parkway")."""
        if not self.max_words:
            return []
        if ent is not None and VALUES_HOLD_NUMBERS:
            masked = with_numbers(masked, ent)
        digits = self._value_digits(ent) if ent is not None and self.known else {}
        toks = words(masked)
        hits: list[tuple[str, int, int]] = []
        i = 0
        while i < len(toks):
            n = (
                self._reversed_not_exact(toks, i, masked)
                or self._part_or_exact(toks, i, masked, vocab)
                or self._number(toks, i, digits)
                or plural_value(self.known, toks, i, min(self.max_words, 3))
                or demonym_value(self.known, toks, i, masked)
                or self._spelled(toks, i, masked, vocab)
                or self._typo(toks, i, vocab)
                or self._by_initials(toks, i, masked, vocab)
                or self._short_typo(toks, i, masked, vocab)
            )
            if n:
                hits.append((n[0], i, n[1]))
                i += n[1]
            else:
                i += 1
        found = []
        for key, i, length in self.with_name_parts(toks, masked, hits):
            owners = self._named_param(key) or self.owners(key) or set()
            found.append((key, toks[i][1], toks[i + length - 1][2], owners))
        return found

    def _named_param(self, key: str) -> set[str]:
        """ "Sonoma county": the value Sonoma of parameters called county (as hits() binds
        it), whatever else the whole name is (an appellation called "Sonoma County")."""
        head, _sp, last = key.rpartition(" ")
        if not head or not NAMED_PARAM_OWNS:
            return set()
        out: set[str] = set()
        for q, p, _v in self.known.get(head, ()):
            if stem(p) == stem(last):
                out.update((q, param_key(p)))
        return out

    def _exact(self, toks: list[tuple[str, int, int]], i: int, text: str) -> tuple[str, int] | None:
        for n in range(min(self.max_words, len(toks) - i), 0, -1):
            key = " ".join(w for w, _s, _e in toks[i : i + n])
            if digits_alone(toks[i : i + n]):
                continue  # "1031" alone is a number, read as one (bot.library.types)
            if key in self.choices or key in self.known:
                if len(key) <= 2 and not self._as_code(key, text[toks[i][1] : toks[i][2]]):
                    continue
                return key, n
        return None

    def _number(
        self, toks: list[tuple[str, int, int]], i: int, digits: dict[int, str]
    ) -> tuple[str, int] | None:
        """A number written as a known value ("account name 338"): bot.matching.number_values."""
        word, start, _e = toks[i]
        if digits.get(start) == word and word in self.known:
            return word, 1
        return None

    def _value_digits(self, ent: Entities) -> dict[int, str]:
        """The numbers (start -> digits) that are known values of text parameters the words
        next to them announce (bot.matching.number_values)."""
        return known_numbers(ent, lambda digits: self.known.get(digits, ()), self._cues)

    def held_numbers(self, query: str, named: list[NamedValue]) -> tuple[tuple[int, int], ...]:
        """Spans of the numbers named as other queries' known values only (not `query`'s)."""
        return held_elsewhere(named, query) if named else ()

    def _as_code(self, key: str, written: str) -> bool:
        """A one- or two-letter value counts only written as the code it is stored as ("UK"
        for UK; never "us" or "in")."""
        if not is_code(written):
            return False
        # a short choice or synonym is kept only where the library writes it as a code
        return key in self.choices or written in (v for _q, _p, v in self.known.get(key, ()))

    def unused_values(
        self,
        query: QueryDef,
        own: dict[str, float],
        binds: dict[str, Any],
        named: list[NamedValue],
        text: str,
        breakdowns: frozenset[str] = frozenset(),
        columns: frozenset[str] = frozenset(),
    ) -> tuple[list[str], list[str], list[str]]:
        """Named values `query` would not use, as written: (those not among its own words:
        values only other queries' parameters take, a second value for a parameter that holds
        one, a negated value; the second values for a filter that holds one, "how many are
        male and how many female"; and, of the first, those that are values of another query's
        filter, "refund reasons for apparel"). A filter on what the query's rows are grouped by
        (`breakdowns`) shows every value anyway; a value whose every word names a column of
        the query's SQL (`columns`: "the flight number", "family name") names that column."""
        if not named:  # most requests name no value
            return [], [], []
        takes = {query.name, *(param_key(p.name) for p in query.params)}
        bound = {words_key(v) for v in binds.values() if isinstance(v, str)}
        dropped: list[str] = []
        seconds: list[str] = []
        filters: list[str] = []
        for key, s, e, owners in named:
            head, _sp, last = key.rpartition(" ")
            taken = owners & takes and (
                self.targets(key) & bound
                # "Monterey county": the value Monterey bound to the parameter county (hits)
                or (
                    NAMED_PARAM_OWNS
                    and head in bound
                    and any(stem(last) == stem(p.name) for p in query.params)
                )
            )
            if not taken and owners & takes and in_bound_label(query, binds, key):
                continue  # "by departure" of "by departure cities", the bound origin's label
            if not taken and key.isdigit() and number_bound(key, binds):
                continue  # a number one of its numeric parameters took ("order 551")
            second = not taken and self._held_otherwise(query, key, binds, breakdowns)
            own_word = all(stem(w) in own for w in key.split()) or (
                COLUMN_WORDS_NOT_VALUES and names_columns(key, columns)
            )
            if own_word and not second:
                continue
            # "not using X", "without X": a filter on X would return the opposite.
            before = {w for w, _s, _e in words(text[max(0, s - 60) : s])[-NEGATION_REACH:]}
            if (
                GROUPED_VALUES_SHOWN
                and not taken
                and not second
                and _grouped_by(owners, breakdowns)
                and not (NEGATED_NOT_SHOWN and before & NEGATIONS)
            ):
                continue  # "enrollment in the state FL" from rows per state: FL's row is shown
            if RANKINGS_NOT_DROPPED and not second and self._only_ranking(key):
                continue  # "the most transactions": another query's sort order, no filter
            if not taken or before & NEGATIONS:
                if not own_word:
                    dropped.append(text[s:e])
                    if self._filters_elsewhere(key, query.name):
                        filters.append(text[s:e])
                if second:
                    seconds.append(text[s:e])
        return dropped, seconds, filters

    def shown_in_rows(
        self, query: QueryDef, named: list[NamedValue], per: frozenset[str]
    ) -> list[tuple[int, int]]:
        """Spans of the named values no parameter of `query` takes that are values of what its
        rows are grouped by (`per`): each is shown in its own row, none is unused."""
        if not GROUPED_VALUES_SHOWN:
            return []
        takes = {query.name, *(param_key(p.name) for p in query.params)}
        return [
            (s, e) for _k, s, e, owners in named if not owners & takes and _grouped_by(owners, per)
        ]

    def shown_apart(
        self, query: QueryDef, binds: dict[str, Any], named: list[NamedValue], per: frozenset[str]
    ) -> list[str]:
        """Filters of `query` on what its rows are grouped by (`per`) for which the request
        names two or more of the choices ("delivered vs returned vs cancelled orders"): each
        is a row of the result, so the filter is left unset (bot.matching.choices_apart)."""
        return choices_apart(self.choices, query, binds, named, per)

    def _only_ranking(self, key: str) -> bool:
        """`key` says a ranking ("most transactions", "largest") and only parameters with a
        default take it (a sort order, not a filter); or only choices the SQL reads after its
        last ORDER BY take it, whatever its words."""
        said_apart = key.split(" ", 1)[0] in _BREAKDOWN_WORDS  # "per day": a breakdown said
        entries = self.choices.get(key, ()) if key not in self.known and not said_apart else ()
        if ORDER_CHOICES_NOT_DROPPED and entries:
            return all((q, p) in self.orders_only for q, p, _v in entries) or self._ranked(key)
        return self._ranked(key)

    def _ranked(self, key: str) -> bool:
        ranks = _RANK_WORDS | _ORDER_WORDS if ORDER_WORDS_NOT_DROPPED else _RANK_WORDS
        if not any(w in ranks or (len(w) > 4 and w.endswith("est")) for w in key.split()):
            return False
        return not any((q, p) in self.filters for q, p, _v in self.choices.get(key, ()))

    def _filters_elsewhere(self, key: str, query: str) -> bool:
        """`key` is a value (a choice, synonym or known value) of another query's filter."""
        return any(
            q != query and (q, p) in self.filters
            for q, p, _v in (*self.choices.get(key, ()), *self.known.get(key, ()))
        )

    def _held_otherwise(
        self, query: QueryDef, key: str, binds: dict[str, Any], breakdowns: frozenset[str]
    ) -> bool:
        """`key` is a choice of a filter of `query` (no default, not what its rows are grouped
        by) that holds another value."""
        filters = {
            p.name for p in query.params if p.default is None and stem(p.name) not in breakdowns
        }
        entries = list(self.choices.get(key, ()))
        if KNOWN_SECOND_VALUES:
            # "a driver with the last name Lewis": the parameter's own name is no second value
            entries += [
                (q, p, words_key(str(v)))
                for q, p, v in self.known.get(key, ())
                if not {stem(w) for w in key.split()} <= {stem(w) for w in p.split("_")}
            ]
        for qname, pname, target in entries:
            held = binds.get(pname)
            if (
                qname == query.name
                and pname in filters
                and isinstance(held, str)
                and words_key(held) != target
                and not _part_of(target, words_key(held))
            ):
                return True
        return False


def _part_of(one: str, other: str) -> bool:
    """The words of one value are all words of the other ("Lowe" of "Lucie Lowe")."""
    a, b = set(one.split()), set(other.split())
    return a <= b or b <= a


def _grouped_by(owners: set[str], per: frozenset[str]) -> bool:
    """A parameter that takes the value is named as what the rows are grouped by."""
    return any(o.startswith("param:") and o[6:] in per for o in owners)


@lru_cache(maxsize=4096)
def _usable(key: str) -> bool:
    return len(key) > 2 and not is_noise(key) and not key.replace(" ", "").isdigit()


# A value that names a ranking only other queries' sort orders take is no dropped constraint:
# "the account with the most transactions" from accounts ranked by transactions.
RANKINGS_NOT_DROPPED = True
_RANK_WORDS = frozenset(["most", "least", "top", "bottom", "best", "worst", "fewest"])
# So is any phrase only choices read after the SQL's last ORDER BY take, whatever its words
# ("number of devices" for a sort by devices stocked): dropping an order leaves every figure as
# it is (off: rank words only).
ORDER_CHOICES_NOT_DROPPED = True
_BREAKDOWN_WORDS = frozenset(["per", "by", "each", "every"])
# So is an order said outright ("sort the results in alphabetic order", "descending").
ORDER_WORDS_NOT_DROPPED = True
_ORDER_WORDS = frozenset(
    ["alphabetic", "alphabetical", "alphabetically", "ascending", "descending"]
)
# A known value may hold numbers and codes the request writes ("47 MySakila Drive", "Airbus
# A340-300"): they are read back into the text the values are looked for in.
VALUES_HOLD_NUMBERS = True
# A value of another query whose every word names a column of this query's SQL ("show the
# flight number", "the student with family name Zieme") names that column, no dropped filter.
COLUMN_WORDS_NOT_VALUES = True
# A value of another query's filter on what this query's rows are grouped by ("the state FL"
# for rows per state) is shown in its own row: no constraint dropped.
GROUPED_VALUES_SHOWN = True
# ... unless negated: X's own row never answers "devices whose platform is not X".
NEGATED_NOT_SHOWN = True
