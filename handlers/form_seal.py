"""The parameters form's seal: its query and channel travel in private_metadata with a MAC.

A submitted form is answered in the channel it was opened for only when the seal holds, so a
forged submission naming #finance cannot run a query allowed only there.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from bot.slack import payloads


def _seal(rt: Any, query: Any, channel: Any) -> str:
    secret = rt.settings.slack_signing_secret or rt.settings.slack_bot_token
    message = f"params-form\x00{query}\x00{channel}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def sealed(rt: Any, meta: dict[str, Any]) -> dict[str, Any]:
    """`meta` (a parameters form's private_metadata) with a MAC of its query and channel."""
    return {**meta, "s": _seal(rt, meta.get("q"), meta.get("c"))}


def sealed_channel(rt: Any, meta: dict[str, Any]) -> str | None:
    """The channel a submitted form was opened for, when its seal holds; else None (the answer
    goes by DM, and a query restricted to channels is refused): a forged submission naming
    #finance must not run a query allowed only there."""
    channel = payloads.text(meta, "c") or None
    seal = payloads.text(meta, "s")
    expected = _seal(rt, meta.get("q"), meta.get("c"))
    return channel if seal and hmac.compare_digest(seal, expected) else None
