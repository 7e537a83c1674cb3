"""The fast path (`bot.slack.fast_path`) answers as Bolt's path does, with the same side effects.

Each request is dispatched twice through `bot.slack.dispatch.dispatch` on the real app (SQLite,
the real intake forwarder): once as served (the fast path) and once with the fast path closed,
so Bolt's generic dispatch runs it. Both give the same HTTP response, the same request log
decision and the same durable intake rows; a counter on Bolt's dispatch proves which path ran.
The last tests drive `FastPath` on a bare AsyncApp for what the app's handlers never do (raise,
forget to ack, need other arguments, share an action_id).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import (
    BOT_USER_ID,
    TEAM_ID,
    RecordingClient,
    app_settings,
    block_actions_body,
    command_body,
    next_id,
    sign,
)
from sqlalchemy import create_engine, text

from bot.slack.app import create_app, runtime_of
from bot.slack.dispatch import dispatch
from bot.slack.fast_path import CachedAuthorize, FastPath, Routes, fast_path_of
from bot.slack.worker import Worker


def bolt_request(body: str, **extra_headers: str) -> AsyncBoltRequest:
    content_type = (
        "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
    )
    headers = {"content-type": content_type, **sign(body), **extra_headers}
    headers = {k.lower(): v for k, v in headers.items()}
    return AsyncBoltRequest(body=body, headers=headers)


class Front:
    """The front process's app (a jobs process to forward to, which is never reached)."""

    def __init__(self, tmp_path: Path) -> None:
        settings = app_settings(tmp_path, "http://127.0.0.1:9/api/")
        self.db_url = settings.database_url
        self.app = create_app(
            settings,
            client=RecordingClient(),  # type: ignore[arg-type]
            worker=Worker(max_threads=2),
            forward_to=str(tmp_path / "no-jobs.sock"),
        )
        self.rt = runtime_of(self.app)
        self.fast = fast_path_of(self.app)
        self.bolt_runs = 0
        bolt = self.app.async_dispatch

        async def counted(req: AsyncBoltRequest) -> Any:
            self.bolt_runs += 1
            return await bolt(req)

        self.app.async_dispatch = counted  # type: ignore[method-assign]

    async def send(self, body: str, *, fast: bool, **headers: str) -> dict[str, Any]:
        assert self.fast is not None
        self.fast.open = fast
        before = self.bolt_runs
        req = bolt_request(body, **headers)
        response = await dispatch(self.rt, req)
        await asyncio.sleep(0.05)  # the intake's confirmation callbacks run
        entry = req.context.get("request_log")
        return {
            "status": response.status,
            "body": response.body,
            "content_type": response.headers.get("content-type"),
            "decision": entry.decision if entry else None,
            "forward": entry.forward if entry else None,
            "what": entry.what if entry else None,
            "bolt": self.bolt_runs - before,
        }

    def intake(self) -> list[tuple[str, str]]:
        engine = create_engine(self.db_url)
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT key, state FROM slack_intake ORDER BY id")).all()
        engine.dispose()
        return [(key, state) for key, state in rows]

    async def close(self) -> None:
        await self.rt.shutdown()


def run(coro_factory: Callable[[Front], Any], tmp_path: Path) -> Any:
    async def main() -> Any:
        front = Front(tmp_path)
        try:
            # The first request authorizes (auth.test) through Bolt's path, as served.
            first = await front.send(command_body("help"), fast=True)
            assert first["bolt"] == 1 and first["status"] == 200
            return await coro_factory(front)
        finally:
            await front.close()

    return asyncio.run(main())


def same(fast: dict[str, Any], bolt: dict[str, Any]) -> None:
    assert fast["bolt"] == 0, "the fast path did not take the request"
    assert bolt["bolt"] == 1
    assert {k: v for k, v in fast.items() if k != "bolt"} == {
        k: v for k, v in bolt.items() if k != "bolt"
    }


@pytest.mark.parametrize(
    "words",
    ["help", "", "tickets", "revenue by region last month", "x" * 5000, "<!channel> :wave:"],
)
def test_slash_command_same_response_log_and_intake(tmp_path: Path, words: str) -> None:
    async def check(front: Front) -> None:
        before = len(front.intake())
        fast = await front.send(command_body(words), fast=True)
        middle = len(front.intake())
        bolt = await front.send(command_body(words), fast=False)
        same(fast, bolt)
        assert fast["status"] == 200 and json.loads(fast["body"])["response_type"] == "ephemeral"
        # The same durable write (or none) before the ack, on both paths.
        assert middle - before == len(front.intake()) - middle == int(fast["forward"])

    run(check, tmp_path)


