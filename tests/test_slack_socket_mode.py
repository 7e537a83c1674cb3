"""Socket Mode: the same app over a WebSocket, as Slack drives it without a public URL.

A small WebSocket server on loopback plays Slack's side: apps.connections.open (on the fake Web
API) hands out its URL, it sends `hello`, then envelopes (a slash command, a retry of it), and
records the acks the app sends back.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from pathlib import Path

from aiohttp import WSMsgType, web
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, form, stop_runtime


class SocketSlack:
    """Slack's end of Socket Mode on 127.0.0.1, in its own thread and event loop."""

    def __init__(self) -> None:
        self.acks: list[dict] = []
        self.connected = threading.Event()
        self._ws: web.WebSocketResponse | None = None
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.url = ""

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def link(request: web.Request) -> web.WebSocketResponse:
            ws = web.WebSocketResponse(autoping=True)
            await ws.prepare(request)
            self._ws = ws
            await ws.send_json(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "fake"},
                    "connection_info": {},
                }
            )
            self.connected.set()
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self.acks.append(json.loads(msg.data))
            return ws

        async def start() -> None:
            app = web.Application()
            app.router.add_get("/link", link)
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self.url = f"ws://127.0.0.1:{port}/link"
            self._ready.set()

        self._loop.run_until_complete(start())
        self._loop.run_forever()

    def start(self) -> SocketSlack:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def send(self, envelope: dict) -> None:
        assert self._ws is not None
        asyncio.run_coroutine_threadsafe(self._ws.send_json(envelope), self._loop).result(10)

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for ack in self.acks:
                if ack.get("envelope_id") == envelope_id:
                    return ack
            time.sleep(0.02)
        raise AssertionError(f"no ack for {envelope_id}; got {self.acks}")

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)


def _command_envelope(envelope_id: str, text: str, trigger: str, retry: int = 0) -> dict:
    payload = form(command_body(text, trigger_id=trigger))
    return {
        "envelope_id": envelope_id,
        "type": "slash_commands",
        "payload": payload,
        "accepts_response_payload": True,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


def test_socket_mode_acks_over_the_socket_and_answers(tmp_path: Path) -> None:
    from bot.slack.app import create_app, runtime_of
    from bot.slack.socket_mode import serve_socket_mode

    slack = SocketSlack().start()
    with FakeSlack() as fake:
        fake.socket_url = slack.url
        app = create_app(app_settings(tmp_path, fake.api_url))
        loop = asyncio.new_event_loop()
        task_box: dict = {}

        def run() -> None:
            asyncio.set_event_loop(loop)
            task_box["task"] = loop.create_task(serve_socket_mode(app, fake.app_token))
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(task_box["task"])

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        try:
            assert slack.connected.wait(15), "the app did not open the socket"
            slack.send(_command_envelope("env-1", "revenue by region in October 2026", "9.1"))
            ack = slack.wait_ack("env-1")
            assert "Working on it" in ack["payload"]["text"]
            call = fake.wait_for(
                "chat.postMessage", lambda a: a["text"].startswith("Revenue by region")
            )[0]
            assert any(b["type"] == "table" for b in call.args["blocks"])
            # Slack redelivers the same command (retry_attempt 1): acked, not answered twice.
            slack.send(
                _command_envelope("env-2", "revenue by region in October 2026", "9.1", retry=1)
            )
            slack.wait_ack("env-2")
            assert runtime_of(app).worker.wait_idle(20)
            answers = [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args["text"].startswith("Revenue by region")
            ]
            assert len(answers) == 1
            # A malformed interaction is acked (so Slack does not send it again) and dropped.
            slack.send(
                {
                    "envelope_id": "env-3",
                    "type": "interactive",
                    "payload": {"type": "block_actions", "actions": [], "user": {"id": "U1"}},
                    "accepts_response_payload": False,
                }
            )
            assert "payload" not in slack.wait_ack("env-3")
        finally:
            loop.call_soon_threadsafe(task_box["task"].cancel)
            thread.join(timeout=30)
            slack.stop()
            stop_runtime(runtime_of(app))
        assert not thread.is_alive()
        loop.run_until_complete(loop.shutdown_default_executor())  # its to_thread worker
        loop.close()
