"""The `bool` type: a flag such as `include_contractors`, set by naming its subject
("with contractors", "excluding contractors") or by yes/no in a form."""

from __future__ import annotations

from typing import Any

from bot.errors import UserFacingError
from bot.language.entities import NEGATIONS
from bot.language.textnorm import STOPWORDS, single_letters, stem, words
from bot.library.types import base
from bot.library.types.base import Clip, FormField, Option, ParamDef, label, select_element

# Words in a flag's name that say how, not what ("include_contractors" is about contractors).
_FLAG_VERBS = {
    "include",
    "exclude",
    "show",
    "only",
    "with",
    "without",
    "is",
    "has",
    "use",
    "add",
    "incl",
    "excl",
}


# A flag whose label says an absence ("unassigned": "only employees without a department") is
# named by that absence ("employees without a department"); the label's words before it name
# the rows every query of its kind lists ("employees"), never the flag.
FLAG_LABEL_NEGATION = True


def find_flag(param: ParamDef, text: str) -> bool | None:
    label_words = [w for w, _s, _e in words(param.label)]
    cut = next((k for k, w in enumerate(label_words) if w in NEGATIONS), None)
    if FLAG_LABEL_NEGATION and cut is not None:
        return _absence_said(param, label_words[cut + 1 :], text)
    named = f"{param.name.replace('_', ' ')} {param.label}"
    cues = {stem(w) for w, _s, _e in words(named) if w not in STOPWORDS and w not in _FLAG_VERBS}
    negate = param.name.lower().startswith(("exclude", "excl", "without", "hide"))
    toks = [w for w, _s, _e in words(text)]
    for i, w in enumerate(toks):
        if stem(w) in cues:
            # "with contractors" / "including contractors" / a bare mention: the thing is in.
            present = not set(toks[max(0, i - 3) : i]) & NEGATIONS
            return present != negate
    return None


def _absence_said(param: ParamDef, absent: list[str], text: str) -> bool | None:
    """True when the request names the flag by its own name ("unassigned") or says the
    absence its label says ("without a department"); None otherwise."""
    things = {stem(w) for w in absent if w not in STOPWORDS and w not in _FLAG_VERBS}
    name = {stem(w) for w in param.name.lower().split("_")} - things - NEGATIONS - _FLAG_VERBS
    toks = [w for w, _s, _e in words(text)]
    for i, w in enumerate(toks):
        negated = bool(set(toks[max(0, i - 3) : i]) & NEGATIONS)
        if stem(w) in things and negated:
            return True
        if stem(w) in name:
            return not negated
    return None


# A choice of yes or no ("card: [yes, no]") is a flag: "players who received a card" says yes.
YES_NO_CHOICES_AS_FLAGS = True
_YES = frozenset(["yes", "y", "true", "t"])
_NO = frozenset(["no", "n", "false", "f"])
_SOME = frozenset(["a", "an", "any", "some"])


def yes_no_choices(param: ParamDef) -> tuple[str, str] | None:
    """The (yes, no) choices of a choice parameter that has just those two, else None."""
    if not YES_NO_CHOICES_AS_FLAGS or len(param.choices) != 2:
        return None
    yes = [c for c in param.choices if str(c).lower() in _YES]
    no = [c for c in param.choices if str(c).lower() in _NO]
    return (yes[0], no[0]) if yes and no else None


# A choice of with or without ("commission: [with, without]") is a flag too: "employees with
# null commissions" or "who do not have any commission" say without, "who get a commission"
# with, and a bare "with" ("employees with last name King") says neither. The words that take
# it back are read within the clause ("does not have any value for commission"), and after it
# ("commission is null").
WITH_WITHOUT_CHOICES_AS_FLAGS = True
_WITH = frozenset(["with", "has", "have", "having", "present"])
_WITHOUT = frozenset(["without", "none", "lacking", "absent", "missing"])
# Words that say a value is absent, besides the negations: "null commission", "zero commission".
_ABSENT = frozenset(["null", "nil", "empty", "zero", "blank", "lacking", "missing"])
# Where a clause ends, reading back from a word: what stands before it is about something else.
_CLAUSE_WORDS = frozenset(["and", "or", "but", "who", "that", "which", "where", "whose", "while"])
_CLAUSE_MARKS = frozenset(",;:.?!()")
_IS = frozenset(["is", "are", "was", "were"])


