"""Slack's 429: wait what its Retry-After says, read so that no header value can break a call.

slack_sdk's own handlers read Retry-After with `int(...)`: a value like `1.5`, `abc` or an empty
one raised ValueError inside the Web API call, and the request that was posting its answer
failed with a traceback (the person saw only "Working on it"); a huge value held the job for
hours. Here the value is read as seconds (a fraction is rounded up), an unreadable or absent one
counts as 1 s, and every wait is capped at MAX_RETRY_AFTER_S.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Mapping
from typing import Any

from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

MAX_RETRY_AFTER_S = 30.0
DEFAULT_RETRY_AFTER_S = 1.0


def retry_after_s(headers: Mapping[str, Any]) -> float:
    """The wait a 429's headers ask for, in seconds (see the module docstring)."""
    raw: Any = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if isinstance(raw, list | tuple):
        raw = raw[0] if raw else None
    try:
        seconds = float(str(raw).strip())
    except ValueError:
        return DEFAULT_RETRY_AFTER_S
    if not math.isfinite(seconds):
        return DEFAULT_RETRY_AFTER_S
    return min(max(math.ceil(seconds), 0.0), MAX_RETRY_AFTER_S)


class AsyncRateLimited(AsyncRateLimitErrorRetryHandler):
    """The asyncio client's 429 handler (see the module docstring)."""

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error  # type: ignore[misc]
        state.next_attempt_requested = True
        await asyncio.sleep(retry_after_s(response.headers))
        state.increment_current_attempt()


class RateLimited(RateLimitErrorRetryHandler):
    """The blocking client's 429 handler (the scheduler's; see the module docstring)."""

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error  # type: ignore[misc]
        state.next_attempt_requested = True
        time.sleep(retry_after_s(response.headers))
        state.increment_current_attempt()
