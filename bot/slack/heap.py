"""Keep CPython's garbage collector off the path of an ack.

After start-up the front holds a large heap of objects that live as long as it does (Bolt,
slack_sdk, SQLAlchemy, psycopg, the query library, the matcher's vocabulary). A full
(generation 2) collection walks every one of them, with the event loop stopped: in the soak's
trace of the front (`bot/slack/ack_trace.py`) they took 200-360 ms each, and on two cores any
such pause between a request's arrival and its ack is that ack's latency. `freeze_heap`
collects once and moves everything alive into the permanent generation, which no collection
walks again; later collections walk only what was made since. The youngest generation is
collected less often (a request allocates a few thousand objects; 700, the default, meant
several young collections per request and a middle one every few requests).
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def freeze_heap() -> None:
    """Collect, then leave every object alive now out of all later collections."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
