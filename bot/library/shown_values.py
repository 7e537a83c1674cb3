"""Shown values: the values of the text columns a query shows or groups by, read ahead of time.

"How many Premium Yoga Mats did we sell?" names a row of a per-product sales query, not a
parameter's value. `queries refresh-values` reads the distinct values of each text column a
query's outermost SELECT shows or groups by (found with sqlglot, traced through CTEs and
subqueries to a base table), capped per column, and stores them next to the known values with
their own key file; the match path opens that file in place (no sqlglot, no duckdb). The
matcher counts such a value as a known word of the query that shows it, binding nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.library.model import Library, QueryDef
from bot.library.value_keys import ValueKeys, open_key_file, value_keys, words_key, write_key_file

SHOWN_CAP = 2000  # distinct values kept per shown column
MAX_SHOWN_LENGTH = 80
ShownValues = dict[str, dict[str, list[str]]]  # query -> column -> values as stored
TableName = tuple[str, ...]  # as bot.library.sql_columns (not imported: it loads Jinja)


def shown_columns(query: QueryDef) -> list[tuple[TableName | None, str, tuple[TableName, ...]]]:
    """(table or None, column, the query's base tables) for each plain column the outermost
    SELECT shows or groups by, traced back to the base table column it renames."""
    from sqlglot import exp

    from bot.library.sql_columns import base_column, parsed_statement

    parsed = parsed_statement(query)
    if parsed is None:
        return []
    tree, root, tables = parsed
    if root is None or not isinstance(tree, exp.Select):
        return []
    columns = [p.unalias() for p in tree.selects]
    group = tree.args.get("group")
    if group is not None:
        columns += list(group.expressions)
    out: list[tuple[TableName | None, str, tuple[TableName, ...]]] = []
    for col in columns:
        if not isinstance(col, exp.Column) or not col.name or isinstance(col.this, exp.Star):
            continue
        table, name = base_column(col, root)
        if table is None and not col.table and len(tables) == 1:
            table = tables[0]
        if table is None and len(tables) != 1:
            table = None  # resolved at refresh: the one base table that has the column
        found = (table, name, tuple(tables))
        if found not in out:
            out.append(found)
    return out


def _text_values_sql(table: TableName, column: str, cap: int) -> str:
    col = '"' + column.replace('"', '""') + '"'
    name = ".".join('"' + part.replace('"', '""') + '"' for part in table)
    # Text columns only: a shown number or date names no row.
    return (
        f"SELECT DISTINCT {col} FROM {name} WHERE {col} IS NOT NULL "
        f"AND typeof({col}) = 'VARCHAR' LIMIT {int(cap)}"
    )


def read_shown(
    library: Library,
    run: Callable[[str], list[tuple[Any, ...]]],
    columns_of: Callable[[TableName], set[str]],
    cap: int = SHOWN_CAP,
) -> ShownValues:
    """The values of every query's shown text columns (a column that cannot be read is left
    out: the matcher works without it)."""
    shown: ShownValues = {}
    for q in library:
        for table, column, tables in shown_columns(q):
            table = table or next((t for t in tables if column.lower() in columns_of(t)), None)
            if table is None:
                continue
            try:
                rows = run(_text_values_sql(table, column, cap))
            except Exception:  # one unreadable column must not stop the others
                continue
            values = []
            for row in rows[:cap]:
                text = str(row[0]).strip() if row and row[0] is not None else ""
                key = words_key(text)
                if text and len(text) <= MAX_SHOWN_LENGTH and not key.replace(" ", "").isdigit():
                    values.append(text)
            if values:
                kept = shown.setdefault(q.name, {}).setdefault(column, [])
                seen = set(kept)  # a list's `in` made 2,000 values quadratic
                for v in values:
                    if v not in seen:
                        seen.add(v)
                        kept.append(v)
    return shown


def shown_keys_file(values_path: Path) -> Path:
    return values_path.with_suffix(".shown.keys")


def save_shown(values_path: Path, shown: ShownValues) -> None:
    write_key_file(shown_keys_file(values_path), shown_value_keys(shown))


def shown_value_keys(shown: ShownValues) -> ValueKeys:
    """Keyed as the matcher reads them: key -> [(query, column, value as stored)]."""
    return value_keys(shown)


def load_shown_keys(values_path: Path) -> Any:
    """The stored shown values as the matcher reads them ({} when never refreshed)."""
    return open_key_file(shown_keys_file(values_path))