def test_working_ack_text_and_forwarded(tmp_path: Path) -> None:
    async def check(front: Front) -> None:
        fast = await front.send(command_body("revenue by region last month"), fast=True)
        said = json.loads(fast["body"])
        assert said["text"].startswith("Working on it") and fast["forward"] is True
        assert front.intake()[-1][1] == "pending"

    run(check, tmp_path)


def test_retried_command_stored_once_on_both_paths(tmp_path: Path) -> None:
    async def check(front: Front) -> None:
        results = {}
        for fast in (True, False):
            trigger = next_id("9337.")
            body = command_body("orders by status last 7 days", trigger_id=trigger)
            first = await front.send(body, fast=fast)
            retry = await front.send(body, fast=fast, **{"X-Slack-Retry-Num": "1"})
            keys = [key for key, _ in front.intake() if trigger in key]
            assert len(keys) == 1, keys  # the retry is not a second request
            assert retry["what"].endswith("retry=1")
            results[fast] = (first, retry)
        same(results[True][0], results[False][0])
        same(results[True][1], results[False][1])

    run(check, tmp_path)


def test_refusals_are_the_same(tmp_path: Path) -> None:
    async def check(front: Front) -> None:
        foreign = command_body("revenue by region").replace(TEAM_ID, "T0OTHER001")
        fast = await front.send(foreign, fast=True)
        same(fast, await front.send(foreign, fast=False))
        assert "installed it only" in json.loads(fast["body"])["text"]
        assert fast["decision"] == "refused:foreign" and not front.intake()[1:]

    run(check, tmp_path)


def test_malformed_and_unknown_commands_never_reach_a_listener(tmp_path: Path) -> None:
    async def check(front: Front) -> None:
        bad_user = command_body("revenue", user_id="<!channel>")
        for fast in (True, False):
            refused = await front.send(bad_user, fast=fast)
            assert (refused["status"], refused["bolt"]) == (400, 0)
        other = command_body("hello", command="/other")
        fast = await front.send(other, fast=True)
        bolt = await front.send(other, fast=False)
        assert fast["bolt"] == bolt["bolt"] == 1  # no listener: Bolt's path decides, both times
        assert fast["body"] == bolt["body"] and "does not answer /other" in fast["body"]
        assert front.intake() == []

    run(check, tmp_path)


def test_clicks_same_response_and_intake(tmp_path: Path) -> None:
    async def check(front: Front) -> None:
        message = {"ts": "1700000000.000100", "text": "ticket", "blocks": []}
        for action_id, value in (
            ("ticket_claim", "7"),
            ("not_what_i_asked", json.dumps({"t": "revenue", "q": "revenue_by_region"})),
        ):
            bodies = [
                block_actions_body(
                    {"action_id": action_id, "value": value},
                    channel_id="C0TRIAGE01",
                    message=message,
                )
                for _ in range(2)
            ]
            fast = await front.send(bodies[0], fast=True)
            bolt = await front.send(bodies[1], fast=False)
            same(fast, bolt)
            assert fast["forward"] is True
        assert [state for _, state in front.intake()] == ["pending"] * 4
        # A button no listener wants: Bolt's path, answered 200 and ignored.
        unknown = block_actions_body({"action_id": "nobody_listens", "value": "x"})
        ignored = await front.send(unknown, fast=True)
        assert (ignored["status"], ignored["decision"], ignored["bolt"]) == (200, "ignored", 1)

    run(check, tmp_path)


# ---- FastPath on a bare app: what the handlers never do --------------------------------------------


