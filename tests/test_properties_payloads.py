"""Property-based tests of the payload readers every Slack listener uses (issue 9, hostile input).

Any JSON value in any field (wrong types, huge or non-finite numbers, deep nesting, hostile
text): `problem` names what is wrong or lets it through, and the readers never raise; they
return None, "" or {} for what is not what it should be, and a ticket id only in 1..2**31-1.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.slack import payloads

FAST = settings(max_examples=150, deadline=None, derandomize=True)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["1", "0", "-1", "2147483648", "1e999", "inf", " 42 ", "٣", "12\x00", "{}"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=25,
)
KEYS = ["type", "actions", "user", "view", "command", "user_id", "text", "event", "state"]
bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"type": st.sampled_from(["block_actions", "view_submission", "event_callback"])},
        optional={k: json_values for k in KEYS if k != "type"},
    ),
    st.builds(
        lambda actions, user: {"type": "block_actions", "actions": actions, "user": user},
        st.lists(st.dictionaries(st.sampled_from(["action_id", "value", "block_id"]), scalars)),
        st.dictionaries(st.sampled_from(["id", "name"]), scalars),
    ),
)


@FAST
@given(body=bodies)
def test_problem_and_the_readers_never_raise(body: Any) -> None:
    reason = payloads.problem(body)
    assert reason is None or isinstance(reason, str)
    as_dict = body if isinstance(body, dict) else {}
    action = payloads.first_action(as_dict)
    assert isinstance(action, dict)
    assert isinstance(payloads.user_id(as_dict), str)
    for key in ("value", "block_id", "action_id"):
        assert isinstance(payloads.text(action, key), str)
    state = payloads.mapping(payloads.mapping(as_dict, "view"), "state")
    assert isinstance(payloads.input_value(payloads.mapping(state, "values"), "sql"), str)
    if reason is None and isinstance(body, dict) and body.get("type") == "block_actions":
        assert payloads.user_id(body)  # what passes has a user to answer


@FAST
@given(raw=json_values)
def test_a_ticket_id_is_a_small_positive_integer_or_none(raw: Any) -> None:
    found = payloads.ticket_id(raw)
    assert found is None or (isinstance(found, int) and 0 < found <= payloads.MAX_TICKET_ID)


@FAST
@given(raw=st.one_of(json_values.map(json.dumps), st.text(max_size=60), json_values))
def test_metadata_reads_as_an_object_or_empty(raw: Any) -> None:
    assert isinstance(payloads.json_object(raw), dict)
