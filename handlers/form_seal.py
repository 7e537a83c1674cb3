"""The parameters form's seal: its query, channel, person and expiry travel in private_metadata
with a MAC.

A submitted form is answered in the channel it was opened for only when the seal holds, so a
forged submission naming #finance cannot run a query allowed only there. The seal also names
the person the form was opened for and when it expires (FORM_LIFETIME_S after opening): a
sealed form submitted by someone else, or after that, is refused in one line, so a seal that
leaked (a shared screenshot of a payload, a log) cannot be used by another person or later.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

from bot.errors import UserFacingError
from bot.slack import payloads

# How long an opened parameters form may be submitted. Slack keeps a modal open as long as the
# person leaves it; a day covers a form left open over lunch or a meeting.
FORM_LIFETIME_S = 24 * 3600
NOT_YOURS = "This form was opened for someone else: click the query's button to open your own."
EXPIRED = "This form has expired (forms last 24 hours): click the query's button to open it again."


def _seal(rt: Any, meta: dict[str, Any]) -> str:
    secret = rt.settings.slack_signing_secret or rt.settings.slack_bot_token
    fields = (meta.get("q"), meta.get("c"), meta.get("u"), meta.get("e"))
    message = "\x00".join(["params-form", *map(str, fields)]).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def sealed(rt: Any, meta: dict[str, Any], *, user: str, now: float | None = None) -> dict[str, Any]:
    """`meta` (a parameters form's private_metadata) for `user`, with its expiry and a MAC of
    its query, channel, person and expiry."""
    opened = time.time() if now is None else now
    meta = {**meta, "u": user, "e": int(opened) + FORM_LIFETIME_S}
    return {**meta, "s": _seal(rt, meta)}


def sealed_channel(
    rt: Any, meta: dict[str, Any], user: str, *, now: float | None = None
) -> str | None:
    """The channel a submitted form was opened for, when its seal holds; else None (the answer
    goes by DM, and a query restricted to channels is refused): a forged submission naming
    #finance must not run a query allowed only there.

    Raises UserFacingError (one line) when the seal holds but the form was opened for another
    person than `user`, or has expired.
    """
    seal = payloads.text(meta, "s")
    if not seal or not hmac.compare_digest(seal, _seal(rt, meta)):
        return None
    if meta.get("u") != user:
        raise UserFacingError(NOT_YOURS)
    expires = meta.get("e")
    if not isinstance(expires, int) or (time.time() if now is None else now) >= expires:
        raise UserFacingError(EXPIRED)
    return payloads.text(meta, "c") or None
