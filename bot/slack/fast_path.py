"""The fast path: slash commands and button clicks go straight to their listener.

Bolt's generic dispatch pays, for every request, a fresh Web API client, its middleware chain,
every registered listener's matcher and keyword-argument injection for each call: about a third
of the front's CPU per request (BENCHMARKS.md, "Ack latency"). For the hot requests (a slash
command, a `block_actions` click) the same steps are cheap to do directly, so `FastPath.dispatch`
does them in Bolt's order with Bolt's own objects, and calls the very listener function Bolt
would call (one registry: `Routes` records each listener as the handlers register it on Bolt):

1. the cached authorization (`CachedAuthorize`) is set on the request's context, as Bolt's
   authorization middleware does; before the first auth.test, Bolt's path takes the request;
2. the app's global middleware run in order, `next` continuing; a middleware that answers
   (a foreign workspace's refusal) ends the request with its answer;
3. the one listener that matches (`Routes.match`, Bolt's own rules: command name, or the first
   action's action_id; exact text or a pattern's search) runs with `ack`, `body`, `context`;
   its ack becomes the response; an exception goes to the app's error handler and gives 500.

Anything else returns None and Bolt's path takes the request whole: other payload types, a
command or action no listener or more than one listener matches, a listener registered with
extra matchers, middleware or lazy functions, or asking for arguments other than these three.
"""

from __future__ import annotations

import functools
import inspect
import weakref
from collections.abc import Awaitable, Callable
from re import Pattern
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

Listener = Callable[..., Awaitable[Any]]
Constraint = str | Pattern[str]
LISTENER_ARGS = frozenset({"ack", "body", "context"})
MIDDLEWARE_ARGS = frozenset({"body", "context", "next"})


@functools.cache
def _arguments(func: Callable[..., Any]) -> tuple[str, ...]:
    """The names `func` takes (as Bolt injects them: by name, only those asked for)."""
    return tuple(inspect.signature(func).parameters)


def _matches(constraint: Constraint, value: Any) -> bool:
    """Bolt's rule (`listener_matcher.builtins._matches`): equal text, or a pattern found."""
    if not isinstance(value, str):
        return False
    if isinstance(constraint, str):
        return value == constraint
    return constraint.search(value) is not None


class CachedAuthorize:
    """Bolt's `authorize` for a single workspace: auth.test once per process, then cached."""

    def __init__(self, check: Callable[[], Awaitable[AuthorizeResult]]) -> None:
        self._check = check
        self.result: AuthorizeResult | None = None

    def for_bolt(self) -> Callable[..., Awaitable[AuthorizeResult]]:
        """The `authorize` function for AsyncApp (Bolt reads a plain function's arguments)."""

        async def authorize(**_kwargs: Any) -> AuthorizeResult:
            if self.result is None:
                self.result = await self._check()
            return self.result

        return authorize


class Routes:
    """Stands in for the app while the handlers register: registers on Bolt and records the
    command and action listeners (in order, as Bolt will try them) for the fast path."""

    def __init__(self, app: AsyncApp) -> None:
        self.app = app
        # (constraint, listener or None when only Bolt's path can run it)
        self.commands: list[tuple[Constraint, Listener | None]] = []
        self.actions: list[tuple[Constraint, Listener | None]] = []
        self.open = True  # False once something registered that the fast path cannot mirror
        self.plain: set[Listener] = set()  # listeners Bolt runs with no middleware of their own

    def command(self, command: Any, **options: Any) -> Callable[[Listener], Any]:
        return self._recording(
            self.commands, command, self.app.command(command, **options), options
        )

    def action(self, constraints: Any, **options: Any) -> Callable[[Listener], Any]:
        register = self.app.action(constraints, **options)
        return self._recording(self.actions, constraints, register, options)

    def _recording(
        self,
        table: list[tuple[Constraint, Listener | None]],
        constraint: Any,
        register: Callable[[Listener], Any],
        options: dict[str, Any],
    ) -> Callable[[Listener], Any]:
        def decorator(func: Listener) -> Any:
            if not isinstance(constraint, str | Pattern):
                self.open = False  # a dict of block_id/action_id: not mirrored
            plain = not options and set(_arguments(func)) <= LISTENER_ARGS
            table.append((constraint, func if plain else None))
            return register(func)

        return decorator

    def __getattr__(self, name: str) -> Any:
        # Views, events, shortcuts... never match a command or a block_actions payload (Bolt
        # checks the payload type first); middleware added here would be missed: close.
        if name in ("middleware", "use"):
            self.open = False
        return getattr(self.app, name)

    def match(self, body: dict[str, Any]) -> Listener | None:
        """The listener for `body` when it is a command or a click that exactly one recorded
        listener matches and the fast path can run it; None otherwise."""
        if "command" in body:
            if "type" in body:  # the other kinds of listener look at `type`: Bolt decides
                return None
            table, value = self.commands, body["command"]
        elif body.get("type") == "block_actions":
            actions = body.get("actions")
            first = actions[0] if isinstance(actions, list) and actions else None
            if not isinstance(first, dict):
                return None
            table, value = self.actions, first.get("action_id")
        else:
            return None
        found = [func for constraint, func in table if _matches(constraint, value)]
        return found[0] if len(found) == 1 and found[0] in self.plain else None


