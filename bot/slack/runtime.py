"""What every listener needs, put in each request's context as `rt`: services, client, worker.

`Runtime.job` declares the work after the ack: in one process it runs on the worker's loop; with
a jobs process (production) the request itself is handed over to that process after the ack and
runs there (see `bot.slack.dispatch`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.errors import GENERIC_FAILURE
from bot.settings import Settings
from bot.slack.client import DEFAULT_POLICY, RetryPolicy, make_client, policy_for
from bot.slack.payloads import slack_id
from bot.slack.posting import KeyedPoster
from bot.slack.replay import CURRENT_RUN, ReplayingPoster
from bot.slack.request_log import RequestLog, log_field
from bot.slack.worker import Worker

log = logging.getLogger("datarequest.slack")


class Forwarder(Protocol):
    """Stores an acked request's work for the jobs process (`bot.slack.forwarder.JobForwarder`)."""

    async def send(
        self, req: Any, *, received_at: float, ack_ms: float | None, fallback: RequestLog
    ) -> bool: ...

    async def aclose(self) -> None: ...


# A call to Slack that lost its connection after every try the retry policy allows (a reset,
# a refused connection, a body that is not Slack's JSON): a fault of Slack or of the network.
SLACK_UNREACHABLE = (aiohttp.ClientError, SlackClientError)
# A job that lost the bot's own database midway (restarted, unreachable, a locked or read-only
# SQLite file; warehouse errors arrive as QueryFailed). A stored request runs again later
# (`bot.slack.intake_runner` RETRIED_DECISIONS), replayed with its keys: what it already
# posted is found, not sent twice, and the person is not told of a failure.
DATABASE_UNAVAILABLE = "database_unavailable"
# A stored request that could not run for want of Slack itself (the restarted jobs process's
# first auth.test met Slack away: `bot.slack.client.SlackAway`): run again later, like the above.
SLACK_UNAVAILABLE = "slack_unavailable"
# What says so: the database's own failure, or no pooled connection free within the pool's
# timeout (the server too busy to hand one back); neither is a fault of the request.
DATABASE_AWAY = (OperationalError, PoolTimeout)


