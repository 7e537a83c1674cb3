"""Block Kit for answers: query results, parameter words, choices, failures and modals.

A result message shows the query's title, the parameters in words ("Oct 1 – Oct 31, 2026 ·
EMEA"), the rows as a table block, row count and run time, and the buttons *Change parameters*,
*Subscribe* (handled by the scheduler's handlers), *Download CSV* and *Not what I asked*. A
result too big for a table block (over 99 data rows or 20 columns) shows its first rows inline
and is attached in full as a CSV file (`result_csv`), as *Download CSV* attaches any result.
Button values carry what a click needs (query name, binds, the original text) as compact JSON,
so a click never depends on server memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from bot.answering.cache import cached_words
from bot.csv_export import csv_text
from bot.language.dates import date_range_words  # noqa: F401 - re-exported
from bot.matching.matcher import MAX_REQUEST_CHARS, too_long_reason  # noqa: F401 - re-exported
from bot.slack import payloads
from bot.slack.rendering import blocks as bk
from bot.slack.rendering.param_forms import (  # noqa: F401 - re-exported
    PARAMS_CALLBACK,
    field_errors,
    form_error,
    input_id,
    param_inputs,
    params_modal,
    read_param_inputs,
)

INLINE_ROWS_WHEN_OVERFLOW = 20
TEXT_IN_VALUE = 600  # room for the request text inside a 2,000-character button value

# action ids (a contract with handlers/; "subscribe" is handled by the scheduler's handlers)
CHANGE_PARAMS = "change_params"
SUBSCRIBE = "subscribe"
NOT_WHAT_I_ASKED = "not_what_i_asked"
PICK_CANDIDATE = "pick_candidate"
NONE_OF_THESE = "none_of_these"
MAKE_TICKET = "make_ticket"
DOWNLOAD_CSV = "download_csv"
OPEN_PARAMS = "open_params"
REFRESH = "refresh_result"
BINDS_TOO_LONG = (
    "_These parameters are too long for Slack to keep on the buttons: Subscribe, Refresh and "
    "Download CSV are left off; ask again with shorter values to get them._"
)


def params_words(query: Any, binds: dict[str, Any]) -> str:
    """The parameters used, in words: dates as ranges, choices bare, others `label: value`."""
    parts = [w for p in getattr(query, "params", ()) if (w := p.kind.words(p, binds))]
    return " · ".join(parts) if parts else "no parameters"


def _duration(ms: float) -> str:
    if ms < 1000:
        return f"{ms:.0f} ms"
    return f"{ms / 1000:.1f} s"


def _numeric_columns(result: Any) -> list[bool]:
    types = list(getattr(result, "column_types", None) or [])
    out = []
    for i, _ in enumerate(result.columns):
        t = str(types[i]).upper() if i < len(types) else ""
        if t:
            out.append(
                any(k in t for k in ("INT", "DOUBLE", "FLOAT", "DECIMAL", "NUMERIC", "REAL"))
            )
        else:
            sample = next((r[i] for r in result.rows if r[i] is not None), None)
            out.append(isinstance(sample, int | float) and not isinstance(sample, bool))
    return out


def fits_in_table(result: Any) -> bool:
    return len(result.rows) <= bk.MAX_TABLE_ROWS - 1 and len(result.columns) <= bk.MAX_TABLE_CELLS


def is_time_series(result: Any) -> bool:
    """First column dates (or timestamps), at least one numeric column, two rows or more."""
    if len(result.rows) < 2 or len(result.columns) < 2:
        return False
    first = next((r[0] for r in result.rows if r[0] is not None), None)
    if not isinstance(first, date):
        types = list(getattr(result, "column_types", None) or [])
        if not (types and str(types[0]).upper().startswith(("DATE", "TIMESTAMP"))):
            return False
    return any(_numeric_columns(result)[1:])


def result_csv(result: Any) -> bytes:
    """The whole result as CSV (UTF-8, header row first; no cell starts a formula)."""
    return csv_text(result.columns, result.rows).encode()


def _value(query_name: str, binds: dict[str, Any], text: str = "") -> dict[str, Any]:
    value: dict[str, Any] = {"q": query_name, "p": _jsonable(binds)}
    if text:
        value["t"] = bk.clip(text, TEXT_IN_VALUE)
    return value


def _jsonable(binds: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in binds.items()}


def result_message(
    query: Any,
    binds: dict[str, Any],
    result: Any,
    *,
    requester: str = "",
    request_text: str = "",
    note: str = "",
    cached_at: datetime | None = None,
    now: datetime | None = None,
    ignored: Sequence[str] = (),
) -> dict[str, Any]:
    """chat.postMessage arguments for a query result (text + blocks).

    A result from the cache (`cached_at`) says how old it is and gets a *Refresh* button;
    `ignored` is what the request said that the answer did not use, shown so nobody takes it
    for applied.
    """
    words = params_words(query, binds)
    rows = result.row_count if getattr(result, "row_count", None) is not None else len(result.rows)
    count = f"{rows:,} row{'s' if rows != 1 else ''}"
    if getattr(result, "truncated", False):
        count = f"first {len(result.rows):,} rows (the query's limit)"
    facts = [bk.escape(words), count, _duration(getattr(result, "elapsed_ms", 0) or 0)]
    if cached_at is not None:
        facts.append(cached_words(cached_at, now or cached_at))
    if requester:
        facts.append(f"asked by <@{requester}>")
    blocks: list[bk.Block] = [
        bk.header(query.title),
        bk.context(" · ".join(facts), block_id="facts"),
    ]
    if note:
        blocks.append(bk.context(bk.escape(note), block_id="note"))
    if ignored:
        blocks.append(bk.context(bk.escape("not used: " + ", ".join(ignored)), block_id="ignored"))
    if not result.rows:
        blocks.append(bk.section("_No rows for these parameters._", block_id="empty"))
    elif fits_in_table(result):
        blocks.append(bk.table(list(result.columns), result.rows, numeric=_numeric_columns(result)))
    else:
        shown = result.rows[:INLINE_ROWS_WHEN_OVERFLOW]
        blocks.append(bk.table(list(result.columns), shown, numeric=_numeric_columns(result)))
        extra = ""
        if len(result.columns) > bk.MAX_TABLE_CELLS:
            extra = f" and the first {bk.MAX_TABLE_CELLS} of {len(result.columns)} columns"
        blocks.append(
            bk.context(
                f"Showing the first {len(shown)} of {len(result.rows):,} rows{extra}; "
                "the whole result is in the CSV file in the thread.",
                block_id="overflow",
            )
        )
    blocks.append(result_actions(query.name, binds, request_text, refresh=cached_at is not None))
    if binds_fit(query.name, binds):
        blocks.append(download_actions(query.name, binds))
    else:
        blocks.append(bk.context(BINDS_TOO_LONG, block_id="binds_too_long"))
    text = f"{query.title}: {bk.escape(words)} ({count})"
    return bk.message(text, blocks)


def binds_fit(query_name: str, binds: dict[str, Any]) -> bool:
    """Whether a result's query and parameters fit in a button's value (four string parameters
    of 500 characters do not): the buttons that run it again need them whole."""
    return bk.fits(_value(query_name, binds))


def result_actions(
    query_name: str, binds: dict[str, Any], request_text: str = "", *, refresh: bool = False
) -> bk.Block:
    if not binds_fit(query_name, binds):
        # Change parameters opens on the defaults; what would run other parameters is left off
        return bk.actions(
            "result_actions",
            bk.button("Change parameters", CHANGE_PARAMS, {"q": query_name}),
            bk.button(
                "Not what I asked → ticket", NOT_WHAT_I_ASKED, _value(query_name, {}, request_text)
            ),
        )
    value = _value(query_name, binds)
    fresh = (
        [bk.button("Refresh", REFRESH, _value(query_name, binds, request_text))] if refresh else []
    )
    return bk.actions(
        "result_actions",
        *fresh,
        bk.button("Change parameters", CHANGE_PARAMS, value),
        bk.button("Subscribe", SUBSCRIBE, value),
        bk.button(
            "Not what I asked → ticket", NOT_WHAT_I_ASKED, _value(query_name, binds, request_text)
        ),
    )


def download_actions(query_name: str, binds: dict[str, Any]) -> bk.Block:
    """*Download CSV*: the whole result as a file in the result's thread, on a row of its own."""
    return bk.actions(
        "result_files", bk.button("Download CSV", DOWNLOAD_CSV, _value(query_name, binds))
    )