class FastPath:
    """See the module docstring."""

    def __init__(
        self,
        app: AsyncApp,
        routes: Routes,
        authorize: CachedAuthorize,
        middleware: tuple[Callable[..., Awaitable[Any]], ...],
    ) -> None:
        self.app = app
        self.routes = routes
        self.authorize = authorize
        self.middleware = middleware
        # Bolt may attach middleware or matchers of its own to a listener: those stay with it.
        routes.plain = {
            listener.ack_function
            for listener in app._async_listeners
            if not listener.middleware
            and len(listener.matchers) == 1
            and not listener.lazy_functions
        }
        self.open = routes.open and all(set(_arguments(m)) <= MIDDLEWARE_ARGS for m in middleware)

    async def dispatch(self, req: AsyncBoltRequest) -> BoltResponse | None:
        """The response for `req`, or None when Bolt's path must take it (nothing ran yet)."""
        auth = self.authorize.result
        if not self.open or auth is None or req.lazy_only:
            return None
        if "function_bot_access_token" in req.context:  # Bolt swaps the client's token
            return None
        listener = self.routes.match(req.body)
        if listener is None:
            return None
        context = req.context
        context.set_authorize_result(auth)
        context["token"] = auth.bot_token
        try:
            answered = await self._middleware(req)
        except Exception as error:  # as Bolt: 500, and the app's error handler is told
            return await self._failed(req, error, self.app._async_middleware_error_handler)
        if answered is not None:
            return answered
        ack = context.ack
        given = {"ack": ack, "body": req.body, "context": context}
        try:
            returned = await listener(**{name: given[name] for name in _arguments(listener)})
        except Exception as error:  # Bolt's listener runner: 500 and the error handler
            return await self._failed(
                req, error, self.app._async_listener_runner.listener_error_handler
            )
        if isinstance(returned, BoltResponse):
            return returned
        if ack.response is not None:
            return ack.response
        # No ack and no other listener matches: Bolt answers an unhandled request so.
        response = BoltResponse(status=404, body={"error": "unhandled request"})
        unhandled = BoltUnhandledRequestError(request=req, current_response=response)
        await self._handle(
            req, unhandled, response, self.app._async_listener_runner.listener_error_handler
        )
        return response

    async def _middleware(self, req: AsyncBoltRequest) -> BoltResponse | None:
        """Run the global middleware in order; the response of one that did not call `next`."""
        for middleware in self.middleware:
            called = False

            async def proceed() -> None:
                nonlocal called
                called = True

            given = {"body": req.body, "context": req.context, "next": proceed}
            returned = await middleware(**{name: given[name] for name in _arguments(middleware)})
            if not called:
                if returned is None:
                    return BoltResponse(status=404, body={"error": "no next() calls in middleware"})
                return returned  # type: ignore[no-any-return]
        return None

    async def _failed(self, req: AsyncBoltRequest, error: Exception, handler: Any) -> BoltResponse:
        response = BoltResponse(status=500, body="")
        await self._handle(req, error, response, handler)
        return response

    async def _handle(
        self, req: AsyncBoltRequest, error: Exception, response: BoltResponse, handler: Any
    ) -> None:
        # The handler reads what Bolt's dispatch would have put in the context (logger, client).
        self.app._init_context(req)
        req.context["token"] = req.context.client.token = req.context.bot_token
        await handler.handle(error=error, request=req, response=response)


_FAST: weakref.WeakKeyDictionary[AsyncApp, FastPath] = weakref.WeakKeyDictionary()


def install(fast: FastPath) -> None:
    """Make `fast` the fast path of its app (`bot.slack.dispatch` looks it up)."""
    _FAST[fast.app] = fast


def fast_path_of(app: AsyncApp) -> FastPath | None:
    return _FAST.get(app)
