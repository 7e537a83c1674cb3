"""The one Slack Web API client factory and its one retry policy, for the app and the scheduler.

The policy (`RetryPolicy`, decided by `may_retry`), and which of Slack's refusals are
permanent (`is_permanent`: never worth another try):

- HTTP 429 is retried for every method after its Retry-After: Slack did not take the call.
- A connection that could not be opened is retried for every method: nothing was sent.
- A 5xx, a timeout or a connection lost after the request was sent is retried only for methods
  that are safe to repeat (reads, chat.update, views.publish...). A method in `SENDS` (it
  creates a message or a file) so failed may have reached Slack (`may_have_reached`): the
  client never repeats it. For chat.postMessage the caller checks by the message's metadata key
  whether it was stored (`bot.slack.posting` in the app, `scheduler.delivery.Outbox` in the
  scheduler) before it sends again; chat.postEphemeral has no metadata and no history, so
  its caller does not send it again in any form (`handlers.common.ephemeral`): at most once.

The app uses the asyncio client (`make_client`), the scheduler the blocking one
(`make_sync_client`); both get the same policy and the same SLACK_API_URL.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
from collections.abc import Awaitable
from dataclasses import dataclass, replace
from typing import Any
from urllib.error import URLError
from urllib.parse import urlsplit

import aiohttp
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.interval_calculator import RetryIntervalCalculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook import WebhookClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.errors import ConfigError
from bot.settings import Settings
from bot.slack.ratelimit import AsyncRateLimited, RateLimited
from bot.slack.readable import UNREADABLE, answer_of
from bot.slack.redacting import (
    RedactingAsyncWebClient,
    RedactingWebClient,
    RedactingWebhookClient,
)
from bot.slack.sdk_log import SDK_LOG

# Methods that create something in Slack: never repeated after they may have reached it.
SENDS = frozenset(
    {
        "chat.postMessage",
        "chat.postEphemeral",
        "chat.scheduleMessage",
        "chat.meMessage",
        "files.completeUploadExternal",
    }
)

# Slack's refusals (`ok: false`) that the same call gets again however often it is repeated:
# the channel is gone, never existed or is archived, the bot is not in it, the token is not
# valid, or the message itself is refused. Whoever retries later (the outbox) gives such a call
# up and says why; every other refusal (`ratelimited`, an unknown code, SLACK_TROUBLE) is
# transient and may be tried again (an unknown code or SLACK_TROUBLE after a history lookup
# by the message's key: `may_be_stored`).
PERMANENT_ERRORS = frozenset(
    {"channel_not_found", "not_in_channel", "is_archived", "invalid_channel", "thread_not_found",
     "user_not_found", "user_not_in_channel", "cannot_dm_bot", "user_disabled",
     "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
     "no_permission", "missing_scope", "not_allowed_token_type", "restricted_action",
     "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
     "team_access_not_granted", "ekm_access_denied"}
)  # fmt: skip
# Slack's answers `ok: false` (HTTP 200) that say Slack itself failed, not that it refused:
# its docs say "it's possible some aspect of the operation succeeded before the error was
# raised". A send answered with one of these may have been stored, so it is treated as a 5xx:
# looked up by its metadata key before it is sent again, never refused, never blindly repeated.
SLACK_TROUBLE = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout",
     "team_added_to_org", UNREADABLE}
)  # fmt: skip
# Refusals of a message's content, not of its channel: the same message is refused again
# (`bot.slack.posting` then sends its plain-text summary once).
CONTENT_REFUSALS = frozenset(
    {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_attachments",
     "invalid_attachments", "invalid_metadata_format", "metadata_too_large"}
)  # fmt: skip


# Refusals (`ok: false`) that say for certain that nothing was stored and that are not permanent:
# rate limited (Slack said "later"), or the call's own arguments refused.
NOT_STORED = frozenset(
    {"ratelimited", "no_text", "invalid_arguments", "invalid_arg_name", "invalid_array_arg",
     "invalid_charset", "invalid_form_data", "invalid_post_type", "missing_post_type",
     "message_limit_exceeded"}
)  # fmt: skip


def may_be_stored(status: int | None, error: object) -> bool:
    """True when a send so answered may have reached Slack: Slack trouble (`slack_trouble`), or
    an `ok: false` code this app does not know (it cannot tell that nothing was stored). Only
    a permanent refusal (`is_permanent`) or one of NOT_STORED (rate limited...) is certain."""
    if slack_trouble(status, error):
        return True
    return not (is_permanent(str(error)) or error in NOT_STORED or status == 429)


def may_have_reached(
    failure: BaseException | None = None, *, status: int | None = None, error: object = None
) -> bool:
    """True when a send that failed so may have reached Slack, so it must not be repeated
    blindly: a Slack answer (`failure` a SlackApiError, or its HTTP `status` and `error` code)
    that `may_be_stored` says so of, or a timeout or a connection lost once the request went
    out. False only when Slack certainly took nothing: a connection that never opened
    (`never_sent`), a 429, a known refusal."""
    if isinstance(failure, SlackApiError):
        status, error = answer_of(failure)  # its response may be aiohttp's (a body not JSON)
    elif failure is not None and status is None:
        return not never_sent(failure)
    return may_be_stored(status, error)


def slack_trouble(status: int | None, error: object) -> bool:
    """True when Slack's answer (HTTP `status`, `error` code) says it failed on its side: a 5xx,
    or an `ok: false` in SLACK_TROUBLE. A send so answered may have reached Slack."""
    return (status is not None and status >= 500) or error in SLACK_TROUBLE


def is_permanent(error: str) -> bool:
    """True when Slack's refusal `error` will be the answer to the same call every time."""
    return error in PERMANENT_ERRORS or error in CONTENT_REFUSALS


