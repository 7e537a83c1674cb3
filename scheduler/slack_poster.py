"""The scheduler's Slack side: a poster that carries a message's key in its metadata, finds a
keyed message in a channel's history, attaches files, and says when Slack refused for certain
(`SendRefused`; an `ok: false` that says Slack failed, or whose code the app does not know, is
not one, see `bot.slack.client.may_be_stored`). `scheduler.delivery.Outbox` drives it; tests drive the Outbox with fakes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.slack.client import is_permanent, make_sync_client, may_be_stored
from bot.slack.posting import (
    HISTORY_PAGE,
    HISTORY_PAGES,
    HistoryTooLong,
    find_keyed,
    history_args,
    key_metadata,
    next_cursor,
)
from bot.slack.uploads import UPLOAD_FAILURES, upload_failure_line


class SendRefused(Exception):
    """Slack answered with an error: the message was certainly not posted."""

    @property
    def lasting(self) -> bool:
        return is_permanent(str(self))


class SlackPoster:
    """Posts through a slack_sdk WebClient; the key travels in the message metadata."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def post(
        self,
        channel: str,
        text: str,
        blocks: list[dict[str, Any]],
        *,
        key: str,
        thread_ts: str | None = None,
    ) -> tuple[str, str]:
        from slack_sdk.errors import SlackApiError

        try:
            resp = self.client.chat_postMessage(
                channel=channel,
                text=text,
                blocks=blocks,
                thread_ts=thread_ts,
                metadata=key_metadata(key),
                unfurl_links=False,
            )
        except SlackApiError as exc:
            status = getattr(exc.response, "status_code", 200)
            error = exc.response.get("error")
            # A definite refusal ({"ok": false}), unless it says Slack failed (SLACK_TROUBLE) or
            # is a code the app does not know: then, as after a 5xx, the message may be stored
            # and the Outbox looks it up by its key after the lease instead of sending it again
            # or giving it up.
            if status == 200 and not may_be_stored(status, error):
                raise SendRefused(str(error or exc)) from None
            raise
        return str(resp["channel"]), str(resp["ts"])

    def upload(
        self, channel: str, thread_ts: str, filename: str, content: bytes, title: str
    ) -> str | None:
        """Attach a file in a message's thread; None when Slack confirmed it, else the one line
        for the thread (bot.slack.uploads: the completion is never repeated)."""
        try:
            self.client.files_upload_v2(
                channel=channel,
                thread_ts=thread_ts,
                filename=filename,
                content=content,
                title=title,
            )
        except UPLOAD_FAILURES as exc:
            return upload_failure_line(exc, filename)
        return None

    def find_file(self, channel: str, thread_ts: str, filename: str) -> bool:
        """Is a file named `filename` shared in the thread of `thread_ts` (its replies list the
        messages that share files, with their names)? Raises when the thread cannot be read."""
        resp = self.client.conversations_replies(channel=channel, ts=thread_ts, limit=200)
        return any(
            isinstance(f, dict) and f.get("name") == filename
            for message in resp.get("messages") or []
            for f in message.get("files") or []
        )

    def find(
        self, channel: str, key: str, since: datetime, *, thread_ts: str | None = None
    ) -> tuple[str, str] | None:
        if channel[:1] in ("U", "W"):
            channel = self.client.conversations_open(users=channel)["channel"]["id"]
        read = self.client.conversations_replies if thread_ts else self.client.conversations_history
        cursor = None
        for _page in range(HISTORY_PAGES):  # a page at a time, as the app's (bot.slack.posting)
            resp = read(**history_args(channel, since.timestamp(), thread_ts, cursor))
            message = find_keyed(resp.get("messages") or [], key)
            if message is not None:
                return channel, str(message["ts"])
            if (cursor := next_cursor(resp)) is None:
                return None
        raise HistoryTooLong(f"{key} not in the last {HISTORY_PAGES * HISTORY_PAGE} messages")


def make_slack_client(settings: Any) -> Any:
    """The scheduler's WebClient (sync; it runs in the scheduler thread): the app's one policy.

    429s are retried after Retry-After (Slack did not take the message). A 5xx is retried for
    every method except chat.postMessage: there it may come after Slack stored the message, so
    the row stays `claimed` and the history check decides, after the lease.
    """
    return make_sync_client(settings)
