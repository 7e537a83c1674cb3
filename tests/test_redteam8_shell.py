"""Eighth red team: `datarequest shell`'s `/time` given a move no clock can make.

`/time +99999999999d` and `/time +3000000d` ended the whole shell with "unexpected error:
OverflowError" (past what a timedelta or a date holds), and `/time 9999-12-31 23:59` or
`/time +2000w` held it for hours: every schedule slot on the way fires in turn (30 days take
8 s). A move past MAX_MOVE is now one line, and the clock stays where it was.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_shell import START, Script, _settings

from bot.shell.people import MAX_MOVE, ShellClock
from bot.shell.start import ShellOptions, open_shell


@pytest.mark.parametrize(
    "text", ["+99999999999d", "+3000000d", "+2000w", "9999-12-31 23:59", "+1000000000000000m"]
)
def test_a_move_no_clock_can_make_is_one_line(text: str) -> None:
    clock = ShellClock(START, "Europe/Berlin")
    with pytest.raises(ValueError, match="at most"):
        clock.parse(text)


def test_a_move_within_the_limit_still_parses() -> None:
    clock = ShellClock(START, "UTC")
    assert clock.parse(f"+{MAX_MOVE.days}d") == START + MAX_MOVE
    assert clock.parse("2026-12-07 09:00") == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert MAX_MOVE.days == 31


def test_the_shell_says_so_and_goes_on(tmp_path: Path) -> None:
    script = Script()

    async def run() -> None:
        options = ShellOptions(now=START, user="caroline")
        async with open_shell(
            _settings(tmp_path), out=script.out, ask=script.ask, options=options
        ) as shell:
            for text in ("+99999999999d", "+3000000d", "9999-12-31 23:59"):
                assert await shell.handle(f"/time {text}")
                out = script.take()
                assert "at most" in out and "Traceback" not in out, out
            assert await shell.handle("/time")
            assert "Tue 2026-12-01 10:00" in script.take()

    asyncio.run(run())
