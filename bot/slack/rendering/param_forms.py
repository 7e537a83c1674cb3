"""Block Kit for the parameters form: its inputs, prefilled, and reading a submitted one.

Each parameter's input has the block_id `p:NAME` (`input_id`); a choice parameter whose
choices a Slack menu cannot hold is a text input (`bot.library.types.base.fits_a_menu`).
"""

from __future__ import annotations

import hashlib
from typing import Any

from bot.slack.rendering import blocks as bk

PARAMS_CALLBACK = "params_modal"
MAX_BLOCK_ID = 255


def input_id(name: str, suffix: str = "") -> str:
    """The block_id of a parameter's input: `p:NAME`, or for a name past Slack's 255 characters
    a digest of it (Slack refused the whole form)."""
    block_id = f"p:{name}{suffix}"
    if len(block_id) <= MAX_BLOCK_ID:
        return block_id
    return f"p:#{hashlib.sha256(name.encode()).hexdigest()[:32]}{suffix}"


def param_inputs(
    query: Any, binds: dict[str, Any], only: list[str] | None = None
) -> list[bk.Block]:
    """Input blocks for `query`'s parameters (or only those named), prefilled from `binds`."""
    blocks: list[bk.Block] = []
    for p in query.params:
        if only is not None and p.name not in only:
            continue
        label = p.label or p.name.replace("_", " ").capitalize()
        optional = not p.required
        hint = bk.clip(p.description, 150) if p.description else ""
        for fld in p.kind.form_fields(p):
            blocks.append(
                bk.input_block(
                    input_id(p.name, fld.suffix),
                    f"{label}{fld.label_suffix}",
                    p.kind.form_element(p, fld, binds, bk.option, bk.clip),
                    optional=optional and (only is None or not fld.required_when_asked),
                    hint=hint if fld.hint else "",
                )
            )
    return blocks


def params_modal(
    query: Any,
    binds: dict[str, Any],
    *,
    only: list[str] | None = None,
    metadata: dict[str, Any],
) -> dict[str, Any]:
    """The modal to change (or, with `only`, to supply the missing) parameters of a query."""
    intro = (
        f"*{bk.escape(query.title)}* needs a value before it can run."
        if only
        else f"*{bk.escape(query.title)}* — change the parameters and run it again."
    )
    blocks = [bk.section(intro, block_id="intro"), *param_inputs(query, binds, only)]
    return bk.modal(
        "Run query" if only else "Change parameters",
        blocks,
        callback_id=PARAMS_CALLBACK,
        submit="Run",
        private_metadata=metadata,
    )


def read_param_inputs(query: Any, state_values: dict[str, Any]) -> dict[str, str]:
    """Raw text per parameter from a submitted params modal (`view.state.values`).

    A date range comes back as `NAME_start` / `NAME_end` (ISO dates), the keys
    `bot.matching.params.coerce_inputs` takes; unset optional inputs are left out.
    """

    def read(block_id: str) -> str | None:
        action = (state_values.get(block_id) or {}).get("value") or {}
        kind = action.get("type")
        if kind == "datepicker":
            return action.get("selected_date")
        if kind == "static_select":
            return (action.get("selected_option") or {}).get("value")
        return action.get("value")

    raw: dict[str, str] = {}
    for p in query.params:
        for fld in p.kind.form_fields(p):
            if input_id(p.name, fld.suffix) in state_values:
                value = read(input_id(p.name, fld.suffix))
                if value not in (None, ""):
                    raw[fld.key] = str(value)
    return raw


def field_errors(query: Any, reason: str, state_values: dict[str, Any]) -> dict[str, str]:
    """`response_action: errors` for a refused modal: the reason under the input it names."""
    lowered = reason.lower()
    for p in query.params:
        label = (p.label or p.name.replace("_", " ")).lower()
        if lowered.startswith(label) or f" {label}" in lowered:
            for block_id in (input_id(p.name), input_id(p.name, ":start")):
                if block_id in state_values:
                    return {block_id: bk.clip(reason, 150)}
    return form_error(reason, state_values)


def form_error(reason: str, state_values: dict[str, Any]) -> dict[str, str]:
    """`reason` under the form's first parameter input, or its first input, or (a form sent
    without any) its introduction: a refusal always names a block, never none."""
    inputs = list(state_values)
    first = next((b for b in inputs if b.startswith("p:")), inputs[0] if inputs else "intro")
    return {first: bk.clip(reason, 150)}
