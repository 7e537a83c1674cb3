"""Which step of a file upload failed: before its completion nothing can have been shared.

files_upload_v2 is three calls: files.getUploadURLExternal, the bytes POSTed to the upload URL,
files.completeUploadExternal. Only the completion shares the file. A timeout or a lost
connection raises the same exception at any step, so the caller could not tell a failure
before the completion (nothing shared: "could not be posted") from one of the completion
itself (perhaps shared: "did not confirm"). The clients (`bot.slack.redacting`) mix in
`UploadSteps` / `AsyncUploadSteps`: a failure raised before the completion was sent comes out
as `UploadNotCompleted`, with the step's own failure as its cause. The first two steps are
retried by the client's one retry policy (`bot.slack.client.may_retry`: neither is a send).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackClientError

# What a step may raise when it failed (an answer with an error, a refused upload URL, a
# timeout or a lost connection); anything else is a bug and goes up as it is.
STEP_FAILURES = (SlackClientError, aiohttp.ClientError, OSError)


class UploadNotCompleted(SlackClientError):
    """files_upload_v2 failed before files.completeUploadExternal was sent: nothing shared."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(f"upload failed before its completion: {type(cause).__name__}")
        self.cause = cause


@dataclass
class _Upload:
    completion_sent: bool = False


_CURRENT: ContextVar[_Upload | None] = ContextVar("datarequest_upload", default=None)


def _completion_starts() -> None:
    upload = _CURRENT.get()
    if upload is not None:
        upload.completion_sent = True


@contextmanager
def _one_upload() -> Iterator[None]:
    """An upload's steps: a failure before its completion was sent is `UploadNotCompleted`."""
    upload = _Upload()
    token = _CURRENT.set(upload)
    try:
        yield
    except UploadNotCompleted:
        raise
    except STEP_FAILURES as exc:
        if upload.completion_sent:
            raise
        raise UploadNotCompleted(exc) from exc
    finally:
        _CURRENT.reset(token)


class AsyncUploadSteps:
    """For an AsyncWebClient subclass: see the module docstring."""

    async def files_upload_v2(self, **kwargs: Any) -> Any:
        with _one_upload():
            return await super().files_upload_v2(**kwargs)  # type: ignore[misc]

    async def files_completeUploadExternal(self, **kwargs: Any) -> Any:  # noqa: N802 (Slack's)
        _completion_starts()
        return await super().files_completeUploadExternal(**kwargs)  # type: ignore[misc]


class UploadSteps:
    """For a (blocking) WebClient subclass: see the module docstring."""

    def files_upload_v2(self, **kwargs: Any) -> Any:
        with _one_upload():
            return super().files_upload_v2(**kwargs)  # type: ignore[misc]

    def files_completeUploadExternal(self, **kwargs: Any) -> Any:  # noqa: N802 (Slack's)
        _completion_starts()
        return super().files_completeUploadExternal(**kwargs)  # type: ignore[misc]
