"""Whose id a number is, by the noun said with it: "order no. 334455", "order #33149", "ord
no. 7898" name an order. A query whose id parameter is for that noun takes the number; a query
none of whose parameters is about that noun (a customer lookup) does not read it as its own id,
though the request says "customer" elsewhere ("customer says order no. 334455 arrived broken").
General English only: the nouns come from the library's parameters.
"""

from __future__ import annotations

from bot.language import number_names
from bot.language.entities import Entities, Number
from bot.language.textnorm import stem, words
from bot.library.model import Library, ParamDef
from bot.library.types.base import param_cues
from bot.library.types.number_said import ID_PARTS, names_ids

# Switch (benchmarks/ablation_matcher.py): off, "order no. 123" may be any id parameter's.
ID_OF_ANOTHER_NOUN = True
_ID_WORDS = ID_PARTS | {"#"}


def said_owner(ent: Entities, num: Number) -> str:
    """The stem of the noun `num` is said to be the id of ("order no. 5", "order #5",
    "order id 5"), or ""."""
    before = num.before
    hashed = ent.text[num.start : num.start + 1] == "#" or ent.text[: num.start].endswith("#")
    if hashed and before:
        noun = before[-1]
    elif len(before) >= 2 and before[-1] in _ID_WORDS:
        noun = before[-2]
    else:
        return ""
    return stem(noun) if noun.isalpha() and len(noun) >= 3 else ""


def _names(owner: str, nouns: frozenset[str]) -> bool:
    """`owner` is one of `nouns`, or cut short of one ("ord" for order)."""
    return any(n == owner or n.startswith(owner) for n in nouns)


class IdOwners:
    """Each query's id nouns, and the words of its parameters, title and keywords, read once
    per library."""

    def __init__(self, library: Library) -> None:
        self.ids: dict[str, frozenset[str]] = {}
        self.words: dict[str, frozenset[str]] = {}
        for q in library:
            id_nouns: set[str] = set()
            # its title's and keywords' words too: "account #1367" is a customer lookup's when
            # its keywords say "account"
            every = {stem(w) for w, _s, _e in words(" ".join((q.title, *q.keywords)))}
            for p in q.params:
                cues = param_cues(p)
                every |= cues
                label = (p.label or "").lower().split()
                if names_ids(p) or (label and label[-1] in ID_PARTS):
                    id_nouns |= {c for c in cues if c not in ID_PARTS and len(c) > 2}
            self.ids[q.name] = frozenset(id_nouns)
            self.words[q.name] = frozenset(every)
        # the nouns the library gives ids to: "order 2024" names an order
        self.nouns = frozenset(n for q in library for p in q.params for n in nouns_of_an_id(p))

    def _noun_before(self, num: Number) -> str:
        """The noun of an id the library gives right before `num` ("order 2024"), or ""."""
        if not number_names.after_id_noun(
            num.before, num.value, num.money, num.percent, self.nouns
        ):
            return ""
        return stem(num.before[-1])

    def held(self, query: str, ent: Entities) -> tuple[tuple[int, int], ...]:
        """Spans of the numbers said as ids of a noun another query's id parameter is for
        and none of `query`'s parameters, title or keywords is about: `query` does not read
        them."""
        if not ID_OF_ANOTHER_NOUN:
            return ()
        out = []
        for num in ent.numbers:
            owner = said_owner(ent, num) or self._noun_before(num)
            if not owner or _names(owner, self.words.get(query, frozenset())):
                continue
            if any(_names(owner, nouns) for q, nouns in self.ids.items() if q != query):
                out.append((num.start, num.end))
        return tuple(out)


def nouns_of_an_id(p: ParamDef) -> set[str]:
    """The stems of what id parameter `p` is the id of: its name's words that are no id word
    (`order_id`: order; `stuid`), and the word right before its label's id word ("student id":
    student; "customer email or id" names none that way); none for a parameter that holds no id."""
    label = (p.label or "").lower().split()
    if not names_ids(p) and not (label and label[-1] in ID_PARTS):
        return set()
    out = {w for w in p.name.lower().split("_") if w not in ID_PARTS and len(w) > 2}
    at = max((k for k, w in enumerate(label) if w in ID_PARTS), default=0)
    if at and label[at - 1].isalpha() and len(label[at - 1]) > 2:
        out.add(label[at - 1])
    return {stem(w) for w in out}