@dataclass(frozen=True)
class RetryPolicy:
    """How often, and how long between tries; its waits come from the settings (`policy_for`)."""

    rate_limited: int = 5  # 429s, each after its Retry-After
    transient: int = 4  # unreachable, 5xx, lost connections (see `may_retry`)
    backoff_s: float = 0.5  # first wait; doubles at each try (SLACK_RETRY_BACKOFF_S)
    timeout_s: float = 30.0  # per HTTP call (SLACK_TIMEOUT_S)


DEFAULT_POLICY = RetryPolicy()


def policy_for(settings: Settings, policy: RetryPolicy = DEFAULT_POLICY) -> RetryPolicy:
    """`policy` with the settings' Web API timeout (SLACK_TIMEOUT_S) and first wait before a
    retry (SLACK_RETRY_BACKOFF_S): every client of the app and the scheduler is made with it."""
    waits = {"timeout_s": settings.slack_timeout_s, "backoff_s": settings.slack_retry_backoff_s}
    if all(getattr(policy, name) == value for name, value in waits.items()):
        return policy
    return replace(policy, **waits)


class Backoff(RetryIntervalCalculator):
    """The wait before retry n (from 0): `base_s` × 2**n, plus a random jitter of up to twice
    `base_s`, at most 1 s (slack_sdk's own adds up to 1 s whatever the base: a short base in
    tests would still wait about 2 s a call)."""

    def __init__(self, base_s: float) -> None:
        self.base_s = base_s

    def calculate_sleep_duration(self, current_attempt: int) -> float:
        return self.base_s * 2**current_attempt + random.uniform(0, min(2 * self.base_s, 1.0))


def method_of(url: str) -> str:
    """`https://slack.com/api/chat.postMessage` → `chat.postMessage`."""
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def never_sent(error: BaseException | None) -> bool:
    """True when the connection could not even be opened, so Slack saw nothing."""
    if isinstance(error, aiohttp.ClientConnectorError):
        return True
    if isinstance(error, URLError):
        error = error.reason if isinstance(error.reason, BaseException) else None
    return isinstance(error, (ConnectionRefusedError, socket.gaierror))


def may_retry(method: str, status: int | None, error: BaseException | None) -> bool:
    """The policy for everything but 429 (which has its own handler): see the module docstring."""
    if method in SENDS:
        return not may_have_reached(error, status=status)
    if never_sent(error):
        return True
    if status is not None:
        return status in (500, 502, 503, 504)
    return isinstance(
        error,
        (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, URLError, ConnectionError),
    )


class _Transient:
    """`may_retry` as slack_sdk's retry handlers ask it; a 429 is left to the rate-limit handler."""

    sends = False  # every call of this client creates a message (a response_url)

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        method = "chat.postMessage" if self.sends else method_of(request.url)
        status = response.status_code if response is not None else None
        return status != 429 and may_retry(method, status, error)


