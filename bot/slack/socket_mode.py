"""Socket Mode: the same app over a WebSocket Slack opens (no public URL needed).

Bolt's Socket Mode handler is subclassed at its documented extension point, `handle`, so every
envelope goes through `bot.slack.dispatch` like an HTTP request does.
"""

from __future__ import annotations

import contextlib
import logging
import time

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.adapter.socket_mode.async_internals import send_async_response
from slack_bolt.adapter.socket_mode.internals import build_headers
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.socket_mode.async_client import AsyncBaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.errors import ConfigError
from bot.slack.app import runtime_of
from bot.slack.client import start_up_call
from bot.slack.dispatch import dispatch
from bot.slack.runtime import Runtime
from bot.slack.worker import prefer_acks

log = logging.getLogger("datarequest.slack")


class DispatchingSocketModeHandler(AsyncSocketModeHandler):
    """Socket Mode envelopes into `dispatch`; a malformed payload is acked empty (not retried)."""

    def __init__(self, app: AsyncApp, app_token: str, rt: Runtime) -> None:
        super().__init__(app, app_token)
        self.rt = rt

    async def handle(  # type: ignore[override]
        self, client: AsyncBaseSocketModeClient, req: SocketModeRequest
    ) -> None:
        start = time.time()
        if not isinstance(req.payload, dict) or not req.payload:
            log.warning("Socket Mode envelope %s without a payload acked", req.envelope_id)
            await client.send_socket_mode_response(SocketModeResponse(req.envelope_id))
            return
        bolt_req = AsyncBoltRequest(
            mode="socket_mode", body=req.payload, headers=build_headers(req)
        )
        response = await dispatch(self.rt, bolt_req)
        if response.status == 400:  # refused as malformed: acked, so Slack does not send it again
            await client.send_socket_mode_response(SocketModeResponse(req.envelope_id))
            return
        await send_async_response(client, req, response, start)


async def serve_socket_mode(app: AsyncApp, app_token: str) -> None:
    """Connect over Socket Mode and run until cancelled; then stop cleanly."""
    if not app_token.startswith("xapp-"):
        raise ConfigError(
            "SLACK_APP_TOKEN must be an app-level token (xapp-...) with connections:write."
        )
    prefer_acks()
    rt = runtime_of(app)
    handler = DispatchingSocketModeHandler(app, app_token, rt)
    try:
        await _open_connection(handler)
        await handler.start_async()
    finally:
        with contextlib.suppress(Exception):
            await handler.close_async()
        await rt.shutdown()


async def _open_connection(handler: AsyncSocketModeHandler) -> None:
    """Ask Slack for the socket's URL once ourselves: a refused app token stops start-up in one
    line (the SDK's own loop would log the refusal and retry forever)."""
    client = handler.client
    response = await start_up_call(
        client.web_client.apps_connections_open(app_token=client.app_token),
        client.web_client.base_url,
        refused="Slack refused SLACK_APP_TOKEN ({error}): use the app-level token (xapp-...) "
        "with the connections:write scope (Basic Information → App-Level Tokens).",
    )
    client.wss_uri = response["url"]
