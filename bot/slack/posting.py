"""Posting a message at most once: every post carries a key, and an uncertain failure is checked.

A chat.postMessage that failed with a 5xx, a timeout, a lost connection, an `ok: false` that
says Slack failed (`bot.slack.client.SLACK_TROUBLE`: `internal_error`...) or one whose code the
app does not know (`bot.slack.client.may_be_stored`) may still have been stored by Slack. The client never repeats it (`bot.slack.client.SENDS`); instead the message
carries its key in Slack message metadata, and before sending again the channel's (or thread's)
recent history is searched for a message with that key: found means it was posted. When the
history cannot be read the message is not sent again (at most once wins over at least once), and
`post` returns MAYBE_POSTED, not None: a caller's fallback (the DM after the channel) would be the
same message a second time (it was, in the channel and in the DM).

A post that timed out is different from one Slack answered with a 5xx: Slack may still be
working on it and store it after the history was searched (a post that hung past the timeout
was stored twice: the hung one, then the one sent again 0.5 s later). When the request is one
the durable intake runs again (`later_lookup`), the post is not sent again here: `send` returns
MAYBE_POSTED, the request is run again later (`bot.slack.intake_runner`), and its replay
searches the history for the key first, long after Slack has finished with the first call.
Likewise a post still rate limited (429) once the client's retries are spent: Slack said
"later", so it is left to the request's next run rather than sent to a fallback (a DM, the
command's response_url) where it would stay.

The scheduler's exactly-once outbox (`scheduler.delivery`) uses the same metadata and the same
matching (`key_metadata`, `find_keyed`), and the same client policy.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.client import (
    CONTENT_REFUSALS,
    DEFAULT_POLICY,
    RetryPolicy,
    is_permanent,
    may_be_stored,
    never_sent,
)

log = logging.getLogger("datarequest.slack")

# The metadata event type of every keyed post (the value is kept: messages already in Slack
# channels carry it, and the scheduler's recovery looks for it).
METADATA_EVENT = "datarequest_scheduled"
# How far before the first try the history search starts (clocks of Slack and us differ).
HISTORY_MARGIN_S = 60.0
FALLBACK_TEXT = 3000
# What `KeyedPoster.post` returns for a message Slack may have stored, when its history cannot
# tell: falsy (there is no ts to use) but not None (not a refusal), so no fallback sends it.
MAYBE_POSTED: Mapping[str, Any] = MappingProxyType({})


def plain_fallback(msg: dict[str, Any], error: str) -> dict[str, Any]:
    """`msg` as text only (no blocks, files or attachments), saying it was cut short."""
    text = str(msg.get("text") or "").strip()
    if len(text) > FALLBACK_TEXT:
        text = text[: FALLBACK_TEXT - 1] + "…"
    return {"text": f"{text}\n_(Slack refused the full message: {error})_".strip()}


def key_metadata(key: str) -> dict[str, Any]:
    """The `metadata` argument of chat.postMessage that carries `key`."""
    return {"event_type": METADATA_EVENT, "event_payload": {"key": key}}


# A lookup reads a channel's history (newest first) or a thread's replies a page at a time, up
# to HISTORY_PAGES pages: reading the first page only missed a post with more than a page of
# newer messages after it (a busy channel, a storm of tickets, a request run again minutes
# later), and sent it again. Past the last page it cannot tell (`HistoryTooLong`), and a post
# whose history cannot be read is not sent again.
HISTORY_PAGE = 200
HISTORY_PAGES = 25


class HistoryTooLong(Exception):
    """More messages since the post's first try than a lookup reads."""


def history_args(
    channel: str, since: float, thread_ts: str | None, cursor: str | None
) -> dict[str, Any]:
    """The arguments of one page of a lookup (conversations.replies when `thread_ts`)."""
    args: dict[str, Any] = {
        "channel": channel,
        "oldest": f"{since:.6f}",
        "include_all_metadata": True,
        "limit": HISTORY_PAGE,
    }
    if thread_ts:
        args["ts"] = thread_ts
    if cursor:
        args["cursor"] = cursor
    return args


def next_cursor(resp: Any) -> str | None:
    """The cursor of the page after `resp`, None when it was the last."""
    meta = resp.get("response_metadata")
    cursor = meta.get("next_cursor") if isinstance(meta, dict) else None
    return cursor if resp.get("has_more") and isinstance(cursor, str) and cursor else None


def find_keyed(messages: Iterable[dict[str, Any]], key: str) -> dict[str, Any] | None:
    """The message among `messages` (from conversations.history/replies) carrying `key`."""
    for message in messages:
        meta = message.get("metadata") or {}
        if (
            meta.get("event_type") == METADATA_EVENT
            and (meta.get("event_payload") or {}).get("key") == key
        ):
            return message
    return None


def new_key(prefix: str = "post") -> str:
    """A key for a message that has no natural identity (unique per post)."""
    return f"{prefix}:{uuid.uuid4().hex}"


@dataclass(frozen=True)
class Refused:
    """Slack's definite refusal of a post (`ok: false`): nothing was stored."""

    error: str

    @property
    def permanent(self) -> bool:
        """The same post would be refused again (`bot.slack.client.is_permanent`)."""
        return is_permanent(self.error)


