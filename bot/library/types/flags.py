"""The `bool` type: a flag such as `include_contractors`, set by naming its subject
("with contractors", "excluding contractors") or by yes/no in a form."""

from __future__ import annotations

from typing import Any

from bot.errors import UserFacingError
from bot.language.entities import NEGATIONS
from bot.language.textnorm import STOPWORDS, stem, words
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


def find_flag(param: ParamDef, text: str) -> bool | None:
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


def find_had(param: ParamDef, text: str) -> bool | None:
    """Whether the words say the thing a yes/no parameter names is had ("received a card",
    "with any card": True) or not ("without a card", "never got a card": False); None when
    they only name it ("their card"), which says neither."""
    cues = {stem(w) for w in param.name.lower().split("_") if w not in _FLAG_VERBS}
    toks = [w for w, _s, _e in words(text)]
    for i, w in enumerate(toks):
        if stem(w) not in cues:
            continue
        before = set(toks[max(0, i - 4) : i])
        if before & NEGATIONS:
            return False
        if before & _SOME:
            return True
    return None


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