def working_message(text: str) -> str:
    return f"Working on it: _{bk.escape(bk.clip(text, 200))}_ …"


def too_long_message(text: str) -> str:
    """Said at the ack, before a job is queued; the matcher refuses such a text too."""
    return too_long_reason(len(text))


def ambiguous_message(text: str, candidates: list[tuple[Any, float]]) -> dict[str, Any]:
    """One button per candidate query, best first, and *None of these* (a ticket)."""
    buttons = [
        bk.button(
            bk.clip(q.title, 75),
            f"{PICK_CANDIDATE}_{i}",
            {"q": q.name, "t": bk.clip(text, TEXT_IN_VALUE)},
        )
        for i, (q, _score) in enumerate(candidates[:5])
    ]
    best = {"q": candidates[0][0].name} if candidates else {}
    buttons.append(
        bk.button(
            "None of these → ticket", NONE_OF_THESE, {**best, "t": bk.clip(text, TEXT_IN_VALUE)}
        )
    )
    lines = [
        f"I am not sure which query answers _{bk.escape(bk.clip(text, 300))}_. Which one did you mean?"
    ]
    for q, _score in candidates[:5]:
        desc = f" — {bk.escape(q.description)}" if getattr(q, "description", "") else ""
        lines.append(f"• *{bk.escape(q.title)}*{bk.clip(desc, 200)}")
    return bk.message(
        f"Which query did you mean for: {bk.escape(bk.clip(text, 200))}",
        [bk.section("\n".join(lines), block_id="ambiguous"), bk.actions("candidates", *buttons)],
    )


