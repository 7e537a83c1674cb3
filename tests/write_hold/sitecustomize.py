"""Test-only: holds the commit of a transaction that inserted into `slack_intake`, after its
INSERT ran, in every Python process started with this folder on PYTHONPATH (a real `serve`
and its jobs process), while the file `<DR_TEST_HOLD_INTAKE_COMMIT>.armed` exists. On reaching
the hold it creates `<DR_TEST_HOLD_INTAKE_COMMIT>.reached` and waits there for good, so the test
can `kill -9` the process between the INSERT and its commit. Python imports `sitecustomize` at
start-up by itself; nothing in the product reads this variable. The hook is SQLAlchemy's own
engine events (every engine), so it holds whichever writer runs the INSERT. Used by
tests/test_intake_kill_at_write.py only.
"""

import os

if os.environ.get("DR_TEST_HOLD_INTAKE_COMMIT"):
    import time

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    _HOLD = os.environ["DR_TEST_HOLD_INTAKE_COMMIT"]

    def _note(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO SLACK_INTAKE"):
            conn.info["dr_test_intake_insert"] = True

    def _hold(conn):  # type: ignore[no-untyped-def]
        if conn.info.pop("dr_test_intake_insert", False) and os.path.exists(_HOLD + ".armed"):
            with open(_HOLD + ".reached", "w", encoding="utf-8"):
                pass
            while True:
                time.sleep(60)

    event.listen(Engine, "before_cursor_execute", _note)
    event.listen(Engine, "commit", _hold)
