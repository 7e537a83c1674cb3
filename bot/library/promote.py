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
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import UserFacingError
from bot.language.request_text import clean_text, content_words
from bot.library.draft_params import (
    ParamSpec,
    declare,
    infer_type,
    known_type,
    period_phrase,
    select,
    selectors,
)
from bot.library.header_yaml import render_header
from bot.library.sql_literals import (
    NAME,
    Literal,
    bind_text,
    check_statement,
    exclusive_before,
    find_literals,
)
from bot.library.sqltext import find_binds
from bot.library.types import param_type


@dataclass
class Draft:
    name: str
    filename: str
    text: str
    warnings: list[str] = field(default_factory=list)


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
        if not NAME.match(pname):
            raise UserFacingError(
                f"Parameter name {pname!r} must start with a letter and hold only letters, "
                "digits and underscores."
            )
        chosen = selectors(spec)
        hit_lists = [select(sel, literals, pname) for sel in chosen]
        hits = [lit for hl in hit_lists for lit in hl]
        if spec.literal is None:
            if not spec.type:
                raise UserFacingError(f"Parameter '{pname}': give its type.")
            ptype = known_type(pname, spec.type)
        else:
            ptype = infer_type(spec, hits, pname)
        kind = param_type(ptype)
        binds = kind.bind_names(pname)
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
        if len(hits) > len(chosen) and chosen:
            lines = ", ".join(str(lit.line) for lit in hits)
            warnings.append(
                f"'{pname}': {len(hits)} literals matched (lines {lines}); all became parameters."
            )

        value: Any = None
        if len(binds) == 2:  # a range: two literals, its start and its end
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
            exclusive = [exclusive_before(body, lit) for lit in end_hits]
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
                replacements[lit.start] = (lit, bind_text(f"{pname}_start", lit, body))
            for lit in end_hits:
                replacements.setdefault(lit.start, (lit, bind_text(f"{pname}_end", lit, body)))
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
            if len(chosen) > 1:
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
                if isinstance(raw, dt.date) and kind.is_period:
                    value = raw  # a YAML date: the loader takes it as it is
            for lit in hits:
                replacements[lit.start] = (lit, bind_text(pname, lit, body))
        decl = declare(pname, spec, ptype, value, warnings, today)
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
        if not NAME.match(name):
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
        "description": _PROMOTED_FROM.format(where=where, day=today.isoformat()),
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


_PROMOTED_FROM = "Promoted from {where} on {day}."


def promoted_on(text: str, ticket_id: int) -> dt.date | None:
    """The day a promoted file says ticket `ticket_id` was promoted on (the description a draft
    is written with), or None when the file says no such thing."""
    said = _PROMOTED_FROM.format(where=f"ticket #{ticket_id}", day="@")
    before, after = (re.escape(part) for part in said.split("@"))
    found = re.search(rf"{before}(\d{{4}}-\d{{2}}-\d{{2}}){after}", text)
    try:
        return dt.date.fromisoformat(found.group(1)) if found else None
    except ValueError:
        return None


def own_left_behind(
    path: Path, ticket_id: int, redraft: Callable[[dt.date], Draft]
) -> Draft | None:
    """The draft at `path` when it is exactly what promoting ticket `ticket_id` writes
    (`redraft(day)`, on the day the file names): a run that died after writing it and before
    storing it left it; None for a file of other content, which stays another query's."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    day = promoted_on(text, ticket_id)
    if day is None:
        return None
    try:
        draft = redraft(day)
    except (UserFacingError, ValueError):
        return None
    return draft if draft.text == text else None
