"""The files of a held answer: attached when the outbox finally posts it, once.

A big result's CSV, or a time series' chart, is attached in the answer's thread right after
its post (`handlers.common.post_answer`). An answer held for the outbox
(`bot.slack.outbox.hold_post`) keeps them on its row (`FILES`: name, title and the bytes in
base64), and the outbox attaches them when it posts the answer itself (`attach_held_files`,
outcome `sent`), as the scheduler attaches a report's CSV (`scheduler.jobs`). A post found in
Slack's history instead (`found`: an earlier try took it, and may have attached its files) is
left as it is: an upload has no key to look up, so attaching again could post a file twice. A
file Slack does not confirm is said in one line in the answer's thread, sent once through the
outbox (`bot.slack.uploads`: the completion is never repeated).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from scheduler.delivery import Delivery, Message, Outbox
from scheduler.models import OutboundMessage

log = logging.getLogger(__name__)

FILES = "files"  # the key, in a held row's body, of the files to attach once it is posted
FILE_LINE = "held_file"  # the kind of the row of a file's one line


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


def attach_held_files(outbox: Outbox, message: Message, delivery: Delivery) -> int:
    """Attach the held row's files in the thread of the post the outbox just made (only on
    `sent`, see the module docstring); how many Slack confirmed."""
    upload = getattr(outbox.poster, "upload", None)
    if delivery.outcome != "sent" or not delivery.ts or upload is None:
        return 0
    files = held_files(outbox, message.key)
    channel = delivery.channel or message.channel
    thread_ts = message.thread_ts or delivery.ts
    done = 0
    for name, content, title in files:
        line: Any = upload(channel, thread_ts, name, content, title)
        if not line:
            done += 1
            continue
        # Never a silent loss: one line in the answer's thread, sent once.
        said = Message(
            f"{message.key[:180]}:file:{name[:60]}",
            FILE_LINE,
            channel,
            str(line),
            thread_ts=thread_ts,
            keep=True,
        )
        outbox.send_once(said)
    if files:
        log.info("outbox: %d of %d file(s) of %s attached", done, len(files), message.key)
    return done
