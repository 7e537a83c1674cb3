"""What every parameter type answers: its binds, its default, how words, a form or a check
fill it, the value an engine receives, how it reads to people and its modal input.

A type is one subclass of `ParamType` registered in bot.library.types; nothing else in the
product compares type names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from bot.errors import UserFacingError
from bot.language import textnorm
from bot.language.entities import Entities
from bot.language.textnorm import STOPWORDS, stem, words


class ParamDef(Protocol):
    """What a type reads of a parameter (bot.library.model.ParamDef has it all)."""

    name: str
    type: str
    default: Any
    optional: bool
    choices: tuple[str, ...]
    synonyms: dict[str, str]
    min: float | None
    max: float | None
    pattern: str | None
    label: str
    description: str

    @property
    def required(self) -> bool: ...

    @property
    def bind_names(self) -> tuple[str, ...]: ...


Option = Callable[[str, str], dict[str, Any]]  # (text, value) -> a Block Kit option
Clip = Callable[[str, int], str]


# A number with another text parameter's shape is that one's value, and a number a numeric
# parameter took is no text parameter's shaped token ("94002": one number, one parameter).
# Off: the values come out right, but bike_1 then ranks the query that took fewer values
# lower (0.786 -> 0.780), a matter for the ranking (bot.matching.index).
SHAPE_TAKES_THE_NUMBER = False


@dataclass
class WordsContext:
    """One request being read for one query: values taken by earlier parameters stay taken."""

    ent: Entities
    today: dt.date
    numeric_params: int = 0  # how many int/number parameters the query has
    period_used: bool = False
    used_numbers: set[int] = field(default_factory=set)
    # (number index, reason): a number the words give a parameter that cannot take it
    refusals: list[tuple[int, str]] = field(default_factory=list)
    # Known values the request names for this query's parameters: param -> (value, start, end)
    known: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    siblings: tuple[ParamDef, ...] = ()  # the query's other parameters
    sql: str = ""  # the query's SQL: how it compares each parameter
    # Spans of numbers that name known values of other queries' parameters only: none of
    # this query's parameters reads them (bot.matching.number_values).
    held: tuple[tuple[int, int], ...] = ()
    # The words the query's title, keywords and examples say (bot.library.types.compound_cues)
    header: frozenset[str] = frozenset()

    def shaped_for_others(self, param: ParamDef) -> set[int]:
        """The numbers that have another text parameter's own shape ("94002" for a zip code
        of five digits) and no word of `param`'s next to them: that one's value."""
        if not SHAPE_TAKES_THE_NUMBER:
            return set()
        shapes = [
            re.compile(o.pattern)
            for o in self.siblings
            if o is not param and o.pattern and not o.kind.is_numeric
        ]
        if not shapes:
            return set()
        cues = param_cues(param)
        out = set()
        for i, num in enumerate(self.ent.numbers):
            raw = self.ent.text[num.start : num.end].lstrip("#").replace(",", "")
            near = {stem(w) for w in num.before[-2:] + num.after[:2]}
            if not near & cues and any(shape.fullmatch(raw) for shape in shapes):
                out.add(i)
        return out

    def held_by_others(self, name: str) -> set[int]:
        """The numbers inside a known value another parameter takes ("zip code 94002" for
        `zip_code`): one number is one parameter's value."""
        spans = [(s, e) for p, (_v, s, e) in self.known.items() if p != name] + list(self.held)
        return {
            i
            for i, num in enumerate(self.ent.numbers)
            if any(s <= num.start and num.end <= e for s, e in spans)
        }


@dataclass(frozen=True)
class Found:
    binds: dict[str, Any]
    evidence: float  # how specific the value is to this query (see matching.params.Extraction)


@dataclass(frozen=True)
class FormField:
    """One input of a parameter in a modal: its block id suffix and the raw key it fills."""

    suffix: str  # "" or ":start" / ":end"
    key: str  # the name in coerce_inputs' raw dict
    label_suffix: str = ""
    hint: bool = True  # the parameter's description shows under this input
    required_when_asked: bool = False  # required in the "values still needed" modal


