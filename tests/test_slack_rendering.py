"""Block Kit rendering stays inside Slack's limits whatever the data (checked by the fake's rules)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from fake_slack import MAX_MESSAGE_BLOCKS, MAX_VIEW_BLOCKS, validate_blocks

from bot.library.loader import ParamDef, QueryDef
from bot.slack.rendering import blocks as bk
from bot.slack.rendering import home, results, tickets


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]
    column_types: list[str] = field(default_factory=list)
    row_count: int = 0
    elapsed_ms: float = 12.0
    truncated: bool = False


QUERY = QueryDef(
    name="revenue_by_region",
    title="Revenue by region",
    sql="SELECT 1",
    params=(
        ParamDef("period", "date_range", default="last month"),
        ParamDef("region", "choice", optional=True, choices=("NA", "EMEA")),
        ParamDef("n", "int", default=10, min=1, max=1000),
    ),
)


def test_params_in_words() -> None:
    binds = {"period_start": "2026-10-01", "period_end": "2026-10-31", "region": "EMEA", "n": 20}
    assert results.params_words(QUERY, binds) == "Oct 1 – Oct 31, 2026 · EMEA · n: 20"
    assert results.date_range_words("2025-12-01", "2026-01-31") == "Dec 1, 2025 – Jan 31, 2026"
    assert results.date_range_words(date(2026, 11, 3), date(2026, 11, 3)) == "Nov 3, 2026"
    assert results.params_words(QUERY, {"period_start": None, "region": None}) == "no parameters"


def test_wide_long_result_fits_and_says_so() -> None:
    columns = [f"c{i}" for i in range(25)]
    rows = [tuple("x" * 500 for _ in columns) for _ in range(150)]
    msg = results.result_message(QUERY, {}, Result(columns, rows, row_count=150))
    assert validate_blocks(msg["blocks"], max_blocks=MAX_MESSAGE_BLOCKS) is None
    table = next(b for b in msg["blocks"] if b["type"] == "table")
    assert len(table["rows"]) == 21 and all(len(r) == 20 for r in table["rows"])
    assert all(len(c["text"]) <= bk.MAX_CELL_TEXT for r in table["rows"] for c in r)
    assert "first 20 of 25 columns" in str(msg["blocks"])
    assert results.result_csv(Result(columns, rows)).count(b"\n") == 151


def test_a_result_csv_cell_never_starts_a_formula() -> None:
    # CSV injection: a warehouse value (or column name) opened in a spreadsheet would run.
    columns = ["=cmd|' /C calc'!A0", "amount"]
    rows = [
        ('=HYPERLINK("http://evil","x")', -5),
        ("+1+1", 1.5),
        ("-2+3", None),
        ("@SUM(A1)", date(2026, 1, 2)),
        ("\t=1", 0),
        ("\r=1", 0),
        ("plain - text", 7),
    ]
    got = list(csv.reader(io.StringIO(results.result_csv(Result(columns, rows)).decode())))
    assert got[0] == ["'=cmd|' /C calc'!A0", "amount"]
    assert [r[0] for r in got[1:]] == [
        '\'=HYPERLINK("http://evil","x")',
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "'\t=1",
        "'\r=1",
        "plain - text",
    ]
    # Numbers stay numbers (a negative one is not text a spreadsheet would run).
    assert [r[1] for r in got[1:4]] == ["-5", "1.5", ""]


def test_the_result_and_the_audit_exports_share_one_writer() -> None:
    from bot.tickets import audit_query

    assert results.csv_text is audit_query.csv_text


def test_full_table_up_to_99_rows_with_numbers_right_aligned() -> None:
    rows = [(f"r{i}", i * 1.5) for i in range(99)]
    res = Result(["name", "value"], rows, ["VARCHAR", "DOUBLE"], row_count=99)
    msg = results.result_message(QUERY, {}, res)
    table = next(b for b in msg["blocks"] if b["type"] == "table")
    assert len(table["rows"]) == 100 and table["column_settings"][1] == {"align": "right"}
    assert results.fits_in_table(res) and not results.is_time_series(res)
    series = Result(["day", "revenue"], [(date(2026, 10, d), 1.0) for d in range(1, 4)])
    assert results.is_time_series(series)


def test_finalize_caps_blocks_and_makes_ids_unique() -> None:
    many = [bk.section(f"line {i}", block_id="same") for i in range(80)]
    many.append(bk.actions("acts", bk.button("A", "go"), bk.button("B", "go")))
    out = bk.finalize(many)
    assert len(out) == 50 and out[-1]["type"] == "actions"
    assert validate_blocks(out, max_blocks=MAX_MESSAGE_BLOCKS) is None
    assert bk.section("y" * 5000)["text"]["text"].endswith("…")


def test_help_with_a_big_library_stays_within_limits() -> None:
    queries = [
        QueryDef(
            name=f"q{i}",
            title=f"Query number {i} " + "t" * 80,
            sql="SELECT 1",
            examples=("ask for it like this " * 5,),
        )
        for i in range(300)
    ]
    msg = results.help_message(queries)
    assert validate_blocks(msg["blocks"], max_blocks=MAX_MESSAGE_BLOCKS) is None


@dataclass
class Ticket:
    id: int
    text: str = "please build a churn dashboard"
    state: str = "open"
    state_label: str = "open"
    requester_id: str = "U0REQ00001"
    owner_id: str | None = None
    claimed_by: str | None = None
    priority: str = "normal"
    source: str = "unmatched"
    due_at: datetime | None = datetime(2026, 11, 24, 17, tzinfo=UTC)
    best_query: str | None = "revenue_by_region"
    best_score: float | None = 0.55
    resolution: str | None = None
    permalink: str | None = None

    @property
    def is_open(self) -> bool:
        return self.state not in ("done", "cancelled")


def test_ticket_message_buttons_and_closed_state() -> None:
    msg = tickets.ticket_message(Ticket(7, text="z" * 10000), tz="Europe/Berlin")
    assert validate_blocks(msg["blocks"], max_blocks=MAX_MESSAGE_BLOCKS) is None
    ids = [e["action_id"] for e in msg["blocks"][-1]["elements"]]
    assert ids == [
        "ticket_claim",
        "ticket_reassign",
        "ticket_close",
        "ticket_waiting",
        "ticket_confirm",
    ]
    assert "Tue Nov 24, 18:00 CET" in str(msg["blocks"])
    done = tickets.ticket_message(Ticket(7, state="done", resolution="built"))
    assert not any(b["type"] == "actions" for b in done["blocks"])


@dataclass
class Stats:
    open_total: int = 3
    unclaimed: int = 1
    overdue: int = 0
    oldest_open_age: timedelta | None = timedelta(hours=5)
    median_to_first_claim: timedelta | None = None
    automation_rate: float | None = 0.8
    open_by_owner: list = field(default_factory=list)


@dataclass
class Home:
    mine: list
    requested: list
    stats: Stats = field(default_factory=Stats)


def test_home_with_many_tickets_stays_within_limits() -> None:
    view = home.home_view(Home([Ticket(i) for i in range(60)], [Ticket(i) for i in range(60)]))
    assert view["type"] == "home"
    assert validate_blocks(view["blocks"], max_blocks=MAX_VIEW_BLOCKS) is None
    assert "80%" in str(view["blocks"])


def test_params_modal_prefills_and_reads_back() -> None:
    binds = {"period_start": "2026-10-01", "period_end": "2026-10-31", "region": "EMEA", "n": 5}
    view = results.params_modal(QUERY, binds, metadata={"q": QUERY.name})
    assert validate_blocks(view["blocks"], max_blocks=MAX_VIEW_BLOCKS) is None
    state = {
        "p:period:start": {"value": {"type": "datepicker", "selected_date": "2026-09-01"}},
        "p:period:end": {"value": {"type": "datepicker", "selected_date": "2026-09-30"}},
        "p:region": {"value": {"type": "static_select", "selected_option": None}},
        "p:n": {"value": {"type": "number_input", "value": "7"}},
    }
    assert results.read_param_inputs(QUERY, state) == {
        "period_start": "2026-09-01",
        "period_end": "2026-09-30",
        "n": "7",
    }
    assert results.field_errors(QUERY, "N must be at most 1000.", state) == {
        "p:n": "N must be at most 1000."
    }
