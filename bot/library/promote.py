"""Promote a closed ticket's SQL into a query file draft for the library.

When the data team closes a ticket with the SQL that answered it, the owner says which literals
in that SQL become parameters; the draft replaces their occurrences with `:name` binds and fills
the YAML header (format: `shared/spec/query-library.md`), so the next person who asks gets an
instant answer. Literals left alone are the query's own constants. The ticket SQL must be one
read-only statement in plain SQL: Jinja markup would change meaning once it is a library body,
and library files never paste values into the text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import UserFacingError
from bot.language.request_text import clean_text, content_words
from bot.library.sqltext import find_binds

_TOKEN = re.compile(
    r"""
      (?P<comment_line>--[^\n]*)
    | (?P<comment_block>/\*.*?(?:\*/|\Z))
    | (?P<typed>\b(?P<kw>DATE|TIMESTAMP|INTERVAL)\s*(?P<typed_str>'(?:[^']|'')*'))
    | (?P<string>'(?:[^']|'')*')
    | (?P<ident>"(?:[^"]|"")*")
    | (?P<cast>::)
    | (?P<bind>(?<![\w:]):[A-Za-z_][A-Za-z0-9_]*)
    | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
    | (?P<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
    | (?P<semicolon>;)
    | (?P<dot>\.)
    """,
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_JINJA = re.compile(r"\{\{|\{%|\{#")

READ_ONLY_STARTS = ("SELECT", "WITH", "FROM", "VALUES")
_WRITE_TEXT = """INSERT UPDATE DELETE DROP CREATE ALTER ATTACH DETACH COPY PRAGMA INSTALL LOAD
    EXPORT IMPORT TRUNCATE MERGE GRANT REVOKE VACUUM CHECKPOINT CALL SET"""
WRITE_KEYWORDS = frozenset(_WRITE_TEXT.split())
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
class Literal:
    """A literal in SQL text, outside comments.

    `text` is exactly as written (`'EMEA'`, `10`, `DATE '2026-10-01'`); `start`/`end` are its
    character offsets and `line` its 1-based line. `cast` names the type keyword written before
    a typed literal (`DATE`, `TIMESTAMP`, `INTERVAL`), so a bind that replaces it keeps the type.
    """

    kind: str  # 'string' | 'number' | 'date'
    value: str | int | float | dt.date
    text: str
    start: int
    end: int
    line: int
    cast: str = ""


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


@dataclass
class Draft:
    name: str
    filename: str
    text: str
    warnings: list[str] = field(default_factory=list)


def _line(sql: str, pos: int) -> int:
    return sql.count("\n", 0, pos) + 1


def _string_value(quoted: str) -> str:
    return quoted[1:-1].replace("''", "'")


def _iso_date(text: str) -> dt.date | None:
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _text_literal(sql: str, m: re.Match[str], quoted: str, cast: str = "") -> Literal:
    """A quoted literal: a date when its text is an ISO date, else a string."""
    value = _string_value(quoted)
    day = _iso_date(value)
    return Literal(
        kind="date" if day else "string",
        value=day or value,
        text=m.group(0),
        start=m.start(),
        end=m.end(),
        line=_line(sql, m.start()),
        cast=cast,
    )


def find_literals(sql: str) -> list[Literal]:
    """Every string, number and date literal in `sql` outside comments, in order.

    Dates are ISO strings (`'2026-10-01'`) or typed (`DATE '2026-10-01'`); numbers inside
    identifiers (`t1`, `col_2`) and after `:` binds are not literals; a sign is an operator.
    """
    found: list[Literal] = []
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup
        if kind == "typed":
            found.append(_text_literal(sql, m, m.group("typed_str"), cast=m.group("kw").upper()))
        elif kind == "string":
            found.append(_text_literal(sql, m, m.group(0)))
        elif kind == "number":
            text = m.group(0)
            number: int | float = float(text) if re.search(r"[.eE]", text) else int(text)
            found.append(Literal("number", number, text, m.start(), m.end(), _line(sql, m.start())))
    return found


def check_statement(sql: str) -> str:
    """The ticket SQL as one read-only statement (trailing `;` removed), or UserFacingError."""
    if _JINJA.search(sql):
        raise UserFacingError(
            "The SQL contains template markup ({{ }}, {% %} or {# #}); a promoted query starts "
            "from plain SQL, and library files never paste values into the text."
        )
    words: list[tuple[str, int, str]] = []  # (upper word, position, previous significant token)
    semicolons: list[int] = []
    previous = ""
    for m in _TOKEN.finditer(sql):
        kind = m.lastgroup
        if kind in ("comment_line", "comment_block"):
            continue
        if kind == "semicolon":
            semicolons.append(m.start())
        elif kind == "word":
            words.append((m.group(0).upper(), m.start(), previous))
        previous = m.group(0) if kind in ("word", "dot", "semicolon") else kind or ""
    if not words:
        raise UserFacingError("The SQL is empty: paste the statement that answered the ticket.")
    for pos in semicolons:
        if any(w[1] > pos for w in words):
            raise UserFacingError(
                f"The SQL holds more than one statement (';' on line {_line(sql, pos)}); "
                "a library query is a single SELECT."
            )
    first = words[0][0]
    if first not in READ_ONLY_STARTS:
        raise UserFacingError(
            f"Only a read-only SELECT can become a library query; this SQL starts with {first}."
        )
    for word, pos, before in words:
        if word in WRITE_KEYWORDS and before != ".":  # `t.load` is a column, not a statement
            raise UserFacingError(
                f"Only a read-only SELECT can become a library query; this SQL contains "
                f'{word} on line {_line(sql, pos)} (quote a column of that name: "{word.lower()}").'
            )
    body = sql[: semicolons[0]] if semicolons else sql
    lines = [line.rstrip() for line in body.strip("\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _selector_key(selector: str) -> tuple[str, Any]:
    s = selector.strip()
    day = _iso_date(s)
    if day:
        return "date", day
    lits = find_literals(s)
    if len(lits) == 1 and lits[0].start == 0 and lits[0].end == len(s):
        return lits[0].kind, lits[0].value
    return "string", s


def _select(selector: str | Literal, literals: list[Literal], pname: str) -> list[Literal]:
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


def _selectors(spec: ParamSpec) -> list[str | Literal]:
    if spec.literal is None:
        return []
    if isinstance(spec.literal, str | Literal):
        return [spec.literal]
    return list(spec.literal)


def period_phrase(start: dt.date, end: dt.date, today: dt.date, request_text: str = "") -> str:
    """The period phrase meaning start..end today: a relative one when one fits exactly
    (preferring a phrase the request used), else the fixed range."""
    from bot.language.periods import parse_period

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


def _exclusive_before(sql: str, lit: Literal) -> bool:
    """True when the literal is the right side of a strict `<` (a half-open range end)."""
    before = sql[: lit.start].rstrip()
    return before.endswith("<") and not before.endswith("<<")


_AFTER_INTERVAL = re.compile(r"\bINTERVAL\s*$", re.IGNORECASE)


def _bind_text(bind: str, lit: Literal, sql: str) -> str:
    if lit.cast:
        return f"CAST(:{bind} AS {lit.cast})"
    if lit.kind == "number" and _AFTER_INTERVAL.search(sql, 0, lit.start):
        return f"(:{bind})"  # `INTERVAL 30 DAY` takes an expression only in parentheses
    return f":{bind}"


_TYPES_FOR_KIND = {
    "string": ("string", "choice"),
    "number": ("int", "number"),
    "date": ("date", "date_range", "string"),
}


def _infer_type(spec: ParamSpec, hits: list[Literal], pname: str) -> str:
    kinds = {lit.kind for lit in hits}
    if spec.type:
        ptype = spec.type
    elif len(_selectors(spec)) == 2 and kinds == {"date"}:
        ptype = "date_range"
    elif kinds == {"date"}:
        ptype = "date"
    elif kinds == {"number"}:
        ptype = "int" if all(isinstance(lit.value, int) for lit in hits) else "number"
    elif spec.choices:
        ptype = "choice"
    else:
        ptype = "string"
    for kind in kinds:
        if ptype not in _TYPES_FOR_KIND[kind]:
            raise UserFacingError(
                f"Parameter '{pname}': a {kind} literal cannot become a {ptype} parameter."
            )
    if ptype == "int" and not all(isinstance(lit.value, int) for lit in hits):
        raise UserFacingError(f"Parameter '{pname}': {hits[0].text} is not a whole number.")
    return ptype


def _coerce_default(pname: str, ptype: str, default: Any, today: dt.date) -> Any:
    """An owner's default (often typed as text on a command line) as the parameter's type."""
    bad = UserFacingError(f"Parameter '{pname}': default {default!r} is not a valid {ptype}.")
    if isinstance(default, bool) or ptype in ("string", "choice"):
        if ptype in ("string", "choice"):
            return str(default)
        raise bad
    if ptype == "int":
        if isinstance(default, int):
            return default
        if isinstance(default, str) and re.fullmatch(r"\s*-?\d+\s*", default):
            return int(default)
        raise bad
    if ptype == "number":
        if isinstance(default, int | float):
            return default
        try:
            number = float(str(default))
        except ValueError:
            raise bad from None
        return int(number) if number.is_integer() and "." not in str(default) else number
    if isinstance(default, dt.date):
        return default
    text = " ".join(str(default).split())
    day = _iso_date(text)
    if day and ptype == "date":
        return day
    from bot.language.periods import parse_period

    if parse_period(text, today) is None:
        raise UserFacingError(
            f"Parameter '{pname}': default {text!r} is not a period this product understands "
            "(for example: last month, last 30 days, this quarter, 2026-10-01)."
        )
    return text


def _declare(
    pname: str,
    spec: ParamSpec,
    ptype: str,
    value: Any,
    warnings: list[str],
    today: dt.date,
) -> dict[str, Any]:
    decl: dict[str, Any] = {"type": ptype}
    if ptype == "choice":
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
    elif spec.optional or spec.required or ptype in ("string", "choice"):
        default = None
    else:
        default = value
    if default is not None and ptype == "choice" and str(default) not in decl["choices"]:
        raise UserFacingError(
            f"Parameter '{pname}': default {default!r} is not one of the choices."
        )
    if default is not None and not spec.required:
        decl["default"] = default
        if ptype in ("int", "number"):
            if spec.min is not None and default < spec.min:
                raise UserFacingError(
                    f"Parameter '{pname}': default {default} is below the minimum {spec.min}."
                )
            if spec.max is not None and default > spec.max:
                raise UserFacingError(
                    f"Parameter '{pname}': default {default} is above the maximum {spec.max}."
                )
        if ptype == "string" and spec.pattern and not re.fullmatch(spec.pattern, str(default)):
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
            if ptype not in ("int", "number"):
                raise UserFacingError(f"Parameter '{pname}': {key} applies to numbers only.")
            decl[key] = bound
    if spec.pattern is not None:
        if ptype != "string":
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


def _slug(text: str, leave_out: Collection[str] = ()) -> str:
    words = [
        re.sub(r"[^a-z0-9]+", "_", w).strip("_")
        for w in content_words(text, limit=10)
        if w not in leave_out
    ][:6]
    slug = ""
    for w in filter(None, words):
        candidate = f"{slug}_{w}" if slug else w
        if len(candidate) > 48 and slug:
            break
        slug = candidate[:48]
    if slug and not slug[0].isalpha():
        slug = f"q_{slug}"
    return slug


def _unique(name: str, existing: Collection[str]) -> str:
    taken = {n.lower() for n in existing}
    if name.lower() not in taken:
        return name
    n = 2
    while f"{name}_{n}".lower() in taken:
        n += 1
    return f"{name}_{n}"


_LEAD_IN = re.compile(
    r"^(?:(?:hi|hey|hello)\b[^,]*,\s*)?"
    r"(?:(?:can|could|would)\s+(?:you|someone|somebody|anyone|we|i)\s+(?:please\s+)?"
    r"(?:get|pull|give\s+me|show\s+me|send\s+me|tell\s+me|share|see|have)?\s*"
    r"|please\s+(?:get|pull|give\s+me|show\s+me|send\s+me)?\s*"
    r"|(?:i|we)\s+(?:need|want|would\s+like)\s+(?:to\s+(?:see|know)\s+)?"
    r"|what(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:our\s+|the\s+)?)",
    re.IGNORECASE,
)


def _title_from(text: str) -> str:
    title = _LEAD_IN.sub("", text.split("\n")[0].strip()).strip().rstrip("?!. ").strip()
    if len(title) > 80:
        title = title[:80].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return title[:1].upper() + title[1:]


def draft_query_file(
    *,
    name: str | None,
    title: str | None,
    request_text: str,
    sql: str,
    params: Mapping[str, ParamSpec] | None = None,
    owner: str = "",
    ticket_id: int | None = None,
    today: dt.date,
    existing_names: Collection[str] = (),
) -> Draft:
    """A query file draft from a ticket's request and the SQL that answered it.

    Raises UserFacingError (nothing is written) when the SQL is not one plain read-only
    statement, a parameter's literal is missing or ambiguous, or an explicit name is taken.
    """
    warnings: list[str] = []
    body = check_statement(sql)
    request = clean_text(request_text).replace("*/", "* /")
    params = dict(params or {})

    literals = find_literals(body)
    replacements: dict[int, tuple[Literal, str]] = {}  # literal start -> (literal, new text)
    declared: dict[str, dict[str, Any]] = {}
    bind_owner: dict[str, str] = {}
    taken_values: list[str] = []
    for pname, spec in params.items():
        if not _NAME.match(pname):
            raise UserFacingError(
                f"Parameter name {pname!r} must start with a letter and hold only letters, "
                "digits and underscores."
            )
        selectors = _selectors(spec)
        hit_lists = [_select(sel, literals, pname) for sel in selectors]
        hits = [lit for hl in hit_lists for lit in hl]
        if spec.literal is None:
            if not spec.type:
                raise UserFacingError(f"Parameter '{pname}': give its type.")
            ptype = spec.type
        else:
            ptype = _infer_type(spec, hits, pname)
        binds = [f"{pname}_start", f"{pname}_end"] if ptype == "date_range" else [pname]
        for bind in binds:
            if bind in bind_owner:
                raise UserFacingError(
                    f"Parameters '{bind_owner[bind]}' and '{pname}' would both bind :{bind}."
                )
            bind_owner[bind] = pname
        for lit in hits:
            if lit.start in replacements:
                raise UserFacingError(
                    f"The literal {lit.text} on line {lit.line} is claimed by two parameters."
                )
        if len(hits) > len(selectors) and selectors:
            lines = ", ".join(str(lit.line) for lit in hits)
            warnings.append(
                f"'{pname}': {len(hits)} literals matched (lines {lines}); all became parameters."
            )

        value: Any = None
        if ptype == "date_range":
            if len(hit_lists) != 2:
                raise UserFacingError(
                    f"Parameter '{pname}': a date_range takes two date literals, start and end."
                )
            (a_value,) = {lit.value for lit in hit_lists[0]}
            (b_value,) = {lit.value for lit in hit_lists[1]}
            if a_value == b_value:
                raise UserFacingError(
                    f"Parameter '{pname}': start and end are the same date; use a date parameter."
                )
            start_hits, end_hits = (
                (hit_lists[0], hit_lists[1]) if a_value < b_value else (hit_lists[1], hit_lists[0])
            )
            start, end = min(a_value, b_value), max(a_value, b_value)
            exclusive = [_exclusive_before(body, lit) for lit in end_hits]
            if all(exclusive):
                # `< '2026-11-01'` is a half-open end: the inclusive end is the day before.
                end = end - dt.timedelta(days=1)
                for lit in end_hits:
                    replacements[lit.start] = (
                        lit,
                        f"(CAST(:{pname}_end AS DATE) + INTERVAL 1 DAY)",
                    )
                warnings.append(
                    f"'{pname}': the SQL ends the range with '<'; the draft keeps that as "
                    f"< :{pname}_end + 1 day, because period ends are inclusive."
                )
            elif any(exclusive):
                warnings.append(
                    f"'{pname}': the end date is used both with '<' and inclusively; "
                    "check the boundaries: period ends are inclusive."
                )
            for lit in start_hits:
                replacements[lit.start] = (lit, _bind_text(f"{pname}_start", lit, body))
            for lit in end_hits:
                replacements.setdefault(lit.start, (lit, _bind_text(f"{pname}_end", lit, body)))
            if spec.default is None and not spec.optional and not spec.required:
                phrase = period_phrase(start, end, today, request_text)
                if phrase.startswith("between") or phrase == start.isoformat():
                    warnings.append(
                        f"'{pname}': no relative period gives {start}..{end} today, so its "
                        f"default is that fixed range; a phrase like 'last month' keeps "
                        "answers current."
                    )
                value = phrase
        else:
            if len(selectors) > 1:
                distinct = {lit.value for lit in hits}
                if len(distinct) > 1:
                    raise UserFacingError(
                        f"Parameter '{pname}': its literals hold different values "
                        f"({', '.join(sorted(str(v) for v in distinct))}); "
                        "only a date_range takes two."
                    )
            if hits:
                raw = hits[0].value
                value = raw.isoformat() if isinstance(raw, dt.date) else raw
                if isinstance(raw, dt.date) and ptype == "date":
                    value = raw  # a YAML date: the loader takes it as it is
            for lit in hits:
                replacements[lit.start] = (lit, _bind_text(pname, lit, body))
        decl = _declare(pname, spec, ptype, value, warnings, today)
        declared[pname] = decl
        taken_values.extend(str(lit.value).lower() for lit in hits)

    new_body = body
    for start in sorted(replacements, reverse=True):
        lit, text = replacements[start]
        new_body = new_body[: lit.start] + text + new_body[lit.end :]

    used = {b for b, _ in find_binds(new_body)}
    undeclared = sorted(used - set(bind_owner))
    if undeclared:
        raise UserFacingError(
            f"The SQL uses :{undeclared[0]}, which no parameter declares; "
            "declare it with ParamSpec(literal=None, type=…)."
        )
    unused = sorted({p for b, p in bind_owner.items() if b not in used})
    if unused:
        raise UserFacingError(f"Parameter '{unused[0]}' is not used in the SQL.")

    if name:
        if not _NAME.match(name):
            raise UserFacingError(
                f"Query name {name!r} must start with a letter and hold only letters, digits "
                "and underscores."
            )
        if name.lower() in {n.lower() for n in existing_names}:
            raise UserFacingError(f"A query named '{name}' already exists in the library.")
    else:
        base = (
            _slug(title or "")
            or _slug(request, leave_out=taken_values)
            or (f"ticket_{ticket_id}" if ticket_id is not None else "")
        )
        name = _unique(base or "promoted_query", existing_names)
    if title:
        title = " ".join(title.split())
    else:
        title = _title_from(request) or name.replace("_", " ").capitalize()
        warnings.append("The title was taken from the request; a short title reads better.")
    examples = [request] if request else [title]
    if not request:
        warnings.append("The request text is empty; the title serves as the only example.")
    elif len(request) > 200:
        warnings.append(
            "The example is long; the matcher learns best from short ones: add a few short "
            "ways people ask for this."
        )
    keywords = [w for w in content_words(request, limit=8) if w not in taken_values][:5]

    where = f"ticket #{ticket_id}" if ticket_id is not None else "a ticket"
    header: dict[str, Any] = {
        "name": name,
        "title": title,
        "description": f"Promoted from {where} on {today.isoformat()}.",
        "engine": "duckdb",
        "examples": examples,
    }
    if keywords:
        header["keywords"] = keywords
    if declared:
        header["params"] = declared
    if owner:
        header["owner"] = owner
    text = f"/*---\n{render_header(header)}---*/\n{new_body}\n"
    return Draft(name=name, filename=f"{name}.sql", text=text, warnings=warnings)


_PLAIN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_ .@/'()+\-…]*$")


def _scalar(value: Any) -> str:
    """One YAML scalar, plain when that reads back identically, else JSON-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if "e" in text and "." not in text:
            text = text.replace("e", ".0e")  # PyYAML reads 1e-05 as a string
        return text
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _PLAIN.match(text) and text == text.strip():
        import yaml

        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def _flow(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_scalar(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


def render_header(header: Mapping[str, Any]) -> str:
    """The YAML header laid out like the spec: examples as a list, params one per line."""
    out = []
    for key, value in header.items():
        if key == "examples":
            out.append("examples:")
            out.extend(f"  - {_scalar(v)}" for v in value)
        elif key == "params":
            out.append("params:")
            out.extend(f"  {k}: {_flow(v)}" for k, v in value.items())
        else:
            out.append(f"{key}: {_flow(value)}")
    return "\n".join(out) + "\n"


def write_draft(draft: Draft, library_dir: Path, *, overwrite: bool = False) -> Path:
    """Write the draft as `<library_dir>/<name>.sql`; an existing file is kept unless
    `overwrite`. The folder is created if needed (e.g. `queries/promoted/`)."""
    if "/" in draft.filename or "\\" in draft.filename or draft.filename.startswith("."):
        raise UserFacingError(f"Bad query file name {draft.filename!r}.")
    library_dir = Path(library_dir)
    if library_dir.exists() and not library_dir.is_dir():
        raise UserFacingError(f"{library_dir} is not a folder.")
    library_dir.mkdir(parents=True, exist_ok=True)
    path = library_dir / draft.filename
    try:
        with path.open("w" if overwrite else "x", encoding="utf-8") as fh:
            fh.write(draft.text)
    except FileExistsError:
        raise UserFacingError(
            f"{path} already exists; choose another name or overwrite it on purpose."
        ) from None
    return path
