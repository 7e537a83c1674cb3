"""What a ticket's SQL holds, before it becomes a library query: its literals (strings,
dates, numbers, with their lines and casts) and whether it is one read-only statement."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.errors import UserFacingError

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
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_JINJA = re.compile(r"\{\{|\{%|\{#")

READ_ONLY_STARTS = ("SELECT", "WITH", "FROM", "VALUES")
_WRITE_TEXT = """INSERT UPDATE DELETE DROP CREATE ALTER ATTACH DETACH COPY PRAGMA INSTALL LOAD
    EXPORT IMPORT TRUNCATE MERGE GRANT REVOKE VACUUM CHECKPOINT CALL SET"""
WRITE_KEYWORDS = frozenset(_WRITE_TEXT.split())


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


def _line(sql: str, pos: int) -> int:
    return sql.count("\n", 0, pos) + 1


def _string_value(quoted: str) -> str:
    return quoted[1:-1].replace("''", "'")


def iso_date(text: str) -> dt.date | None:
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _text_literal(sql: str, m: re.Match[str], quoted: str, cast: str = "") -> Literal:
    """A quoted literal: a date when its text is an ISO date, else a string."""
    value = _string_value(quoted)
    day = iso_date(value)
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


def exclusive_before(sql: str, lit: Literal) -> bool:
    """True when the literal is the right side of a strict `<` (a half-open range end)."""
    before = sql[: lit.start].rstrip()
    return before.endswith("<") and not before.endswith("<<")


_AFTER_INTERVAL = re.compile(r"\bINTERVAL\s*$", re.IGNORECASE)


def bind_text(bind: str, lit: Literal, sql: str) -> str:
    if lit.cast:
        return f"CAST(:{bind} AS {lit.cast})"
    if lit.kind == "number" and _AFTER_INTERVAL.search(sql, 0, lit.start):
        return f"(:{bind})"  # `INTERVAL 30 DAY` takes an expression only in parentheses
    return f":{bind}"
