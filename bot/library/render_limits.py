"""Limits on rendering a query's SQL template: loop steps, value sizes, time.

The query's timeout starts once its SQL is rendered, so a library file's nested loops
(`{% for i in range(100000) %}{% for j in range(100000) %}…`) rendered for ever on a jobs thread
and a core. Every `for` of a template now draws its steps from one budget per rendering, and the
clock is read at each step; `*` and `**` may not build a value past a size (`'x' * 10**10`);
a `recursive` loop (which re-enters outside any `for` the budget sees) is refused. Past a limit
the rendering stops with `QueryFailed`: the person gets one line, the log names the file.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import TemplateSyntaxError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from bot.errors import QueryFailed
from bot.library.model import QueryDef

log = logging.getLogger("datarequest.library.render")

MAX_LOOP_STEPS = 100_000  # of all a rendering's loops together; a real query loops a few times
MAX_RENDER_S = 5.0
MAX_VALUE_SIZE = 1_000_000  # characters or items of a value built by `*`, digits by `**`
_BUDGET = "__datarequest_loop_budget"  # the name the loops call; a template cannot set it


class RenderLimit(Exception):
    """A template went past a limit; `str(exc)` says which, for the person and the log."""


class _Budget:
    """The steps and the time left to one rendering."""

    def __init__(self, seconds: float) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + seconds
        self.seconds = seconds

    def __call__(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.steps += 1
            if self.steps > MAX_LOOP_STEPS:
                raise RenderLimit(f"its loops take more than {MAX_LOOP_STEPS:,} steps")
            if time.monotonic() > self.deadline:
                raise RenderLimit(f"it takes more than {self.seconds:g} s to render")
            yield item


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox whose loops count their steps and whose `*`/`**` are capped."""

    intercepted_binops = frozenset({"*", "**"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in list(tree.find_all(nodes.For)):
            if loop.recursive:
                raise TemplateSyntaxError(
                    "a recursive loop may not shape a query's SQL", loop.lineno, name, filename
                )
            budget = nodes.Name(_BUDGET, "load", lineno=loop.lineno)
            loop.iter = nodes.Call(budget, [loop.iter], [], None, None, lineno=loop.lineno)
        return tree

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif _digits_of_power(left, right) > MAX_VALUE_SIZE:
            raise RenderLimit(f"it builds a number of more than {MAX_VALUE_SIZE:,} digits")
        return super().call_binop(context, operator, left, right)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _digits_of_power(base: Any, exponent: Any) -> float:
    if not (_is_int(base) and _is_int(exponent)) or exponent <= 0 or abs(base) <= 1:
        return 0.0
    return exponent * math.log10(abs(base))


def _check_repeat(seq: Any, times: Any) -> None:
    if isinstance(seq, str | list | tuple) and _is_int(times) and len(seq) * times > MAX_VALUE_SIZE:
        raise RenderLimit(f"it builds a value of more than {MAX_VALUE_SIZE:,} items")


def render_bounded(
    template: Callable[[], Any],
    context: dict[str, Any],
    query: QueryDef,
    seconds: float = MAX_RENDER_S,
) -> str:
    """Render the template `template()` compiles for `context`, within the limits above."""
    try:
        return template().render({**context, _BUDGET: _Budget(seconds)})
    except (RenderLimit, TemplateSyntaxError) as exc:
        line = query.body_line
        if isinstance(exc, TemplateSyntaxError):
            line, exc = line + exc.lineno - 1, RenderLimit(exc.message or "")
        log.warning("%s:%s: rendering query %s stopped: %s", query.path, line, query.name, exc)
        raise QueryFailed(
            f"The query {query.name} could not be prepared: {exc} "
            "(a mistake in its library file; the data team can fix it)."
        ) from None
