"""The parameters of a drafted query: which literals each replaces (selectors), the type they
suggest, the default written in the header, and the header entry itself."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.errors import UserFacingError
from bot.language.periods import parse_period
from bot.library.sql_literals import Literal, find_literals, iso_date
from bot.library.types import PARAM_TYPES, param_type

# Relative periods a date range default may be written as, most specific first. The phrase the
# request itself used wins when several describe the same dates (on a Sunday "this week" and
# "last 7 days" are the same seven days).
PERIOD_PHRASES = (
    "today",
    "yesterday",
    "this week",
    "last week",
    "this month",
    "last month",
    "this quarter",
    "last quarter",
    "this year",
    "last year",
    "last 7 days",
    "last 14 days",
    "last 30 days",
    "last 90 days",
    "last 3 months",
    "last 6 months",
    "last 12 months",
)


@dataclass(frozen=True)
class ParamSpec:
    """Which literal(s) become a parameter, and how the parameter is declared.

    `literal` selects by text as written (`"'EMEA'"`, `"10"`, `"DATE '2026-10-01'"`; a date
    selects both its quoted and its DATE forms) or by a `Literal` from `find_literals` (that one
    occurrence only). A `date_range` takes two date literals, start and end. `literal=None`
    declares a parameter whose `:bind` the SQL already uses.

    Without `default`, `optional` or `required`: a date range gets the relative period that
    gives the ticket's dates today (else the fixed range), numbers and dates keep the literal
    as default, and strings and choices are required (people are asked rather than silently
    given the ticket's value).
    """

    literal: str | Literal | Sequence[str | Literal] | None
    type: str | None = None
    default: Any = None
    optional: bool = False
    required: bool = False
    choices: Sequence[str] = ()
    synonyms: Mapping[str, str] = field(default_factory=dict)
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    label: str = ""
    description: str = ""


def _selector_key(selector: str) -> tuple[str, Any]:
    s = selector.strip()
    day = iso_date(s)
    if day:
        return "date", day
    lits = find_literals(s)
    if len(lits) == 1 and lits[0].start == 0 and lits[0].end == len(s):
        return lits[0].kind, lits[0].value
    return "string", s


def select(selector: str | Literal, literals: list[Literal], pname: str) -> list[Literal]:
    if isinstance(selector, Literal):
        hits = [lit for lit in literals if (lit.start, lit.end) == (selector.start, selector.end)]
        if not hits or hits[0].text != selector.text:
            raise UserFacingError(
                f"Parameter '{pname}': no literal {selector.text} at line {selector.line} of the SQL."
            )
        return hits
    kind, value = _selector_key(selector)
    hits = [lit for lit in literals if lit.kind == kind and lit.value == value]
    if not hits:
        raise UserFacingError(f"Parameter '{pname}': the SQL has no literal {selector.strip()}.")
    return hits


def selectors(spec: ParamSpec) -> list[str | Literal]:
    if spec.literal is None:
        return []
    if isinstance(spec.literal, str | Literal):
        return [spec.literal]
    return list(spec.literal)


def period_phrase(start: dt.date, end: dt.date, today: dt.date, request_text: str = "") -> str:
    """The period phrase meaning start..end today: a relative one when one fits exactly
    (preferring a phrase the request used), else the fixed range."""

    fitting = []
    for phrase in PERIOD_PHRASES:
        period = parse_period(phrase, today)
        if period is not None and (period.start, period.end) == (start, end):
            fitting.append(phrase)
    said = request_text.lower()
    for phrase in fitting:
        if phrase in said:
            return phrase
    if fitting:
        return fitting[0]
    if start == end:
        return start.isoformat()
    return f"between {start.isoformat()} and {end.isoformat()}"


def known_type(pname: str, ptype: str) -> str:
    """`ptype` when it names a parameter type; else a one-line refusal naming the types."""
    if ptype not in PARAM_TYPES:
        raise UserFacingError(
            f"Parameter '{pname}': unknown type {ptype!r} (one of {', '.join(PARAM_TYPES)})."
        )
    return ptype


def infer_type(spec: ParamSpec, hits: list[Literal], pname: str) -> str:
    """The type the literals suggest (unless `spec` names one); the type must accept them."""
    kinds = {lit.kind for lit in hits}
    if spec.type:
        ptype = known_type(pname, spec.type)
    elif len(selectors(spec)) == 2 and kinds == {"date"}:
        ptype = "date_range"
    elif kinds == {"date"}:
        ptype = "date"
    elif kinds == {"number"}:
        ptype = "int" if all(isinstance(lit.value, int) for lit in hits) else "number"
    elif spec.choices:
        ptype = "choice"
    else:
        ptype = "string"
    for kind in sorted(kinds - param_type(ptype).literal_kinds):
        raise UserFacingError(
            f"Parameter '{pname}': a {kind} literal cannot become a {ptype} parameter."
        )
    if ptype == "int" and not all(isinstance(lit.value, int) for lit in hits):
        raise UserFacingError(f"Parameter '{pname}': {hits[0].text} is not a whole number.")
    return ptype


def _coerce_default(pname: str, ptype: str, default: Any, today: dt.date) -> Any:
    """An owner's default (often typed as text on a command line) as the parameter's type."""
    try:
        return param_type(ptype).draft_default(default, today)
    except ValueError as exc:
        shown = " ".join(str(default).split()) if isinstance(default, str) else default
        raise UserFacingError(f"Parameter '{pname}': default {shown!r} {exc}.") from None


def declare(
    pname: str,
    spec: ParamSpec,
    ptype: str,
    value: Any,
    warnings: list[str],
    today: dt.date,
) -> dict[str, Any]:
    kind = param_type(ptype)
    decl: dict[str, Any] = {"type": ptype}
    if kind.has_choices:
        choices = [str(c) for c in spec.choices]
        if not choices:
            raise UserFacingError(f"Parameter '{pname}': a choice needs its list of choices.")
        if value is not None and str(value) not in choices:
            raise UserFacingError(
                f"Parameter '{pname}': the ticket's value {value!r} is not one of {choices}."
            )
        decl["choices"] = choices
        for word, target in spec.synonyms.items():
            if str(target) not in choices:
                raise UserFacingError(
                    f"Parameter '{pname}': synonym {word!r} maps to {target!r}, not one of {choices}."
                )
        if spec.synonyms:
            decl["synonyms"] = {str(k).lower(): str(v) for k, v in spec.synonyms.items()}
    elif spec.choices or spec.synonyms:
        raise UserFacingError(f"Parameter '{pname}': choices only apply to a choice parameter.")
    if spec.default is not None:
        default = _coerce_default(pname, ptype, spec.default, today)
    elif spec.optional or spec.required or kind.asked_when_promoted:
        default = None
    else:
        default = value
    if default is not None and kind.has_choices and str(default) not in decl["choices"]:
        raise UserFacingError(
            f"Parameter '{pname}': default {default!r} is not one of the choices."
        )
    if default is not None and not spec.required:
        decl["default"] = default
        if kind.has_range:
            if spec.min is not None and default < spec.min:
                raise UserFacingError(
                    f"Parameter '{pname}': default {default} is below the minimum {spec.min}."
                )
            if spec.max is not None and default > spec.max:
                raise UserFacingError(
                    f"Parameter '{pname}': default {default} is above the maximum {spec.max}."
                )
        if kind.has_pattern and spec.pattern and not re.fullmatch(spec.pattern, str(default)):
            raise UserFacingError(
                f"Parameter '{pname}': default {default!r} does not match the pattern "
                f"{spec.pattern!r}."
            )
    if spec.optional:
        decl["optional"] = True
        warnings.append(
            f"'{pname}' is optional, but the SQL uses it unconditionally: an unset value is NULL "
            f"and matches no rows; wrap its condition in {{% if {pname} %}} … {{% endif %}}."
        )
    elif "default" not in decl and spec.default is None and value is not None:
        warnings.append(
            f"'{pname}' has no default: people will be asked for it "
            f"(the ticket used {value!r}; pass a default to use it when none is given)."
        )
    for key in ("min", "max"):
        bound = getattr(spec, key)
        if bound is not None:
            if not kind.has_range:
                raise UserFacingError(f"Parameter '{pname}': {key} applies to numbers only.")
            decl[key] = bound
    if spec.pattern is not None:
        if not kind.has_pattern:
            raise UserFacingError(f"Parameter '{pname}': pattern applies to strings only.")
        try:
            re.compile(spec.pattern)
        except re.error as exc:
            raise UserFacingError(f"Parameter '{pname}': bad pattern: {exc}.") from None
        decl["pattern"] = spec.pattern
    if spec.label:
        decl["label"] = spec.label
    if spec.description:
        decl["description"] = spec.description
    return decl
