"""The Slack app: the AsyncApp factory, listener wiring, and where the work after the ack runs.

Ack first, then work. The app runs with `process_before_response=True`: each listener parses the
payload, calls `ack()` (Slack gets its HTTP 200 at once, without Bolt's 10 ms ack polling) and
declares the rest as a job (`Runtime.job`). Bolt's lazy listeners would also work, but they
deep-copy the request per listener and poll for the ack; an explicit job is cheaper.

Where jobs run: `datarequest serve` starts two processes. The front process verifies the
signature, acks, and hands the raw request over a private Unix socket to the jobs process
(`JobForwarder`), which runs the same listener again (its ack goes nowhere) and the job: the
matcher, DuckDB, SQLAlchemy and Web API calls. The jobs process runs at the lowest CPU priority,
so acks stay fast while slow queries run. In one process (`--single-process`, and in tests) jobs
run on a second event loop in a background thread with a thread pool for blocking calls
(`Worker`), also at a lower priority. Opening a modal stays in the front (`here=True`): a
trigger_id is good for 3 seconds only.

Retries and double clicks: every job first records its delivery key (a command's trigger_id, an
event's event_id, a click on a given message) in the database; a key seen before is dropped, so
a retried request never makes a second ticket or a second result.

The Web API client retries HTTP 429 (honouring Retry-After), 500/503 and connection errors with
slack_sdk's async retry handlers. Every request gives one log line: who, what, decision, time.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import ConfigError
from bot.settings import Settings

log = logging.getLogger("datarequest.slack")
access_log = logging.getLogger("datarequest.requests")

# Every feature module exposes register(app); other parts of the bot append theirs here.
HANDLER_MODULES: tuple[str, ...] = (
    "handlers.requests",
    "handlers.tickets",
    "handlers.home",
    "handlers.threads",
    "handlers.subscriptions",
    "handlers.standup",
)


def make_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """The Web API client: SLACK_API_URL base, retries for 429, 5xx and connection errors."""
    from slack_sdk.http_retry.builtin_async_handlers import (
        AsyncConnectionErrorRetryHandler,
        AsyncRateLimitErrorRetryHandler,
        AsyncServerErrorRetryHandler,
    )

    base = (
        settings.slack_api_url
        if settings.slack_api_url.endswith("/")
        else settings.slack_api_url + "/"
    )
    return AsyncWebClient(
        token=token if token is not None else settings.slack_bot_token,
        base_url=base,
        timeout=30,
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=3),
            AsyncRateLimitErrorRetryHandler(max_retry_count=5),
            AsyncServerErrorRetryHandler(max_retry_count=4),
        ],
    )


async def check_token(client: AsyncWebClient) -> dict[str, Any]:
    """auth.test once at start-up; a missing or wrong token is a clear ConfigError."""
    if not client.token:
        raise ConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...).")
    try:
        response = await client.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown error")
        raise ConfigError(
            f"SLACK_BOT_TOKEN was refused by Slack ({error}); copy the Bot User OAuth Token "
            "from the app's OAuth & Permissions page."
        ) from None
    except Exception as exc:  # network, DNS, TLS
        raise ConfigError(f"Cannot reach the Slack Web API at {client.base_url}: {exc}") from None
    return dict(response.data)  # type: ignore[arg-type]


def _lower_priority(nice: int) -> None:
    """Run this worker thread (and the DuckDB threads it starts) at a lower CPU priority.

    On Linux a thread is a task with its own nice value, inherited by threads it creates; the
    event loop thread keeps priority 0, so acks win the CPU while slow queries run.
    """
    import os
    import threading

    if nice and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            tid = threading.get_native_id()
            # Only ever lower it (a jobs process already at nice 19 stays there).
            os.setpriority(os.PRIO_PROCESS, tid, max(nice, os.getpriority(os.PRIO_PROCESS, tid)))


class Worker:
    """Runs the slow part of each request after the ack, away from the loop that acks.

    Jobs run on their own event loop in a background thread (Slack Web API calls, rendering),
    and their blocking calls (matcher, DuckDB, SQLAlchemy) in a thread pool. Both run at a lower
    CPU priority, so the loop serving Slack's requests acks at once however much work is queued.
    """

    def __init__(self, max_threads: int = 16, *, nice: int = 10) -> None:
        import threading

        self._pool = ThreadPoolExecutor(
            max_workers=max_threads,
            thread_name_prefix="dr-work",
            initializer=_lower_priority,
            initargs=(nice,),
        )
        self._jobs: set[Future[Any]] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._run_loop, args=(nice,), name="dr-jobs", daemon=True
        )
        self._thread.start()

    def _run_loop(self, nice: int) -> None:
        _lower_priority(nice)
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    async def run(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Run a blocking call in the pool (from any event loop)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(*args, **kwargs))

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str = "job") -> Future[Any]:
        """Schedule `coro` on the jobs loop; returns at once (thread-safe)."""
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        self._jobs.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[Any]) -> None:
        self._jobs.discard(future)
        if not future.cancelled() and future.exception() is not None:
            log.error("background job failed", exc_info=future.exception())

    @property
    def pending(self) -> int:
        return len(self._jobs)

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait (bounded) for queued and running jobs, e.g. before shutting down or in tests."""
        deadline = time.monotonic() + timeout
        while self._jobs and time.monotonic() < deadline:
            waiting = [asyncio.wrap_future(f) for f in list(self._jobs)]
            await asyncio.wait(waiting, timeout=max(0.0, deadline - time.monotonic()))

    def shutdown(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._pool.shutdown(wait=False, cancel_futures=True)


def prefer_acks() -> None:
    """Hand the GIL over more often (0.5 ms instead of 5 ms) so the acking thread waits less."""
    import sys

    sys.setswitchinterval(0.0005)


@dataclass
class RequestLog:
    """One request's log line: filled by the middleware and the listener, written once."""

    who: str
    what: str
    started: float = field(default_factory=time.perf_counter)
    ack_ms: float | None = None
    decision: str = ""
    deferred: bool = False
    written: bool = False
    forward: bool = False  # the work goes to the jobs process once the ack is sent
    local: bool = False  # run the work here even with a jobs process (its fallback)

    def finish(self, decision: str | None = None) -> None:
        if self.written:
            return
        self.written = True
        if decision:
            self.decision = decision
        total = (time.perf_counter() - self.started) * 1000
        ack = f"{self.ack_ms:.1f}" if self.ack_ms is not None else "-"
        access_log.info(
            "who=%s what=%s decision=%s ack_ms=%s total_ms=%.1f",
            self.who or "-",
            self.what,
            self.decision or "acked",
            ack,
            total,
        )


@dataclass
class Runtime:
    """What every listener needs, put in each request's context as `rt`."""

    settings: Settings
    services: Any  # bot.services.Services
    base_client: AsyncWebClient
    worker: Worker
    bot_user_id: str = ""
    forwarder: JobForwarder | None = None
    app: Any = None
    on_shutdown: list[Callable[[], Any]] = field(default_factory=list)
    locks: dict[Any, asyncio.Lock] = field(default_factory=dict)
    _clients: dict[Any, AsyncWebClient] = field(default_factory=dict)

    @property
    def client(self) -> AsyncWebClient:
        """The Web API client for the running event loop, with one kept-alive HTTP session.

        (Without a session slack_sdk opens a new connection pool for every call.)
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
            import aiohttp

            client = AsyncWebClient(
                token=base.token,
                base_url=base.base_url,
                timeout=base.timeout,
                retry_handlers=base.retry_handlers,
                session=aiohttp.ClientSession(),
            )
            self._clients[loop] = client
        return client

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

    def lock(self, key: Any) -> asyncio.Lock:
        """An in-process lock per key (e.g. a ticket): clicks on one ticket run one at a time."""
        found = self.locks.get(key)
        if found is None:
            found = self.locks[key] = asyncio.Lock()
        return found

    def job(
        self,
        request_log: RequestLog,
        coro_fn: Callable[[], Awaitable[str | None]],
        *,
        here: bool = False,
    ) -> None:
        """Run `coro_fn()` after the ack; its return value is the request's logged decision.

        With a jobs process (production), the request itself is handed over to it after the
        ack instead, and the jobs process runs this same listener and job. `here=True` keeps a
        quick job in this process anyway: a modal must open within 3 s of the click, whatever
        the jobs process has queued.
        """
        request_log.deferred = True
        if self.forwarder is not None and not request_log.local and not here:
            request_log.forward = True
            return

        async def wrapped() -> None:
            decision = "failed"
            try:
                decision = await coro_fn() or "done"
            except Exception:
                log.exception("request %s failed", request_log.what)
            finally:
                request_log.finish(decision)

        self.worker.spawn(wrapped(), name=request_log.what)


def _describe(body: dict[str, Any]) -> tuple[str, str]:
    """(who, what) of a Slack payload for the request log; never includes secrets."""
    if "command" in body:
        text = str(body.get("text", "")).strip().split(" ", 1)[0]
        return str(body.get("user_id", "")), f"command:{body['command']} {text}".strip()
    kind = body.get("type", "")
    user = (body.get("user") or {}).get("id", "") if isinstance(body.get("user"), dict) else ""
    if kind == "block_actions":
        action = (body.get("actions") or [{}])[0].get("action_id", "")
        return user, f"action:{action}"
    if kind in ("view_submission", "view_closed"):
        return user, f"{kind}:{(body.get('view') or {}).get('callback_id', '')}"
    if kind == "event_callback":
        event = body.get("event") or {}
        return str(event.get("user", "")), f"event:{event.get('type', '')}"
    return user, kind or "request"


def _entry_for(req: AsyncBoltRequest) -> RequestLog:
    entry = req.context.get("request_log")
    if entry is None:
        who, what = _describe(req.body)
        retry = (req.headers.get("x-slack-retry-num") or [None])[0]
        if retry:
            what += f" retry={retry}"
        entry = RequestLog(who, what)
        req.context["request_log"] = entry
    return entry


def create_app(
    settings: Settings,
    *,
    client: AsyncWebClient | None = None,
    services: Any = None,
    worker: Worker | None = None,
    forward_to: str | None = None,
    jobs_process: bool = False,
) -> AsyncApp:
    """Build the AsyncApp with every handler module registered (no network until a request).

    `forward_to`: the Unix socket of a jobs process; this app then only acks and hands each
    request's work over. `jobs_process`: this app *is* the jobs process; it receives requests
    over that private socket from the front, already verified, so it does not verify them again.
    """
    if not settings.slack_signing_secret:
        raise ConfigError("SLACK_SIGNING_SECRET is not set (Basic Information → Signing Secret).")
    if services is None:
        from bot.services import build_services

        services = build_services(settings)
    client = client or make_client(settings)
    rt = Runtime(settings, services, client, worker or Worker())
    if forward_to:
        rt.forwarder = JobForwarder(forward_to, rt)
    auth_cache: dict[str, AuthorizeResult] = {}

    async def authorize(**_kwargs: Any) -> AuthorizeResult:
        # auth.test once per process (Bolt would call it before the first ack otherwise).
        if "auth" not in auth_cache:
            data = await check_token(client)
            rt.bot_user_id = data.get("user_id", "")
            auth_cache["auth"] = AuthorizeResult(
                enterprise_id=data.get("enterprise_id"),
                team_id=data.get("team_id"),
                bot_user_id=data.get("user_id"),
                bot_id=data.get("bot_id"),
                bot_token=client.token,
            )
        return auth_cache["auth"]

    app = AsyncApp(
        # Bolt's own client carries no token: `authorize` supplies it per request.
        client=_tokenless(make_client(settings)),
        signing_secret=settings.slack_signing_secret,
        authorize=authorize,
        process_before_response=True,
        request_verification_enabled=not jobs_process,
        raise_error_for_unhandled_request=False,
        url_verification_enabled=True,
    )
    app._datarequest_runtime = rt  # type: ignore[attr-defined]
    rt.app = app

    dispatch = app.async_dispatch

    async def logged_dispatch(req: AsyncBoltRequest) -> BoltResponse:
        # Bolt runs global middleware before the listener, so the log line is written here,
        # around the whole dispatch (HTTP and Socket Mode both come through it).
        # What listeners need, put in the context here rather than by a Bolt middleware, which
        # would cost a kwargs injection on every request.
        req.context["rt"] = rt
        entry = _entry_for(req)
        entry.local = bool(req.context.get("no_forward"))
        seed = req.context.get("job_seed")
        if seed:  # in the jobs process: time the request from its arrival in the front
            entry.started = time.perf_counter() - (time.time() - seed["received_at"])
        response = await dispatch(req)
        if seed:
            entry.ack_ms = seed.get("ack_ms")
        else:
            entry.ack_ms = (time.perf_counter() - entry.started) * 1000
        if response.status >= 400:
            entry.finish(f"refused:{response.status}")
        elif entry.forward and rt.forwarder is not None:
            received = time.time() - (time.perf_counter() - entry.started)
            rt.forwarder.send(req, received_at=received, ack_ms=entry.ack_ms, fallback=entry)
        elif not entry.deferred:
            entry.finish()
        return response

    app.async_dispatch = logged_dispatch  # type: ignore[method-assign]

    @app.error
    async def on_error(error: Exception, body: dict[str, Any]) -> None:
        log.error("unhandled error for %s", _describe(body)[1], exc_info=error)

    for module_name in HANDLER_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(app)
    return app


class JobForwarder:
    """Front process: hands acked requests to the jobs process over a Unix socket.

    One JSON line per request (raw body, headers, arrival time). If the jobs process cannot be
    reached the job runs here instead, so nothing is lost.
    """

    def __init__(self, socket_path: str, rt: Runtime) -> None:
        self.socket_path = socket_path
        self.rt = rt
        self._writer: asyncio.StreamWriter | None = None
        self._connecting: asyncio.Lock | None = None
        self._sending: set[asyncio.Task[Any]] = set()

    def send(
        self,
        req: AsyncBoltRequest,
        *,
        received_at: float,
        ack_ms: float | None,
        fallback: RequestLog,
    ) -> None:
        record = {
            "body": req.raw_body,
            "headers": req.headers,
            "received_at": received_at,
            "ack_ms": ack_ms,
        }
        writer = self._writer
        if writer is not None and not writer.is_closing():
            writer.write(json.dumps(record).encode() + b"\n")  # buffered; never blocks the ack
            return
        task = asyncio.ensure_future(self._connect_and_send(record, req, fallback))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _connect_and_send(
        self, record: dict[str, Any], req: AsyncBoltRequest, fallback: RequestLog
    ) -> None:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        try:
            async with self._connecting:
                if self._writer is None or self._writer.is_closing():
                    _reader, self._writer = await asyncio.open_unix_connection(self.socket_path)
            self._writer.write(json.dumps(record).encode() + b"\n")
            await self._writer.drain()
        except OSError:
            log.error("jobs process unreachable at %s; running the job here", self.socket_path)
            self._writer = None
            await _dispatch_locally(self.rt, req, fallback)

    async def aclose(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(Exception):
                await self._writer.wait_closed()


async def _dispatch_locally(rt: Runtime, req: AsyncBoltRequest, entry: RequestLog) -> None:
    # Re-run the listener with forwarding off for this request: it acks (ignored) and runs its job.
    app = rt.app
    copy = AsyncBoltRequest(body=req.raw_body, headers=req.headers, mode="http")
    copy.context["job_seed"] = {"received_at": time.time(), "ack_ms": entry.ack_ms}
    copy.context["no_forward"] = True
    await app.async_dispatch(copy)


async def run_jobs_server(app: AsyncApp, socket_path: str) -> None:
    """The jobs process: take requests from the front over `socket_path` and do their work."""
    rt = runtime_of(app)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            try:
                record = json.loads(line)
                req = AsyncBoltRequest(body=record["body"], headers=record["headers"], mode="http")
            except (ValueError, KeyError, TypeError):
                log.error("jobs process: unreadable request line dropped")
                continue
            req.context["job_seed"] = record
            rt.worker.spawn(_dispatch_job(app, req), name="dispatch")
        writer.close()

    import os
    import signal

    # Slack payloads can be large (a modal's whole state): allow long lines.
    server = await asyncio.start_unix_server(handle, path=socket_path, limit=32 * 1024 * 1024)
    os.chmod(socket_path, 0o600)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    parent = os.getppid()

    async def watch_parent() -> None:
        # The front process may die without stopping us (SIGKILL): stop with it.
        while not stop.is_set():
            if os.getppid() != parent:
                log.warning("the front process is gone; the jobs process stops")
                stop.set()
            await asyncio.sleep(1.0)

    watcher = asyncio.ensure_future(watch_parent())
    try:
        async with server:
            await stop.wait()
    finally:
        watcher.cancel()
        await rt.worker.drain(timeout=20)
        await rt.aclose()
        rt.worker.shutdown()


async def _dispatch_job(app: AsyncApp, req: AsyncBoltRequest) -> None:
    response = await app.async_dispatch(req)
    if response.status >= 400:
        log.warning("jobs process refused a request: %s %s", response.status, response.body)


def settings_env(settings: Settings) -> dict[str, str]:
    """Settings as environment variables (what a child process reads with load_settings)."""
    return settings.as_env()


def start_jobs_process(settings: Settings) -> tuple[Any, str]:
    """Start the jobs process (lower CPU priority) and wait (bounded) for its socket."""
    import os
    import subprocess
    import sys
    import tempfile

    folder = tempfile.mkdtemp(prefix="datarequest-jobs-")
    socket_path = os.path.join(folder, "jobs.sock")
    env = {**os.environ, **settings_env(settings)}
    code = "import sys; from bot.cli import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--jobs-socket", socket_path], env=env
    )
    deadline = time.monotonic() + 120
    while not os.path.exists(socket_path):
        if proc.poll() is not None:
            raise ConfigError("The jobs process stopped at start-up; see the log above.")
        if time.monotonic() > deadline:
            proc.terminate()
            raise ConfigError("The jobs process did not start within 120 s.")
        time.sleep(0.05)
    return proc, socket_path


def stop_jobs_process(proc: Any, timeout: float = 30.0) -> None:
    import subprocess

    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _tokenless(client: AsyncWebClient) -> AsyncWebClient:
    client.token = None
    return client


def runtime_of(app: AsyncApp) -> Runtime:
    return app._datarequest_runtime  # type: ignore[attr-defined,no-any-return]


def asgi_app(app: AsyncApp) -> Callable[..., Awaitable[None]]:
    """The ASGI application: Bolt at /slack/events, a health check at /healthz, clean shutdown."""
    from slack_bolt.adapter.asgi.async_handler import AsyncSlackRequestHandler

    bolt = AsyncSlackRequestHandler(app, path="/slack/events")
    rt = runtime_of(app)

    async def application(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if rt.forwarder is not None:
                        await rt.forwarder.aclose()
                    for hook in rt.on_shutdown:  # e.g. stop the jobs process (it drains)
                        await asyncio.to_thread(hook)
                    await rt.worker.drain(timeout=20)
                    await rt.aclose()
                    rt.worker.shutdown()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] == "http" and scope["path"] == "/healthz":
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"text/plain")],
                }
            )
            body = f"ok pending={rt.worker.pending}".encode()
            await send({"type": "http.response.body", "body": body})
            return
        await bolt(scope, receive, send)

    return application


def serve_http(app: AsyncApp, *, port: int, host: str = "0.0.0.0") -> None:  # noqa: S104
    """Serve over HTTP with uvicorn (a production ASGI server) until interrupted."""
    import uvicorn

    prefer_acks()
    uvicorn.run(
        asgi_app(app),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=25,
    )


async def serve_socket_mode(app: AsyncApp, app_token: str) -> None:
    """Connect over Socket Mode (no public URL needed) and run until cancelled."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    if not app_token.startswith("xapp-"):
        raise ConfigError(
            "SLACK_APP_TOKEN must be an app-level token (xapp-...) with connections:write."
        )
    prefer_acks()
    handler = AsyncSocketModeHandler(app, app_token)
    rt = runtime_of(app)
    try:
        await handler.start_async()
    finally:
        with contextlib.suppress(Exception):
            await handler.close_async()
        if rt.forwarder is not None:
            await rt.forwarder.aclose()
        for hook in rt.on_shutdown:
            await asyncio.to_thread(hook)
        await rt.worker.drain(timeout=20)
        await rt.aclose()
        rt.worker.shutdown()
