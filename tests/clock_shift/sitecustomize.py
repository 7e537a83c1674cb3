"""Test-only: moves `bot.clock.system_clock` of every Python process started with this folder on
PYTHONPATH (a real `serve` and the jobs process it starts), by the seconds written in the file
named by DR_TEST_CLOCK_OFFSET_FILE, read at each call, so a test can set the clock back or
forward while the processes run. Python imports `sitecustomize` at start-up by itself; nothing
in the product reads this variable. Used by tests/test_serve_clock_jump.py only.

DR_TEST_TICK_S, when set, shortens the scheduler's tick (`start_scheduler`'s `interval_s`,
60 s in `serve`), so that the test waits a few seconds for each tick rather than a minute.

`system_clock`'s code is replaced in place: every default argument and import that holds the
function (services, the intake, the scheduler's ClockGuard) then reads the moved clock, while
`time.monotonic` and APScheduler's own timers keep the real time, as after a real jump.
"""

import os

if os.environ.get("DR_TEST_CLOCK_OFFSET_FILE"):
    import bot.clock

    def _moved():  # type: ignore[no-untyped-def]  # runs with bot.clock's globals
        import os as _os
        from datetime import timedelta as _timedelta

        try:
            with open(_os.environ["DR_TEST_CLOCK_OFFSET_FILE"], encoding="utf-8") as _file:
                _offset = float(_file.read().strip() or 0)
        except (OSError, ValueError):
            _offset = 0.0
        return datetime.now(UTC) + _timedelta(seconds=_offset)  # noqa: F821

    bot.clock.system_clock.__code__ = _moved.__code__

if os.environ.get("DR_TEST_TICK_S"):
    import scheduler.runner

    scheduler.runner.start_scheduler.__kwdefaults__["interval_s"] = int(
        os.environ["DR_TEST_TICK_S"]
    )
