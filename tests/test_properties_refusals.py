"""A refusal that echoes what a person typed stays one short line, whatever was typed (§30).

On main a 100 KB value came back whole in `datarequest queries show NAME` ("There is no query
named '…100 KB…'"), `ask --param NAME=1` (an unknown parameter), `ask --param X` (not
NAME=VALUE), `audit --since`, `shell --now`, `tickets promote --param`, `schedule add --param`,
`roster set-ooo USER` ("@… is not on the roster"), an argparse error ("unrecognized arguments",
"invalid choice") and an invalid setting (`Invalid setting QUERY_TIMEOUT_S='…'`). Each now
echoes the value through `bot.errors.echoed` (quoted, one line, 40 characters), argparse's
error line through the CLI's parser (`bot/cli/__init__.py`). The properties run every path on
arbitrary text, 100 KB pastes, control and bidirectional characters, newlines and Slack markup:
the refusal is one line under BOUND characters and never a traceback. The forms' path (the
Change-parameters modal, `coerce_inputs`) and the schedules' checks are run the same way.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_redteam14_cli import _run, cli  # noqa: F401  (the fixture)

from bot.errors import UserFacingError
from bot.library.loader import load_library
from bot.matching.params import coerce_inputs
from bot.settings import load_settings
from scheduler.config import ScheduleProblems, schedule_from_mapping

BOUND = 400  # characters of a refusal line: its words plus at most a few 40-character echoes
SOME = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
pieces = st.one_of(
    st.text(min_size=1, max_size=12),
    st.sampled_from(["\n", "\r\n", "\x1b[31m", "\u202e", "\u200b", "\x00", "<!channel>", "'", '"']),
    st.sampled_from(["<@U0ADMIN01|boss>", "<https://evil.example|ok>", "; DROP TABLE t --", "é"]),
)
typed = st.one_of(
    st.lists(pieces, min_size=1, max_size=8).map("".join),
    st.builds(lambda piece, n: piece * n, pieces, st.integers(1, 100_000)).map(
        lambda s: s[:100_000] or "x"
    ),
)


def _said(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _run(argv)
    return code, err.getvalue()


def _one_short_line(err: str) -> None:
    assert "Traceback" not in err and "unexpected error" not in err, err[:500]
    refusal = err.rstrip("\n").splitlines()[-1]  # argparse prints its usage lines before it
    assert refusal.startswith("datarequest"), err[:500]
    assert len(refusal) <= BOUND, refusal[:500]


CLI_PATHS = {
    "unknown query": lambda v: ["queries", "show", v],
    "unknown param": lambda v: ["ask", "revenue_by_region", "--param", f"x{v}=1"],
    "not name=value": lambda v: ["ask", "revenue_by_region", "--param", v.replace("=", "")],
    "bad period": lambda v: ["ask", "revenue_by_region", "--param", f"period=x{v}"],
    "bad date": lambda v: ["audit", "--since", f"x{v}"],
    "bad count": lambda v: ["tickets", "list", "--limit", f"x{v}"],
    "bad time": lambda v: ["shell", "--now", f"x{v}"],
    "promote param": lambda v: ["tickets", "promote", "1", "--param", v.replace("=", "")],
    "schedule param": lambda v: [
        "schedule", "add", "--kind", "report", "--query", "daily_revenue",
        "--channel", "C0REPORTS1", "--cron", "0 9 * * *", "--param", v.replace("=", ""),
    ],
    "schedule cron": lambda v: [
        "schedule", "add", "--kind", "report", "--query", "daily_revenue",
        "--channel", "C0REPORTS1", "--cron", f"x{v}",
    ],
    "unknown person": lambda v: ["roster", "set-ooo", f"x{v}", "2026-12-01", "2026-12-02"],
    "unknown choice": lambda v: [f"x{v}"],
    "unknown option": lambda v: ["queries", "list", f"--x{v}"],
}  # fmt: skip


@SOME
@given(path=st.sampled_from(sorted(CLI_PATHS)), value=typed)
def test_a_cli_refusal_echoes_what_was_typed_on_one_short_line(
    cli: Path,  # noqa: F811
    path: str,
    value: str,
) -> None:
    code, err = _said(CLI_PATHS[path](value))
    assert code in (1, 2), (path, code, err[:300])
    _one_short_line(err)


@SOME
@given(value=typed)
def test_an_invalid_setting_is_one_short_line(value: str) -> None:
    with pytest.raises(UserFacingError) as refused:
        load_settings({"QUERY_TIMEOUT_S": f"x{value}"}, dotenv_path=Path("/nonexistent/.env"))
    reason = str(refused.value)
    assert "\n" not in reason and len(reason) <= BOUND, reason[:500]


@pytest.fixture(scope="module")
def library() -> Any:
    import tempfile

    from slack_helpers import make_test_library

    with tempfile.TemporaryDirectory() as folder:
        yield load_library(make_test_library(Path(folder) / "queries"))


@SOME
@given(value=typed, field=st.sampled_from(["period", "region", "day", "n", "order_id"]))
def test_a_form_value_refused_is_one_short_line(library: Any, value: str, field: str) -> None:
    for query in library.queries.values():
        names = {p.name for p in query.params}
        if field not in names and field != "period":
            continue
        try:
            coerce_inputs(query, {name: value for name in names | {field}}, date(2026, 12, 7))
        except UserFacingError as refused:
            reason = str(refused)
            assert "\n" not in reason and len(reason) <= BOUND, reason[:500]


@SOME
@given(
    value=typed,
    key=st.sampled_from(["id", "cron", "channel", "timezone", "grace", "holidays", "query"]),
)
def test_a_schedule_refused_is_one_short_line(value: str, key: str) -> None:
    item = {"id": "s1", "kind": "report", "channel": "C0DIGEST01", "cron": "0 9 * * *"}
    item["query"] = "daily_revenue"
    item[key] = f"x{value}"
    try:
        schedule_from_mapping(item, default_timezone="UTC")
    except ScheduleProblems as refused:
        for _, problem in refused.items:
            assert "\n" not in problem and len(problem) <= BOUND, problem[:500]
