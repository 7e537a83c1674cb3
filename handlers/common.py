"""Slack-side steps shared by the feature handlers: posting results, tickets, notes and DMs.

These run after the ack, inside background jobs. They only talk to the Web API (through the
runtime's retrying client) and to the services through the worker's thread pool; Block Kit comes
from bot.slack.rendering. A ticket is always stored before anything about it is posted, so a failed
post never loses it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.answering import Answered, Failed
from bot.slack import payloads, threads
from bot.slack.client import (
    make_webhook_client,
    may_have_reached,
    slack_response_url,
    slack_trouble,
)
from bot.slack.outbox import ANSWER, NOTE, held_line, hold_post, send_kept
from bot.slack.posting import new_key
from bot.slack.rendering import results as rr
from bot.slack.replay import CURRENT_RUN, delivery_base, first_showing
from bot.slack.runtime import SLACK_UNREACHABLE
from bot.slack.uploads import UPLOAD_FAILURES, upload_failure_line
from handlers.held_answer import attachments, too_big_line, whom_to_tell, with_line, within_cap

log = logging.getLogger("datarequest.slack")


def key_of(body: dict[str, Any], *parts: str) -> str:
    """The delivery key of a request: its trigger_id (stable across Slack's retries); without
    one, the payload's digest, as the intake keys it (an empty base made every such command a
    duplicate of the first)."""
    return ":".join([*parts, delivery_base(body)])


async def post(
    rt: Any, channel: str, msg: dict[str, Any], *, key: str | None = None, **kwargs: Any
) -> Mapping[str, Any] | None:
    """chat.postMessage at most once (`bot.slack.posting`); None (logged) when not posted,
    MAYBE_POSTED (falsy) when Slack may have it: fall back elsewhere only on None."""
    return await rt.poster.post(channel, msg, key=key, **kwargs)  # type: ignore[no-any-return]


MODAL_REFUSED = "Slack did not open the form in time. Please click again."
TRIGGER_USED = "exchanged_trigger_id"  # Slack: the trigger_id was used by an earlier call


async def open_modal(rt: Any, body: dict[str, Any], view: dict[str, Any]) -> str:
    """views.open with the click's trigger_id: "modal", or "modal:refused" (one log line) when
    Slack refuses it (the trigger is older than 3 s, rate limited, or was never a real click's).

    On a refusal the person who clicked is told in one line (`body` a click or a command):
    otherwise the button seems dead. "modal:repeat" when Slack says the trigger was already
    exchanged: a trigger opens one view, so this same click, delivered again (a Socket Mode
    redelivery, a replay after a crash), already opened its form, and "click again" would be
    wrong.
    """
    trigger_id = body.get("trigger_id") if isinstance(body.get("trigger_id"), str) else ""
    try:
        await rt.client.views_open(trigger_id=trigger_id, view=view)
    except SlackApiError as exc:
        error = exc.response.get("error")
        if error == TRIGGER_USED:
            log.info("views.open: the trigger already opened its form (a repeated delivery)")
            return "modal:repeat"
        log.warning("views.open refused: %s", error)
        user = payloads.user_id(body) or payloads.text(body, "user_id")
        if user:
            container = payloads.mapping(body, "container")
            channel = (
                payloads.text(container, "channel_id")
                or payloads.text(payloads.mapping(body, "channel"), "id")
                or payloads.text(body, "channel_id")
            )
            url = slack_response_url(payloads.text(body, "response_url"), rt.settings)
            await ephemeral(rt, channel or None, user, {"text": MODAL_REFUSED}, url)
        return "modal:refused"
    return "modal"


async def post_or_hold(
    rt: Any,
    channel: str,
    msg: dict[str, Any],
    *,
    key: str | None = None,
    thread_ts: str | None = None,
    ticket: Any = None,
    by: str | None = None,
    thread_of: tuple[int, str] | None = None,
) -> Mapping[str, Any] | None:
    """A post no later run of its request makes again (a ticket change's thread note or DM),
    sent once: when Slack may have it but its history does not show it yet (timed out) or it is
    still rate limited, the outbox holds it under its key and sends it later, after looking the
    key up (`bot.slack.outbox.hold_post`). If the outbox gives it up, `by` (who made the
    change; without one, the ticket's owner or its triage thread) is told and `ticket`'s
    history says so (`scheduler.given_up`). `thread_of` (ticket id, role): the post, direct or
    held and posted later, is linked to that ticket (`bot.slack.threads.link_thread`), so a
    reply in its thread is a reply on the ticket."""
    run = CURRENT_RUN.get()
    key = key or (run.next_key() if run is not None else new_key("note"))
    posted = await post(rt, channel, msg, key=key, thread_ts=thread_ts)
    if posted and thread_of is not None and not thread_ts:
        link = (thread_of[0], posted["channel"], posted["ts"], thread_of[1])
        await rt.worker.run(threads.link_thread, rt.services, *link)
    if posted is not None and not posted:  # MAYBE_POSTED
        tell = None
        if ticket is not None:  # nobody behind it: the ticket's people (`scheduler.given_up`)
            tell = {"user": by, "what": NOTE, "ticket_id": ticket.id, "text": msg.get("text")}
        await hold_post(rt, NOTE, key, channel, msg, thread_ts, tell=tell, thread_of=thread_of)
    return posted


async def dm(
    rt: Any, user: str, msg: dict[str, Any], *, hold: bool = False, **kwargs: Any
) -> Mapping[str, Any] | None:
    """A direct message from the bot to `user` (`hold`: sent once later when Slack may not have
    it now, `post_or_hold`)."""
    try:
        opened = await rt.client.conversations_open(users=user)
        channel = opened["channel"]["id"]
    except SlackApiError as exc:
        log.warning("conversations.open with %s failed: %s", user, exc.response.get("error"))
        return None
    if hold:
        return await post_or_hold(rt, channel, msg, **kwargs)
    return await post(rt, channel, msg, **kwargs)


async def ephemeral(
    rt: Any, channel: str | None, user: str, msg: dict[str, Any], response_url: str | None = None
) -> bool:
    """Show `msg` to `user` only: response_url when we have one, else postEphemeral, else a DM.

    Once per stored request, whatever dies when (`bot.slack.replay.first_showing`); False when
    no way reached the person this time.
    """
    run = CURRENT_RUN.get()  # read here: the worker's threads do not see this context
    if run is not None:
        sf, now = rt.services.session_factory, rt.services.clock()
        if not await rt.worker.run(first_showing, sf, now, run):
            return True  # shown by an earlier run
    if response_url and await _shown_by_response_url(rt, response_url, msg):
        return True
    if channel:
        try:
            await rt.client.chat_postEphemeral(channel=channel, user=user, **msg)
            return True
        except (SlackApiError, *SLACK_UNREACHABLE) as exc:
            if _ephemeral_may_be_shown(exc):
                return True
    return await dm(rt, user, msg) is not None


def _ephemeral_may_be_shown(exc: BaseException, what: str = "chat.postEphemeral") -> bool:
    """After a failed ephemeral post: True when Slack may have shown it (no metadata, no
    history to look it up by), so it is sent again in no form, not even as a DM: at most once."""
    error = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
    if may_have_reached(exc):
        log.warning("%s may have reached Slack (%s); not sent again", what, error)
        return True
    log.warning("%s failed: %s", what, error)
    return False


async def _shown_by_response_url(rt: Any, url: str, msg: dict[str, Any]) -> bool:
    """Show `msg` through a response_url: True when shown, or when it may be (a 5xx, a
    connection lost once the request went out: not sent again); False when certainly not."""
    client = make_webhook_client(url, policy=rt.policy)
    try:
        response = await client.send_dict(
            {"response_type": "ephemeral", "replace_original": False, **msg}
        )
    except (*SLACK_UNREACHABLE, TimeoutError) as exc:
        return _ephemeral_may_be_shown(exc, "a response_url post")
    except Exception as exc:  # one line: a dead response_url is Slack's, not a bug here
        log.warning("response_url post failed (%s); falling back", str(exc)[:200])
        return False
    status, maybe = response.status_code, slack_trouble(response.status_code, None)
    if status != 200:
        log.warning(
            "response_url answered %s; %s", status, "not sent again" if maybe else "falling back"
        )
    return status == 200 or maybe


async def post_answer(
    rt: Any,
    answer: Answered | Failed,
    *,
    user: str,
    channel: str | None,
    response_url: str | None = None,
    thread: tuple[str, str] | None = None,
) -> str:
    """Post a result (table, CSV for big ones, chart for time series) or the failure reply."""
    if isinstance(answer, Failed):
        name = answer.query.name if answer.query is not None else None
        msg = rr.failure_message(answer.text, answer.reason, name, dict(answer.binds))
        await ephemeral(rt, channel, user, msg, response_url)
        return answer.decision
    msg = rr.result_message(
        answer.query,
        answer.binds,
        answer.result,
        requester=user,
        request_text=answer.text,
        cached_at=answer.cached_at,
        now=rt.services.now(),
        ignored=answer.ignored,
    )
    run = CURRENT_RUN.get()  # each post's key is taken here: a held answer carries it
    posted: Mapping[str, Any] | None = None
    target: tuple[str, str | None, str | None] | None = None  # channel, thread_ts, key
    if thread is not None:
        target = (thread[0], thread[1], run.next_key() if run else None)
        posted = await post(rt, thread[0], msg, thread_ts=thread[1], key=target[2])
    elif rt.settings.reply_visibility == "channel" and channel:
        target = (channel, None, run.next_key() if run else None)
        posted = await post(rt, channel, msg, key=target[2])
    if posted is None and thread is None:
        # Only the requester sees it (the setting, or the bot is not in that channel): their DM
        # holds the message and its files.
        target = (user, None, run.next_key() if run else None)
        posted = await dm(rt, user, msg, key=target[2])
    # Neither the channel nor a DM took it (the bot was removed, the user cannot be DMed): the
    # command's own response_url still shows it to the person.
    if (
        posted is None
        and thread is None
        and response_url
        and await ephemeral(rt, None, user, msg, response_url)
    ):
        return answer.decision
    if not posted:  # not posted, or Slack may have it: a later run looks it up by its key
        if posted is not None and run is not None and run.last_attempt and target is not None:
            tell = whom_to_tell(run, answer, user, response_url)
            cap = int(rt.settings.held_files_max_mb * 1_000_000)
            files, too_big = within_cap(await attachments(rt, answer), cap)
            if too_big:
                msg = with_line(msg, too_big_line(too_big, answer.query.name))
            return await _hold_answer(rt, target, msg, user, channel, response_url, tell, files)
        return "post_failed"
    where, ts = posted["channel"], posted["ts"]
    thread_ts = thread[1] if thread is not None else ts
    for filename, content, title in await attachments(rt, answer):
        await upload(rt, where, thread_ts, filename, content, title, user=user)
    return answer.decision


async def _hold_answer(
    rt: Any,
    target: tuple[str, str | None, str | None],
    msg: dict[str, Any],
    user: str,
    channel: str | None,
    response_url: str | None,
    tell: dict[str, Any],
    files: list[tuple[str, bytes, str]],
) -> str:
    """The last run of a request whose answer Slack still refuses (rate limited) or may have
    lost: the outbox keeps it with its files and posts it later under its key, and the person is
    told now (and told again if the outbox gives it up, `scheduler.given_up`)."""
    where, thread_ts, key = target
    held = key is not None and await hold_post(
        rt, ANSWER, key, where, msg, thread_ts, tell=tell, files=files
    )
    if not held:
        return "post_failed"
    await ephemeral(rt, channel, user, {"text": held_line(where, thread_ts)}, response_url)
    return "answer_held"


async def upload(
    rt: Any,
    channel: str,
    thread_ts: str | None,
    filename: str,
    content: bytes,
    title: str,
    *,
    user: str | None = None,
) -> bool:
    """Share a file in `channel`; True when Slack confirmed it.

    Otherwise `user` is told in one line (never a silent loss), and nothing is repeated: a
    completion that failed with a 5xx or a lost connection may have shared the file, and Slack
    offers no lookup by key to tell (so a repeat could post it twice). The line says so.
    """
    try:
        await rt.client.files_upload_v2(
            channel=channel, thread_ts=thread_ts, filename=filename, content=content, title=title
        )
        return True
    except UPLOAD_FAILURES as exc:
        line = upload_failure_line(exc, filename)
    if user:
        await _tell_in_place(rt, channel, thread_ts, user, line, filename)
    return False


async def _tell_in_place(
    rt: Any, channel: str, thread_ts: str | None, user: str, line: str, filename: str
) -> None:
    """Show `line` to `user` where the file was to go; when Slack refuses that, their DM
    through the outbox, which keeps the line until it is sent (`bot.slack.outbox.send_kept`)."""
    try:
        where = {"thread_ts": thread_ts} if thread_ts else {}
        await rt.client.chat_postEphemeral(channel=channel, user=user, text=line, **where)
        return
    except (SlackApiError, *SLACK_UNREACHABLE) as exc:
        if _ephemeral_may_be_shown(exc):
            return
    run = CURRENT_RUN.get()  # read here: the worker's threads do not see this context
    key = f"{run.item.key[:180]}:file:{filename[:60]}" if run else new_key("file")
    await send_kept(rt, key, user, line)