def label(p: ParamDef) -> str:
    return p.label or p.name.replace("_", " ")


def param_cues(p: ParamDef) -> set[str]:
    """Stems of the parameter's name, label and description: the words that announce it."""
    # Asked ~10 times per candidate per request: read once per parameter (and per setting of
    # the two switches its words and stems read, which the ablation turns).
    read_as = (textnorm.HYPHEN_SUFFIXES_APART, textnorm.IDS_ARE_ID)
    hit = _CUES.get(id(p))
    if hit is None or hit[0] is not p or hit[1] != read_as:
        text = " ".join([p.name.replace("_", " "), p.label, p.description])
        cues = frozenset(
            stem(w) for w, _s, _e in words(text) if w not in STOPWORDS and not w.isdigit()
        )
        hit = _CUES[id(p)] = (p, read_as, cues)
    return set(hit[2])


# id(ParamDef) -> (the ParamDef, kept alive so that its id is not reused; switches; cues)
_CUES: dict[int, tuple[ParamDef, tuple[bool, bool], frozenset[str]]] = {}


def name_stems(name: str) -> frozenset[str]:
    """Stems of a parameter name's parts, with the verbs that point at them ("start_city":
    start, started, from; "end_city": end, ended, to)."""
    parts = {stem(w) for w in name.lower().split("_")}
    if parts & {"start", "from", "origin", "source", "depart"}:
        parts |= {"start", "from", "leav", "depart"}
    if parts & {"end", "to", "dest", "destination", "arriv"}:
        parts |= {"end", "to", "arriv", "at"}
    return frozenset(parts)


@lru_cache(maxsize=8192)  # asked for each numeric parameter of each candidate, every request
def sql_operator(sql: str, bind: str) -> str | None:
    """The comparison a bind sits in, read as `column OP :bind` (">=", ">", "<", "<="), the
    bind perhaps wrapped in a cast (`> CAST(:hired_after AS DATE)`)."""
    b = re.escape(bind)
    m = re.search(rf"(>=|<=|>|<)\s*(?:\w+\s*\(\s*)*:{b}\b", sql)
    if m:
        return m.group(1)
    m = re.search(rf":{b}\b(?:\s+AS\s+\w+)?(?:\s*\))*\s*(>=|<=|>|<)", sql, re.I)
    if m:  # ":p < col" is "col > :p"
        return {">=": "<=", "<=": ">=", ">": "<", "<": ">"}[m.group(1)]
    return None


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# Slack's menu: at most 100 options, each value 1-150 characters (UTF-16 code units).
MAX_MENU_OPTIONS = 100
MAX_MENU_VALUE = 150


def slack_len(text: str) -> int:
    """Length as Slack counts it (UTF-16 code units: an emoji outside the BMP counts two)."""
    return len(text.encode("utf-16-le")) // 2


def fits_a_menu(choices: Sequence[str]) -> bool:
    """Whether `choices` can be a Slack menu whole: a menu cut to its first 100, or a value cut
    to 150 characters, could not offer or give back every choice."""
    return 0 < len(choices) <= MAX_MENU_OPTIONS and all(
        0 < slack_len(c) <= MAX_MENU_VALUE for c in choices
    )


# A Slack form (a modal) holds 100 blocks: one says what the form is for, the rest are inputs.
MAX_FORM_INPUTS = 99


def form_inputs_problem(params: Sequence[Any]) -> str | None:
    """Why `params` (bot.library.model.ParamDef) cannot all be asked in one form (its last
    inputs would be left out, and those parameters could never be changed), or None."""
    inputs = sum(len(p.kind.form_fields(p)) for p in params)
    if inputs <= MAX_FORM_INPUTS:
        return None
    return (
        f"its {len(params)} parameters need {inputs} form inputs and a Slack form holds "
        f"{MAX_FORM_INPUTS}: split the query"
    )


