"""The files of a held answer: each attached in the answer's thread once, whatever dies when.

A big result's CSV, or a time series' chart, is attached in the answer's thread right after
its post (`handlers.common.post_answer`). An answer held for the outbox
(`bot.slack.outbox.hold_post`) keeps them on its row (`FILES`: name, title and the bytes in
base64, capped by HELD_FILES_MAX_MB), and the outbox attaches them once the answer is in Slack:
posted by the outbox (`sent`) or found in the history (`found`: an earlier try took it).

Each file has its own row, `<key>:attached:<n>`, claimed before its upload and marked `sent`
once Slack confirmed it (the outbox's protocol for a message: a unique key, a lease, a dead
owner taken over at once). A pass that takes over a row left `claimed` (the process died
during or after the upload, before the mark) first looks in the thread for a file of that name
(`conversations.replies` lists the messages that share files): found, it is only marked. When
every file is done the files are dropped from the held row; until then any pass finds the
answer sent with files left and attaches the missing ones (`attach_pending`), so a process that
dies between the post and its files leaves them to the next pass. A file Slack does not confirm
is said in one line in the answer's thread, sent once through the outbox, and not uploaded
again (`bot.slack.uploads`: a completion that failed may have shared the file).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.db.session import insert_new, write_session
from scheduler.delivery import Delivery, Message, Outbox, claim_columns, owner_gone, reclaim
from scheduler.models import CLAIMED, FAILED, SENT, OutboundMessage

log = logging.getLogger(__name__)

FILES = "files"  # the key, in a held row's body, of the files to attach once it is posted
FILE_LINE = "held_file"  # the kind of the row of a file's one line
ATTACHED = "attached"  # the kind of a file's own row (and the word in its key)
PENDING_FOR = timedelta(days=1)  # after its post, how long an answer's missing files are tried
BATCH = 20


def files_entry(files: Sequence[tuple[str, bytes, str]]) -> list[dict[str, str]]:
    """`(filename, content, title)` as a held row keeps them."""
    return [
        {"name": name, "title": title, "b64": base64.b64encode(content).decode("ascii")}
        for name, content, title in files
    ]


def held_files(outbox: Outbox, key: str) -> list[tuple[str, bytes, str]]:
    """The files kept on the held row `key` (none when it has none, or they are unreadable)."""
    with outbox.session_factory() as session:
        body = session.scalar(select(OutboundMessage.body).where(OutboundMessage.key == key))
    try:
        entries = json.loads(body or "{}").get(FILES) or []
        return [(str(e["name"]), base64.b64decode(e["b64"]), str(e["title"])) for e in entries]
    except (ValueError, KeyError, TypeError, AttributeError):
        log.error("outbox: the files of %s are unreadable; not attached", key)
        return []


def attached_key(key: str, n: int) -> str:
    """The key of the row of the held row `key`'s `n`-th file."""
    return f"{key[:200]}:{ATTACHED}:{n}"


def attach_held_files(outbox: Outbox, message: Message, delivery: Delivery) -> int:
    """Attach the held row's files in the thread of its answer, now in Slack (`sent` or
    `found`); how many Slack confirmed in this call."""
    if delivery.outcome not in ("sent", "found") or not delivery.ts:
        return 0
    channel = delivery.channel or message.channel
    return _attach(outbox, message.key, channel, message.thread_ts or delivery.ts)


def attach_pending(outbox: Outbox, *, limit: int = BATCH) -> int:
    """Attach the files still missing from held answers in Slack (their process died between
    the post and its files, or a file's try did not finish); how many Slack confirmed."""
    since = outbox.clock() - PENDING_FOR
    with outbox.session_factory() as session:
        rows = session.execute(
            select(
                OutboundMessage.key,
                OutboundMessage.posted_channel,
                OutboundMessage.channel,
                OutboundMessage.thread_ts,
                OutboundMessage.ts,
            )
            .where(
                OutboundMessage.status == SENT,
                OutboundMessage.sent_at >= since,
                OutboundMessage.body.like(f'%"{FILES}"%'),
            )
            .order_by(OutboundMessage.sent_at)
            .limit(limit)
        ).all()
    done = 0
    for key, posted_channel, channel, thread_ts, ts in rows:
        if ts:
            done += _attach(outbox, key, posted_channel or channel, thread_ts or ts)
    return done