class KeyedPoster:
    """chat.postMessage with a key: definite refusals return None, uncertain ones are checked."""

    def __init__(
        self,
        client: Callable[[], AsyncWebClient],
        policy: RetryPolicy = DEFAULT_POLICY,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = client
        self.policy = policy
        self._sleep = sleep

    async def post(
        self,
        channel: str,
        msg: dict[str, Any],
        *,
        key: str | None = None,
        thread_ts: str | None = None,
        **kwargs: Any,
    ) -> Mapping[str, Any] | None:
        """Post `msg` once; the response data (channel, ts), None when it was not posted, or
        MAYBE_POSTED when it may have been and Slack's history cannot tell."""
        sent = await self.send(channel, msg, key=key, thread_ts=thread_ts, **kwargs)
        return sent if isinstance(sent, dict) or sent is MAYBE_POSTED else None

    async def send(
        self,
        channel: str,
        msg: dict[str, Any],
        *,
        key: str | None = None,
        thread_ts: str | None = None,
        **kwargs: Any,
    ) -> Mapping[str, Any] | Refused | None:
        """As `post`, but Slack's definite refusal is returned (`Refused`) rather than None."""
        key, found = await self._posted_before(channel, key, thread_ts)
        if found is not None:
            return found
        key = key or new_key()
        since = time.time() - HISTORY_MARGIN_S
        args = {**msg, **kwargs, "metadata": key_metadata(key)}
        if thread_ts:
            args["thread_ts"] = thread_ts
        plain = False
        timed_out = False
        for attempt in range(1, self.policy.transient + 2):
            try:
                response = await self._client().chat_postMessage(channel=channel, **args)
                return dict(response.data)  # type: ignore[arg-type]
            except SlackApiError as exc:
                status = getattr(exc.response, "status_code", 200)
                error = str(exc.response.get("error"))
                if not may_be_stored(status, error):  # a known refusal, or rate limited
                    if (status == 429 or error == "ratelimited") and self.later_lookup():
                        # "Later", not "no": a fallback (the DM, the response_url) would put
                        # the message elsewhere for good; the request's next run posts it here.
                        log.warning(
                            "chat.postMessage to %s still rate limited after its retries: "
                            "left to the request's next run",
                            channel,
                        )
                        return MAYBE_POSTED
                    log.warning("chat.postMessage to %s refused: %s", channel, error)
                    if error in CONTENT_REFUSALS and not plain:
                        plain = True  # nothing was stored: the same key is still free
                        args = {
                            **kwargs,
                            **plain_fallback(msg, error),
                            "metadata": args["metadata"],
                        }
                        if thread_ts:
                            args["thread_ts"] = thread_ts
                        continue
                    return Refused(error)
                reason = f"HTTP {status}" if status >= 500 else f"Slack said {error}"
            except (aiohttp.ClientError, TimeoutError) as exc:
                if never_sent(exc):
                    log.warning("chat.postMessage to %s: Slack unreachable (%s)", channel, exc)
                    return None
                reason = type(exc).__name__
                timed_out = isinstance(exc, TimeoutError)
            await self._sleep(self.policy.backoff_s * 2 ** (attempt - 1))
            try:  # the last try too: it may be the one Slack stored
                found = await self.find(channel, key, since, thread_ts=thread_ts)
            except Exception as exc:
                log.error(
                    "post %s to %s failed (%s) and its history cannot be read (%s): not sent again",
                    key,
                    channel,
                    reason,
                    exc,
                )
                return MAYBE_POSTED
            if found is not None:
                log.info("post %s was stored by Slack despite %s; not sending again", key, reason)
                return found
            if timed_out and self.later_lookup():
                self.left_in_flight()
                log.warning(
                    "post %s to %s timed out and is not in history yet: left to the request's "
                    "next run, which looks it up first",
                    key,
                    channel,
                )
                return MAYBE_POSTED
            if attempt > self.policy.transient:
                break
            log.info(
                "post %s to %s failed (%s), not in history: sending again", key, channel, reason
            )
        log.error(
            "post %s to %s failed %d times; giving up", key, channel, self.policy.transient + 1
        )
        return None

    async def _posted_before(
        self, channel: str, key: str | None, thread_ts: str | None
    ) -> tuple[str | None, dict[str, Any] | None]:
        """(the key to post under, the message if it is posted already): a replay looks first."""
        return key, None

    def later_lookup(self) -> bool:
        """True when a later run of this post's request looks its key up before posting."""
        return False

    def left_in_flight(self) -> None:
        """A post that timed out is left to the request's later run (`later_lookup`)."""

    async def find(
        self, channel: str, key: str, since: float, *, thread_ts: str | None = None
    ) -> dict[str, Any] | None:
        """{channel, ts} of the message carrying `key` posted since `since`, or None."""
        client = self._client()
        if channel[:1] in ("U", "W"):
            opened = await client.conversations_open(users=channel)
            channel = opened["channel"]["id"]
        read = client.conversations_replies if thread_ts else client.conversations_history
        cursor = None
        for _page in range(HISTORY_PAGES):
            resp = await read(**history_args(channel, since, thread_ts, cursor))
            message = find_keyed(resp.get("messages") or [], key)
            if message is not None:
                return {
                    "ok": True,
                    "channel": channel,
                    "ts": str(message["ts"]),
                    "message": message,
                }
            if (cursor := next_cursor(resp)) is None:
                return None
        raise HistoryTooLong(f"{key} not in the last {HISTORY_PAGES * HISTORY_PAGE} messages")
