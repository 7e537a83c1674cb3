"""An answer of the Web API that is not Slack's JSON object becomes one SlackApiError.

Slack, or a proxy in front of it, may answer a call with a body cut short, a JSON array, a
bare string, or `{"ok": true}` without what the call returns. slack_sdk then raises what every caller misreads: a `SlackApiError` whose
`response` is aiohttp's ClientResponse (no `status_code`, no `get`), a `JSONDecodeError`
(the blocking client), or an `AttributeError` from reading the body as a mapping. A result
whose post was so answered was lost with a traceback, and the person was told "something
went wrong" although the message was in the channel; an `ok: true` post with no `ts` was a
KeyError in every caller that threads under it. The clients (`bot.slack.redacting`)
mix in `ReadableAnswers` / `AsyncReadableAnswers`: such an answer comes out as a
`SlackApiError` with a proper response, HTTP status kept, error code `UNREADABLE` (in
`bot.slack.client.SLACK_TROUBLE`: the call may have been carried out, as after a 5xx), so
each caller's own handling of Slack trouble applies (a post is looked up by its key first).
"""

from __future__ import annotations

import json
import traceback
from typing import Any, NoReturn

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_slack_response import AsyncSlackResponse
from slack_sdk.web.slack_response import SlackResponse

from bot.slack.sdk_log import NOT_JSON

UNREADABLE = "unreadable_response"
# The error code slack_sdk's blocking client makes of a body that is not JSON: the body's text.
_SDK_NOT_JSON = "Received a response in a non-JSON format"
_RESPONSES = (SlackResponse, AsyncSlackResponse)  # the second is no subclass of the first
# What a success of these methods carries and the app or slack_sdk reads (a message's place,
# a DM's id, an upload's URL and its file, a user group's members): the field and its type.
_RETURNS: dict[str, tuple[tuple[str, type], ...]] = {
    "chat.postMessage": (("channel", str), ("ts", str)),
    "chat.update": (("channel", str), ("ts", str)),
    "conversations.open": (("channel.id", str),),
    "files.getUploadURLExternal": (("upload_url", str), ("file_id", str)),
    "files.completeUploadExternal": (("files", list),),
    "usergroups.users.list": (("users", list),),
    "usergroups.list": (("usergroups", list),),
}


def _lacks(method: str, data: object) -> str | None:
    """The first field a success of `method` must carry and `data` does not (or an empty id;
    an empty list is an answer: a group with nobody in it)."""
    for path, kind in _RETURNS.get(method, ()):
        value = data
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, kind) or (kind is str and not value):
            return path
    return None


# What slack_sdk raises reading a body that is JSON but not an object (`data.get` on a list
# or a string, in its response's `validate`), or no JSON at all (the blocking client's
# json.loads).
_MISREAD = (AttributeError, json.JSONDecodeError)


def answer_of(exc: SlackApiError) -> tuple[int, Any]:
    """(HTTP status, Slack's error code) of a failed call, whatever slack_sdk put in it."""
    response = exc.response
    if isinstance(response, _RESPONSES):
        data = response.data
        return response.status_code, data.get("error") if isinstance(data, dict) else UNREADABLE
    return int(getattr(response, "status", None) or 200), UNREADABLE


def _unreadable(
    response_type: type[SlackResponse | AsyncSlackResponse],
    client: Any,
    method: str,
    status: int,
    cause: object,
) -> SlackApiError:
    response = response_type(
        client=client,
        http_verb="POST",
        api_url=f"{client.base_url}{method}",
        req_args={},
        data={"ok": False, "error": UNREADABLE},
        headers={},
        status_code=status,
    )
    NOT_JSON.warning(f"{method}: Slack's answer could not be read (HTTP {status}, {cause})")
    return SlackApiError(f"{method}: Slack's answer could not be read ({cause})", response)


def _in_validate(exc: BaseException) -> bool:
    """True when `exc` was raised reading a response's body (not a bug of the call)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and frames[-1].filename.endswith("slack_response.py")


def _misread(
    client: Any, method: str, exc: Exception, kind: type[SlackResponse | AsyncSlackResponse]
) -> Exception:
    if isinstance(exc, AttributeError) and not _in_validate(exc):
        return exc
    if isinstance(exc, SlackApiError):
        response = exc.response
        if isinstance(response, _RESPONSES) and isinstance(response.data, dict | bytes | None):
            error = response.data.get("error") if isinstance(response.data, dict) else None
            if not (isinstance(error, str) and error.startswith(_SDK_NOT_JSON)):
                return exc  # Slack's own answer (bytes: a file's, None: an empty body)
        status, _ = answer_of(exc)
        return _unreadable(kind, client, method, status, "not JSON")
    return _unreadable(kind, client, method, 200, type(exc).__name__)


def _raise_readable(client: Any, method: str, exc: Exception, kind: type) -> NoReturn:
    """Raise `exc` again when it is Slack's own answer (or a bug of the call), else the one
    `UNREADABLE` SlackApiError in its place."""
    raised = _misread(client, method, exc, kind)
    if raised is exc:
        raise exc
    raise raised from None


def _checked(client: Any, method: str, response: Any, kind: type) -> Any:
    """`response`, when it carries what a success of `method` returns."""
    if missing := _lacks(method, response.data):
        raise _unreadable(kind, client, method, 200, f"no {missing}")
    return response


class ReadableAnswers:
    """For the blocking client (the scheduler's)."""

    def api_call(self, api_method: str, **kwargs: Any) -> SlackResponse:
        try:
            response = super().api_call(api_method, **kwargs)  # type: ignore[misc]
        except (SlackApiError, *_MISREAD) as exc:
            _raise_readable(self, api_method, exc, SlackResponse)
        return _checked(self, api_method, response, SlackResponse)


class AsyncReadableAnswers:
    """For the asyncio client (the app's)."""

    async def api_call(self, api_method: str, **kwargs: Any) -> AsyncSlackResponse:
        try:
            response = await super().api_call(api_method, **kwargs)  # type: ignore[misc]
        except (SlackApiError, *_MISREAD) as exc:
            _raise_readable(self, api_method, exc, AsyncSlackResponse)
        return _checked(self, api_method, response, AsyncSlackResponse)