def bare_app() -> tuple[AsyncApp, Routes, list[str]]:
    seen: list[str] = []
    authorize = CachedAuthorize(
        lambda: asyncio.sleep(
            0, AuthorizeResult(enterprise_id=None, team_id=TEAM_ID, bot_user_id=BOT_USER_ID)
        )
    )
    app = AsyncApp(
        signing_secret="x",  # noqa: S106
        authorize=authorize.for_bolt(),
        process_before_response=True,
        request_verification_enabled=False,
        raise_error_for_unhandled_request=True,
    )

    @app.error
    async def on_error(error: Exception, body: dict[str, Any]) -> None:
        seen.append(f"error:{type(error).__name__}")

    async def refuse_mallory(body: dict[str, Any], context: Any, next: Any) -> Any:
        if body.get("user_id") == "U0MALLORY1":
            from slack_bolt.response import BoltResponse

            return BoltResponse(status=200, body="no")
        return await next()

    app.middleware(refuse_mallory)
    routes = Routes(app)

    async def raises(ack: Any, body: dict[str, Any]) -> None:
        seen.append("raises")
        await ack("about to fail")
        raise RuntimeError("boom")

    async def silent(ack: Any) -> None:
        seen.append("silent")

    async def wants_client(ack: Any, client: Any) -> None:
        seen.append("wants_client")
        await ack()

    async def first(ack: Any, context: Any) -> None:
        seen.append(f"first:{context['authorize_result'].bot_user_id}")
        await ack(text="one")

    async def second(ack: Any) -> None:
        seen.append("second")
        await ack(text="two")

    routes.command("/raises")(raises)
    routes.command("/silent")(silent)
    routes.command("/client")(wants_client)
    routes.action(re.compile(r"^pick_\d+$"))(first)
    routes.action("pick_1")(second)  # pick_1 matches both: Bolt's order decides
    routes.action("pick_x")(first)
    fast = FastPath(app, routes, authorize, (refuse_mallory,))
    app._fast = fast  # type: ignore[attr-defined]
    return app, routes, seen


async def both(app: AsyncApp, body: str) -> tuple[Any, Any]:
    fast: FastPath = app._fast  # type: ignore[attr-defined]
    by_fast = await fast.dispatch(bolt_request(body))
    by_bolt = await app.async_dispatch(bolt_request(body))
    return by_fast, by_bolt


def test_bare_app_matches_bolt_on_errors_and_no_ack() -> None:
    async def check() -> None:
        app, _routes, seen = bare_app()
        fast: FastPath = app._fast  # type: ignore[attr-defined]
        # Before the first authorization, Bolt's path takes everything.
        assert await fast.dispatch(bolt_request(command_body("", command="/silent"))) is None
        await app.async_dispatch(bolt_request(command_body("", command="/silent")))
        seen.clear()
        for command in ("/raises", "/silent"):
            by_fast, by_bolt = await both(app, command_body("", command=command))
            assert (by_fast.status, by_fast.body) == (by_bolt.status, by_bolt.body)
        assert seen == [
            "raises",
            "error:RuntimeError",
            "raises",
            "error:RuntimeError",
            "silent",
            "error:BoltUnhandledRequestError",
            "silent",
            "error:BoltUnhandledRequestError",
        ]
        refused, by_bolt = await both(
            app, command_body("x", command="/raises", user_id="U0MALLORY1")
        )
        assert (refused.status, refused.body) == (by_bolt.status, by_bolt.body) == (200, "no")

    asyncio.run(check())


def test_bare_app_leaves_what_it_cannot_mirror_to_bolt() -> None:
    async def check() -> None:
        app, _routes, seen = bare_app()
        fast: FastPath = app._fast  # type: ignore[attr-defined]
        await app.async_dispatch(bolt_request(command_body("", command="/silent")))
        seen.clear()
        for body in (
            command_body("", command="/client"),  # needs an argument the fast path does not give
            block_actions_body({"action_id": "pick_1"}),  # two listeners match
            command_body("", command="/nobody"),
        ):
            assert await fast.dispatch(bolt_request(body)) is None
        assert seen == []
        by_fast, by_bolt = await both(app, block_actions_body({"action_id": "pick_7"}))
        assert (by_fast.status, by_fast.body) == (by_bolt.status, by_bolt.body)
        assert by_fast.body == "one"  # a bare text ack is sent as text
        assert seen == [f"first:{BOT_USER_ID}"] * 2
        by_bolt = await app.async_dispatch(
            bolt_request(block_actions_body({"action_id": "pick_1"}))
        )
        assert by_bolt.body == "one"  # Bolt: the first registered wins

    asyncio.run(check())