@dataclass
class Runtime:
    """The services, the Web API client, the worker, and the app they serve."""

    settings: Settings
    services: Any  # bot.services.Services
    base_client: AsyncWebClient
    worker: Worker
    policy: RetryPolicy = DEFAULT_POLICY
    bot_user_id: str = ""
    forwarder: Forwarder | None = None
    app: Any = None
    on_shutdown: list[Callable[[], Any]] = field(default_factory=list)
    # Locks live as long as someone holds or waits on them: no entry per ticket forever.
    locks: weakref.WeakValueDictionary[Any, asyncio.Lock] = field(
        default_factory=weakref.WeakValueDictionary
    )
    _clients: dict[Any, AsyncWebClient] = field(default_factory=dict)
    poster: KeyedPoster = field(init=False)

    def __post_init__(self) -> None:
        self.poster = ReplayingPoster(lambda: self.client, self.policy)

    @property
    def client(self) -> AsyncWebClient:
        """The Web API client for the running event loop, with one kept-alive HTTP session.

        (Without a session slack_sdk opens a new connection pool for every call.) slack_sdk
        applies the client's `timeout` only to a session it makes itself: this one carries the
        policy's timeout, or a Slack that never answers held a job for aiohttp's 300 s default.
        """
        base = self.base_client
        if not isinstance(base, AsyncWebClient):
            return base  # a stand-in given by tests
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return base
        client = self._clients.get(loop)
        if client is None:
            client = type(base)(  # the same class: the redacting client stays redacting
                token=base.token,
                base_url=base.base_url,
                timeout=base.timeout,
                retry_handlers=base.retry_handlers,
                session=aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=base.timeout)),
            )
            self._clients[loop] = client
        return client

    async def tell_failure(self, user: str) -> None:
        """A job that failed unexpectedly tells its person so in one line (a DM): an acked
        request must not end in silence ("Working on it" forever)."""
        if not slack_id(user):
            return
        try:
            opened = await self.client.conversations_open(users=user)
            await self.poster.post(opened["channel"]["id"], {"text": GENERIC_FAILURE})
        except Exception as exc:  # Slack is failing too: the log line above is the story
            log.warning("could not tell %s of a failed request (%s)", user, type(exc).__name__)

    def lock(self, key: Any) -> asyncio.Lock:
        """An in-process lock per key (e.g. a ticket): clicks on one ticket run one at a time."""
        found = self.locks.get(key)
        if found is None:
            found = asyncio.Lock()
            self.locks[key] = found
        return found

    def job(
        self,
        request_log: RequestLog,
        coro_fn: Callable[[], Awaitable[str | None]],
        *,
        here: bool = False,
    ) -> None:
        """Run `coro_fn()` after the ack; its return value is the request's logged decision.

        With a jobs process the request itself is stored for it before the ack instead, and
        the jobs process runs this same listener and job; there the job reports its end to the
        stored request's run (`bot.slack.replay.IntakeRun`), which marks it done. `here=True` keeps a quick job in
        this process anyway: a modal must open within 3 s of the click, whatever the jobs
        process has queued.
        """
        request_log.deferred = True
        if self.forwarder is not None and not request_log.local and not here:
            request_log.forward = True
            return

        run = CURRENT_RUN.get()

        async def wrapped() -> None:
            CURRENT_RUN.set(run)
            decision = "failed"
            try:
                decision = await coro_fn() or "done"
            except asyncio.CancelledError:  # stopped midway: a stored request stays pending
                request_log.finish("cancelled")
                raise
            except SlackApiError as exc:  # Slack refused a call: its error code is the story
                api = exc.response.get("error") if exc.response is not None else ""
                log.warning(
                    "request %s failed: Slack answered %s", log_field(request_log.what), api
                )
            except DATABASE_AWAY as exc:
                again = "; it runs again later" if run is not None else ""
                cause = str(getattr(exc, "orig", None) or exc).strip()
                log.warning(
                    "request %s stopped: the database is unavailable (%s)%s",
                    log_field(request_log.what),
                    cause.splitlines()[0][:160] if cause else "",
                    again,
                )
                if run is not None:
                    decision = DATABASE_UNAVAILABLE
                if run is None or run.last_attempt:
                    # Nothing stored to run again, or no run follows this one (the runner
                    # finishes its row): say so rather than end an acked request in silence.
                    await self.tell_failure(request_log.who)
            except SLACK_UNREACHABLE as exc:  # the retries are spent: no traceback to show
                log.warning(
                    "request %s failed: Slack could not be reached (%s)",
                    log_field(request_log.what),
                    type(exc).__name__,
                )
                await self.tell_failure(request_log.who)
            except Exception:
                log.exception("request %s failed", log_field(request_log.what))
                await self.tell_failure(request_log.who)
            request_log.finish(decision)
            if run is not None:
                run.done(decision)

        self.worker.spawn(wrapped(), name=request_log.what)

    async def aclose(self) -> None:
        """Close the HTTP sessions (the current loop's here, the jobs loop's there)."""
        current = asyncio.get_running_loop()
        for loop, client in list(self._clients.items()):
            session = client.session
            if session is None or session.closed:
                continue
            if loop is current:
                await session.close()
            elif loop.is_running():
                with contextlib.suppress(Exception):
                    await asyncio.wrap_future(
                        asyncio.run_coroutine_threadsafe(session.close(), loop)
                    )
        self._clients.clear()

    async def shutdown(self) -> None:
        """Stop cleanly: stop forwarding, run the shutdown hooks, finish the jobs, close."""
        if self.forwarder is not None:
            await self.forwarder.aclose()
        for hook in self.on_shutdown:  # e.g. stop the jobs process (it drains)
            await asyncio.to_thread(hook)
        await self.worker.drain(timeout=20)
        await self.aclose()
        self.worker.shutdown()


def new_runtime(
    settings: Settings,
    services: Any,
    *,
    client: AsyncWebClient | None = None,
    worker: Worker | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> Runtime:
    """A Runtime with the default client (the policy's retries) and worker when not given."""
    policy = policy_for(settings, policy)
    return Runtime(
        settings,
        services,
        client or make_client(settings, policy=policy),
        worker or Worker(),
        policy,
    )