def failure_message(
    text: str, reason: str, query_name: str | None = None, binds: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A short explanation and a button that turns the request into a ticket."""
    value: dict[str, Any] = {"t": bk.clip(text, TEXT_IN_VALUE)}
    if query_name:
        value.update(q=query_name, p=_jsonable(binds or {}))
        if not binds_fit(query_name, value["p"]):  # the ticket is made without them
            value["p"] = {}
    return bk.message(
        f"That did not work: {bk.escape(reason)}",
        [
            bk.section(f":warning: {bk.escape(bk.clip(reason, 1500))}", block_id="failure"),
            bk.actions(
                "failure_actions",
                bk.button("Turn into a ticket", MAKE_TICKET, value, style="primary"),
            ),
        ],
    )


def missing_values_message(query: Any, missing: list[str], channel: str | None) -> dict[str, Any]:
    """When the modal cannot open (its trigger expired): a button that opens it."""
    value = {"q": query.name, "m": missing, "c": channel}
    labels = ", ".join((query.param(m).label or m.replace("_", " ")) for m in missing)
    return bk.message(
        f"{query.title} needs a value",
        [
            bk.section(
                f"*{bk.escape(query.title)}* needs {bk.escape(labels)} before it can run.",
                block_id="missing",
            ),
            bk.actions(
                "missing_actions",
                bk.button("Enter the values", OPEN_PARAMS, value, style="primary"),
            ),
        ],
    )


def help_message(queries: list[Any], *, command: str = "/datarequest") -> dict[str, Any]:
    """What can be asked, one line per query with an example from the library."""
    blocks: list[bk.Block] = [
        bk.header("What you can ask"),
        bk.section(
            f"Type `{command} ` and your question in plain words. If no query answers it, it "
            f"becomes a ticket for the data team. `{command} tickets` lists your tickets.",
            block_id="intro",
        ),
        bk.divider(),
    ]
    lines: list[str] = []
    for q in sorted(queries, key=lambda q: q.title.lower()):
        example = q.examples[0] if getattr(q, "examples", ()) else q.title.lower()
        lines.append(f"• *{bk.escape(q.title)}* — `{command} {bk.escape(example)}`")
    chunk: list[str] = []
    n = 0
    for line in lines:
        if sum(len(x) + 1 for x in chunk) + len(line) > 2900:
            blocks.append(bk.section("\n".join(chunk), block_id=f"queries{n}"))
            n += 1
            chunk = []
        chunk.append(bk.clip(line, 2900))
    if chunk:
        blocks.append(bk.section("\n".join(chunk), block_id=f"queries{n}"))
    return bk.message("What you can ask /datarequest", blocks)


def parse_value(raw: str) -> dict[str, Any]:
    """A button value written by this module (compact JSON); {} when it is not ours."""
    return payloads.json_object(raw)