class _SyncTransient(_Transient, RetryHandler):
    """The blocking client's (the scheduler's)."""

    def __init__(self, *args: Any, sends: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sends = sends


class _AsyncTransient(_Transient, AsyncRetryHandler):
    """The asyncio client's (the app's); it asks the same question."""

    def __init__(self, *args: Any, sends: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sends = sends

    async def _can_retry_async(self, **question: Any) -> bool:
        return self._can_retry(**question)


def _base_url(settings: Settings) -> str:
    url = settings.slack_api_url
    return url if url.endswith("/") else url + "/"


def make_client(
    settings: Settings,
    token: str | None = None,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    session: aiohttp.ClientSession | None = None,
) -> AsyncWebClient:
    """The app's asyncio Web API client (SLACK_API_URL, the retry policy)."""
    policy = policy_for(settings, policy)
    backoff = Backoff(policy.backoff_s)
    return RedactingAsyncWebClient(
        token=token if token is not None else settings.slack_bot_token,
        base_url=_base_url(settings),
        timeout=policy.timeout_s,
        session=session,
        logger=SDK_LOG,
        retry_handlers=[
            AsyncRateLimited(max_retry_count=policy.rate_limited),
            _AsyncTransient(max_retry_count=policy.transient, interval_calculator=backoff),
        ],
    )


# Where Slack's response_urls point; the host of SLACK_API_URL is the other one allowed (the
# local shell's own server and the tests' fake Slack answer response_urls there).
SLACK_HOOKS = "https://hooks.slack.com/"
log = logging.getLogger("datarequest.slack")


def _origin(url: str) -> tuple[str, str] | None:
    """(scheme, host:port) of `url`, or None when it has credentials, spaces or control
    characters, or is not http(s): nothing a response_url of Slack's looks like."""
    if not url.isascii() or not url.isprintable() or any(c.isspace() or c == "\\" for c in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("https", "http") or not parts.hostname or "@" in parts.netloc:
        return None
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, f"{parts.hostname.lower()}:{port or default}"


def slack_response_url(url: str | None, settings: Settings) -> str | None:
    """`url` when it is Slack's (https://hooks.slack.com/…, or the host of SLACK_API_URL);
    None otherwise, with one log line naming its host: a payload's response_url is posted to
    with the answer, so one pointing elsewhere would send a result out of Slack."""
    if not url:
        return None
    origin = _origin(url)
    if origin is not None and origin in (_origin(SLACK_HOOKS), _origin(_base_url(settings))):
        return url
    host = urlsplit(url).netloc[:80] if origin is not None else "unreadable"
    log.warning("a response_url outside Slack (%s) was dropped", host)
    return None


def make_webhook_client(url: str, *, policy: RetryPolicy = DEFAULT_POLICY) -> AsyncWebhookClient:
    """A client for a response_url: every call posts a message, so the same rules as a post."""
    backoff = Backoff(policy.backoff_s)
    return RedactingWebhookClient(
        url,
        timeout=policy.timeout_s,
        logger=SDK_LOG,
        retry_handlers=[
            AsyncRateLimited(max_retry_count=policy.rate_limited),
            _AsyncTransient(
                max_retry_count=policy.transient, interval_calculator=backoff, sends=True
            ),
        ],
    )


def webhook_like(url: str, client: WebClient) -> WebhookClient:
    """A blocking client for a response_url with `client`'s timeout and retry policy (the
    outbox's): every call posts a message, so a lost one is not repeated, as for a post."""
    handlers: list[RetryHandler] = []
    for handler in client.retry_handlers or []:
        if isinstance(handler, _SyncTransient):
            handler = _SyncTransient(
                max_retry_count=handler.max_retry_count,
                interval_calculator=handler.interval_calculator,
                sends=True,
            )
        handlers.append(handler)
    return WebhookClient(url, timeout=client.timeout, retry_handlers=handlers, logger=SDK_LOG)


def make_sync_client(settings: Settings, *, policy: RetryPolicy = DEFAULT_POLICY) -> WebClient:
    """The scheduler's blocking Web API client: the same URL and the same policy."""
    policy = policy_for(settings, policy)
    backoff = Backoff(policy.backoff_s)
    return RedactingWebClient(
        token=settings.slack_bot_token,
        base_url=_base_url(settings),
        timeout=policy.timeout_s,
        logger=SDK_LOG,
        retry_handlers=[
            RateLimited(max_retry_count=policy.rate_limited),
            _SyncTransient(max_retry_count=policy.transient, interval_calculator=backoff),
        ],
    )


async def check_token(client: AsyncWebClient) -> dict[str, Any]:
    """auth.test once at start-up; a missing or wrong token is a clear ConfigError."""
    if not client.token:
        raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...).")
    return await start_up_call(
        client.auth_test(),
        client.base_url,
        refused="SLACK_BOT_TOKEN was refused by Slack ({error}); copy the Bot User OAuth Token "
        "from the app's OAuth & Permissions page.",
    )


class SlackAway(Exception):
    """Slack could not be asked (unreachable, no answer in time, or 5xx/429 after every retry of
    the client): the work that needed it is not refused, it runs again later."""


async def authorize_call(client: AsyncWebClient) -> dict[str, Any]:
    """auth.test for a process already serving (its first request, a restarted jobs process):
    Slack refusing the token is a ConfigError, as at start-up; Slack away is SlackAway."""
    try:
        response = await client.auth_test()
    except SlackApiError as exc:
        status, error = answer_of(exc)
        # No error code, or one of Slack's own failures (a body that could not be read): Slack
        # did not answer the question, so the token is not refused.
        if status >= 500 or status == 429 or not error or slack_trouble(status, error):
            raise SlackAway(
                f"auth.test answered HTTP {status} ({error or 'no error code'})"
            ) from None
        raise ConfigError(f"SLACK_BOT_TOKEN was refused by Slack ({error}).") from None
    except Exception as exc:  # network, timeout, a body that is not Slack's JSON
        raise SlackAway(f"auth.test failed ({type(exc).__name__})") from None
    return dict(response.data)  # type: ignore[arg-type]


async def start_up_call(call: Awaitable[Any], base_url: str, *, refused: str) -> dict[str, Any]:
    """A Web API call made at start-up: Slack's refusal (`refused`, with `{error}` for its error
    code) or an unreachable Slack is one ConfigError line, never a traceback."""
    try:
        response = await call
    except SlackApiError as exc:
        raise ConfigError(
            refused.format(error=exc.response.get("error", "unknown error"))
        ) from None
    except Exception as exc:  # network, DNS, TLS
        raise ConfigError(f"Cannot reach the Slack Web API at {base_url}: {exc}") from None
    return dict(response.data)  # type: ignore[arg-type]
