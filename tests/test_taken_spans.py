"""TakenSpans answers as the plain scan over every span did (bot.language.entities' `free`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.taken_spans import TakenSpans

span = st.tuples(st.integers(-3, 40), st.integers(-3, 40))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(spans=st.lists(span, max_size=12), asked=st.lists(span, min_size=1, max_size=12))
def test_free_is_the_plain_scan_for_any_spans(
    spans: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    taken = TakenSpans(spans[:3])
    kept = list(spans[:3])
    for (s, e), more in zip(asked, [*spans[3:], *[None] * len(asked)], strict=False):
        assert taken.free(s, e) == all(e <= a or s >= b for a, b in kept), (kept, s, e)
        if more is not None:
            taken.append(more)
            kept.append(more)
    assert list(taken) == kept
