"""What a file upload Slack did not confirm means, for the interactive path and the scheduler.

files.upload_v2 is three calls: the upload URL, the bytes, files.completeUploadExternal. A
known refusal, or any failure before the completion (a timeout included:
`bot.slack.upload_steps.UploadNotCompleted`), certainly shared nothing: "could not be posted". A 5xx or a lost
connection on the completion, or an `ok: false` that says Slack failed (`SLACK_TROUBLE`) or whose
code the app does not know, may come after Slack shared the file (`may_be_stored`, as for a
post), and Slack offers no lookup by key to tell, so the completion is never repeated (a repeat
could post the file twice): the person is told in one line that Slack did not confirm it. Both
the async handlers and the sync scheduler classify with `upload_failure_line`, so the two paths
say and decide the same.
"""

from __future__ import annotations

import logging

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError, SlackRequestError

from bot.slack.client import may_be_stored, may_have_reached, method_of
from bot.slack.upload_steps import UploadNotCompleted

log = logging.getLogger(__name__)

FILE_NOT_POSTED = "The file {name} could not be posted: Slack refused it. Ask again to get it."
FILE_MAYBE_NOT_POSTED = (
    "Slack did not confirm that the file {name} was posted. If it is not here, ask again to get it."
)
COMPLETION = "files.completeUploadExternal"

# What an upload may raise when Slack did not take the file: an answer with an error, the
# upload URL refusing the bytes, or a lost connection (aiohttp for the async client, OSError
# (URLError, a reset) for the sync one).
UPLOAD_FAILURES = (SlackClientError, aiohttp.ClientError, OSError)


def upload_failure_line(exc: BaseException, filename: str) -> str:
    """The one line for the person when uploading `filename` raised `exc` (logged here)."""
    if isinstance(exc, UploadNotCompleted):  # the completion was never sent: nothing shared
        cause = exc.cause
        detail = cause.response.get("error") if isinstance(cause, SlackApiError) else ""
        log.warning(
            "upload of %s failed before its completion: %s %s",
            filename,
            type(cause).__name__,
            detail,
        )
        maybe = False
    elif isinstance(exc, SlackApiError):
        method, status = method_of(exc.response.api_url or ""), exc.response.status_code
        log.warning(
            "upload of %s failed: %s %s %s", filename, method, status, exc.response.get("error")
        )
        maybe = method == COMPLETION and may_be_stored(status, exc.response.get("error"))
    elif isinstance(exc, SlackRequestError):  # the upload URL refused the bytes: nothing shared
        log.warning("upload of %s failed: %s", filename, str(exc)[:200])
        maybe = False
    else:  # the completion lost (a timeout, a reset), perhaps after it shared: not repeated
        log.warning("upload of %s failed: %s", filename, type(exc).__name__)
        maybe = may_have_reached(exc)
    return (FILE_MAYBE_NOT_POSTED if maybe else FILE_NOT_POSTED).format(name=filename)
