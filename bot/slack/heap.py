"""Keep CPython's garbage collector off the path of an ack.

After start-up a `serve` process holds ~150,000 objects that live as long as it does (Bolt,
slack_sdk, SQLAlchemy, psycopg, the query library, the matcher's vocabulary). A full
(generation 2) collection walks every one of them with the event loop stopped: 100 ms of CPU
each on the soak's machine (`gc.collect(2)` after `create_app`), 200-360 ms in the soak's
trace of the front under load (`bot/slack/ack_trace.py`); on two cores such a pause between a
request's arrival and its ack is that ack's latency. `freeze_heap` collects once and moves
everything alive into the permanent generation, which no collection walks again (a full
collection then takes well under a millisecond); later collections walk only what was made
since. The thresholds stay CPython's.
"""

from __future__ import annotations

import gc


def freeze_heap() -> None:
    """Collect, then leave every object alive now out of all later collections."""
    gc.collect()
    gc.freeze()