def _attach(outbox: Outbox, key: str, channel: str, thread_ts: str) -> int:
    upload = getattr(outbox.poster, "upload", None)
    if upload is None:
        return 0
    files = held_files(outbox, key)
    done = finished = 0
    for n, (name, content, title) in enumerate(files):
        row = attached_key(key, n)
        taken = _take(outbox, row, channel)
        if taken is None:  # done already, or another process is on it
            finished += outbox.status(row) in (SENT, FAILED)
            continue
        if taken:  # an earlier try did not finish: the file may be in the thread already
            shared = _shared(outbox, channel, thread_ts, name, row)
            if shared is None:  # cannot tell: not uploaded now, the row waits for its lease
                continue
            if shared:
                outbox.mark(row, SENT)
                finished += 1
                continue
        line: Any = upload(channel, thread_ts, name, content, title)
        finished += 1
        if not line:
            outbox.mark(row, SENT)
            done += 1
            continue
        outbox.mark(row, FAILED, error=str(line)[:500])
        # Never a silent loss: one line in the answer's thread, sent once.
        said = f"{key[:180]}:file:{name[:60]}"
        outbox.send_once(
            Message(said, FILE_LINE, channel, str(line), thread_ts=thread_ts, keep=True)
        )
    if files and finished == len(files):
        _drop_files(outbox, key)
    if files:
        log.info("outbox: %d of %d file(s) of %s attached", done, len(files), key)
    return done


def _take(outbox: Outbox, key: str, channel: str) -> bool | None:
    """Claim the file row `key`: False when it is new (never tried), True when an earlier try
    left it unfinished (the file may be in Slack), None when it is done or taken."""
    now = outbox.clock()
    claim = OutboundMessage(
        key=key,
        kind=ATTACHED,
        channel=channel[:32],
        status=CLAIMED,
        **claim_columns(now, outbox.instance),
    )
    if insert_new(outbox.session_factory, claim):
        return False
    with outbox.session_factory() as session:
        row = session.scalars(select(OutboundMessage).where(OutboundMessage.key == key)).one()
        seen: tuple[str, datetime, int] = (row.status, row.claimed_at, row.attempts)
        gone = owner_gone(row.status, row.claimed_by)
    if seen[0] != CLAIMED or (seen[1] > now - outbox.lease and not gone):
        return None
    if seen[2] >= outbox.max_attempts:
        outbox.mark(key, FAILED, error="gave up after the last attempt")
        log.error("outbox: giving up on the file %s after %d attempts", key, seen[2])
        return None
    which = OutboundMessage.key == key
    if not reclaim(
        outbox.session_factory, OutboundMessage, which, seen, now=now, by=outbox.instance
    ):
        return None
    return True


def _shared(outbox: Outbox, channel: str, thread_ts: str, name: str, row: str) -> bool | None:
    """Is the file already in the answer's thread (an earlier try uploaded it)? None when the
    thread cannot be read: then it is not uploaded again now (at most once)."""
    find_file = getattr(outbox.poster, "find_file", None)
    if find_file is None:
        return None
    try:
        found = bool(find_file(channel, thread_ts, name))
    except Exception as exc:
        log.warning("outbox: cannot tell whether %s is in its thread: %s", row, exc)
        outbox.mark(row, CLAIMED, error=f"cannot verify: {exc}"[:500])
        return None
    if found:
        log.info("outbox: %s was already in its thread; not uploaded again", row)
    return found


def _drop_files(outbox: Outbox, key: str) -> None:
    """Every file is done: the held row no longer keeps them (nor is it looked at again)."""
    with write_session(outbox.session_factory) as session:
        row = session.scalars(select(OutboundMessage).where(OutboundMessage.key == key)).one()
        try:
            body = json.loads(row.body or "{}")
        except ValueError:
            return
        body.pop(FILES, None)
        row.body = json.dumps(body)
