"""Web API clients that never send a secret to Slack: every outgoing message is redacted.

All the bot's messages (posts, ephemerals, updates, modals, DMs, response_url replies, the
scheduler's posts) leave through one of these clients (`bot.slack.client` builds them), so
this is the one place where the deployment's tokens, signing secret and database password,
and anything shaped like a secret, are replaced by `[redacted]` (`bot.redaction`) before a
request is made. The token that authenticates the call is left alone.
"""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse
from slack_sdk.web.slack_response import SlackResponse
from slack_sdk.webhook.async_client import AsyncWebhookClient
from slack_sdk.webhook.webhook_response import WebhookResponse

from bot.redaction import redact
from bot.slack.readable import AsyncReadableAnswers, ReadableAnswers
from bot.slack.upload_steps import AsyncUploadSteps, UploadSteps

_CREDENTIAL_FIELDS = frozenset({"token", "client_secret"})  # what authenticates the call itself


def clean(value: Any) -> Any:
    """`value` (text, or JSON-like lists and mappings of it) with every secret redacted."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: v if k in _CREDENTIAL_FIELDS else clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def clean_upload(kwargs: dict[str, Any]) -> dict[str, Any]:
    """`files_upload_v2`'s arguments with the file's text, title and comment redacted.

    The file's bytes go to the upload URL outside `api_call`, so its cleaning does not see
    them (a result CSV carried a token a warehouse cell held). Bytes that are not UTF-8 text
    (a chart's PNG) are sent as they are."""
    out = clean({k: v for k, v in kwargs.items() if k not in ("content", "file_uploads")})
    if "content" in kwargs:
        out["content"] = _clean_content(kwargs["content"])
    uploads = kwargs.get("file_uploads")
    if isinstance(uploads, list):
        out["file_uploads"] = [
            {
                **clean({k: v for k, v in u.items() if k != "content"}),
                "content": _clean_content(u["content"]),
            }
            if isinstance(u, dict) and "content" in u
            else u
            for u in uploads
        ]
    elif uploads is not None:
        out["file_uploads"] = uploads
    return out


def _clean_content(content: Any) -> Any:
    if isinstance(content, str):
        return redact(content)
    if isinstance(content, bytes | bytearray):
        try:
            text = bytes(content).decode("utf-8")
        except UnicodeDecodeError:
            return content
        return redact(text).encode("utf-8")
    return content


class RedactingAsyncWebClient(AsyncUploadSteps, AsyncReadableAnswers, AsyncWebClient):
    async def files_upload_v2(self, **kwargs: Any) -> AsyncSlackResponse:  # type: ignore[override]
        return await super().files_upload_v2(**clean_upload(kwargs))

    async def api_call(  # type: ignore[override]
        self, api_method: str, *, data: Any = None, params: Any = None, json: Any = None, **kw: Any
    ) -> AsyncSlackResponse:
        data = clean(data) if isinstance(data, dict) else data  # FormData (uploads) as it is
        return await super().api_call(
            api_method, data=data, params=clean(params), json=clean(json), **kw
        )


class RedactingWebClient(UploadSteps, ReadableAnswers, WebClient):
    def files_upload_v2(self, **kwargs: Any) -> SlackResponse:  # type: ignore[override]
        return super().files_upload_v2(**clean_upload(kwargs))

    def api_call(  # type: ignore[override]
        self, api_method: str, *, data: Any = None, params: Any = None, json: Any = None, **kw: Any
    ) -> SlackResponse:
        data = clean(data) if isinstance(data, dict) else data
        return super().api_call(api_method, data=data, params=clean(params), json=clean(json), **kw)


class RedactingWebhookClient(AsyncWebhookClient):
    async def send_dict(
        self, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> WebhookResponse:
        return await super().send_dict(clean(body), headers)