def select_element(
    options: list[dict[str, Any]], initial: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A Block Kit single-choice menu of `options`, with `initial` chosen when given."""
    el: dict[str, Any] = {"type": "static_select", "action_id": "value", "options": options}
    if initial is not None:
        el["initial_option"] = initial
    return el


class ParamType:
    name: str = ""
    # Order in which a query's parameters take values from a request: choices before numbers,
    # numbers before strings, so ids are taken by the best-fitting slot.
    extract_order: int = 0
    is_period: bool = False  # filled from a period phrase
    is_numeric: bool = False  # takes quantities ("top 20", "under 5")
    takes_identifier: bool = False  # an id or code in a request can be its value
    has_choices: bool = False
    has_range: bool = False  # min/max apply
    has_pattern: bool = False
    has_values: bool = False  # known values may name it (docs/query-library.md)
    # The SQL literals ("string", "number", "date") a parameter of this type may replace when a
    # ticket's SQL is promoted (bot.library.draft_params).
    literal_kinds: frozenset[str] = frozenset()
    # A promoted query's parameter of this type keeps no default from the ticket: people are
    # asked for it rather than silently given the ticket's value.
    asked_when_promoted: bool = False

    # -- binds and defaults ---------------------------------------------------------------

    def bind_names(self, name: str) -> tuple[str, ...]:
        return (name,)

    def default_problem(self, p: ParamDef) -> str | None:
        """Why `p.default` cannot be this type's default (None when it can)."""
        return None

    def default_binds(self, p: ParamDef, today: dt.date, binds: dict[str, Any]) -> None:
        binds[p.name] = p.default

    def sample(self, p: ParamDef) -> Any:
        """A value of this type, to render a template with every filter on."""
        return "x"

    def draft_default(self, value: Any, today: dt.date) -> Any:
        """The default someone gave a promoted query's parameter (often text from a command
        line) as this type's value; ValueError, with the words that say why, when it is none."""
        raise ValueError(f"is not a valid {self.name}")

    # -- request words, forms and checks ---------------------------------------------------

    def from_words(self, p: ParamDef, ctx: WordsContext) -> Found | None:
        return None

    def from_form(
        self, p: ParamDef, raw: dict[str, Any], today: dt.date, binds: dict[str, Any]
    ) -> None:
        """Write what a person typed for `p` into `binds` (an empty field keeps the default)."""
        if p.name in raw:
            binds[p.name] = None if raw[p.name] in ("", None) else raw[p.name]

    def validate(self, p: ParamDef, binds: dict[str, Any], clean: dict[str, Any]) -> None:
        value = binds.get(p.name)
        if value is None or value == "":
            if p.required:
                raise UserFacingError(f"Please give a value for {label(p)}.")
            clean[p.name] = None
            return
        clean[p.name] = self.check_value(p, value)

    def check_value(self, p: ParamDef, value: Any) -> Any:
        return value

    # -- engines and people ----------------------------------------------------------------

    def engine_value(self, value: Any) -> Any:
        """A JSON-friendly bind value (ISO strings for dates) as the engine's Python type."""
        return value

    def template_value(self, p: ParamDef, binds: dict[str, Any]) -> Any:
        """The value a Jinja template sees under the parameter's name."""
        value = binds.get(p.name)
        return None if value is None else self.engine_value(value)

    def words(self, p: ParamDef, binds: dict[str, Any]) -> str | None:
        """The value in words for people ("EMEA", "n: 20"); None when unset."""
        value = binds.get(p.name)
        if value is None or value == "":
            return None
        return self.value_words(p, value)

    def value_words(self, p: ParamDef, value: Any) -> str:
        """A value that is set, in words for people (see `words`)."""
        return f"{label(p)}: {value}"

    def form_fields(self, p: ParamDef) -> tuple[FormField, ...]:
        return (FormField("", p.name),)

    def form_element(
        self, p: ParamDef, fld: FormField, binds: dict[str, Any], option: Option, clip: Clip
    ) -> dict[str, Any]:
        """The modal input element (a plain Block Kit dict) for one field, prefilled."""
        value = binds.get(fld.key)
        el: dict[str, Any] = {"type": "plain_text_input", "action_id": "value"}
        if value not in (None, ""):
            el["initial_value"] = clip(str(value), 3000)
        return el