def presence_choices(param: ParamDef) -> tuple[str, str] | None:
    """The (present, absent) choices of a yes/no or with/without parameter, else None."""
    pair = yes_no_choices(param)
    if pair is not None or not WITH_WITHOUT_CHOICES_AS_FLAGS or len(param.choices) != 2:
        return pair
    present = [c for c in param.choices if str(c).lower() in _WITH]
    absent = [c for c in param.choices if str(c).lower() in _WITHOUT]
    return (present[0], absent[0]) if present and absent else None


def bare_presence_word(param: ParamDef, word: str) -> bool:
    """`word` is a with/without choice of `param` said on its own: no value of it."""
    return (
        WITH_WITHOUT_CHOICES_AS_FLAGS
        and yes_no_choices(param) is None
        and presence_choices(param) is not None
        and word.lower() in _WITH | _WITHOUT
    )


def find_had(param: ParamDef, text: str) -> bool | None:
    """Whether the words say the thing a yes/no parameter names is had ("received a card",
    "with any card": True) or not ("without a card", "never got a card": False); None when
    they only name it ("their card"), which says neither."""
    cues = {stem(w) for w in param.name.lower().split("_") if w not in _FLAG_VERBS}
    said = list(words(text))
    toks = [w for w, _s, _e in said]
    clause = WITH_WITHOUT_CHOICES_AS_FLAGS and presence_choices(param) is not None
    if clause:  # "commisions" for commission: the spellings meet
        cues |= {single_letters(c) for c in cues}
    for i, w in enumerate(toks):
        if stem(w) not in cues and not (clause and single_letters(stem(w)) in cues):
            continue
        if not clause:
            before = set(toks[max(0, i - 4) : i])
            if before & NEGATIONS:
                return False
            if before & _SOME:
                return True
            continue
        after = toks[i + 1 : i + 4]
        if after[:1] and after[0] in _IS and len(after) > 1:
            # "commission is null", "commission is not null"
            if after[1] in _ABSENT:
                return False
            if after[1] in NEGATIONS and after[2:3] and after[2] in _ABSENT:
                return True
        before = _clause_before(said, text, i, 6)
        if set(before) & (NEGATIONS | _ABSENT):
            return False
        if set(before) & _SOME:
            return True
    return None


def _clause_before(said: list[tuple[str, int, int]], text: str, i: int, reach: int) -> list[str]:
    """Up to `reach` words before word `i`, back to where its clause starts."""
    out: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        w, _s, e = said[k]
        if set(text[e : said[k + 1][1]]) & _CLAUSE_MARKS or w in _CLAUSE_WORDS:
            break
        out.append(w)
    return out


def _is_yes(value: Any) -> bool:
    return value in (True, "true", "1", 1)


class BoolType(base.ParamType):
    name = "bool"
    extract_order = 5

    def default_problem(self, p: ParamDef) -> str | None:
        return None if isinstance(p.default, bool) else "is not true or false"

    def sample(self, p: ParamDef) -> Any:
        return True

    def from_words(self, p: ParamDef, ctx: base.WordsContext) -> base.Found | None:
        value = find_flag(p, ctx.ent.masked)
        return None if value is None else base.Found({p.name: value}, 0.5)

    def check_value(self, p: ParamDef, value: Any) -> Any:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "yes", "y", "1", "on"):
            return True
        if text in ("false", "no", "n", "0", "off"):
            return False
        raise UserFacingError(f"{label(p).capitalize()} must be yes or no.")

    def engine_value(self, value: Any) -> Any:
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")

    def template_value(self, p: ParamDef, binds: dict[str, Any]) -> Any:
        value = binds.get(p.name)
        return False if value is None else self.engine_value(value)

    def value_words(self, p: ParamDef, value: Any) -> str:
        return f"{label(p)}: {'yes' if _is_yes(value) else 'no'}"

    def form_element(
        self, p: ParamDef, fld: FormField, binds: dict[str, Any], option: Option, clip: Clip
    ) -> dict[str, Any]:
        value = binds.get(fld.key)
        yes, no = option("yes", "true"), option("no", "false")
        return select_element([yes, no], None if value is None else yes if _is_yes(value) else no)
