"""Limits on rendering a query's SQL template: loop steps, value sizes, time.

The query's timeout starts once its SQL is rendered, so a library file's nested loops
(`{% for i in range(100000) %}{% for j in range(100000) %}…`) rendered for ever on a jobs thread
and a core. Every `for` of a template now draws its steps from one budget per rendering, and the
clock is read at each step; no value may be built past a size, with or without a loop
(`bot.library.render_sizes`: `'x' * 10**10`, `{% set s = s ~ s %}`, `'x'|center(10**9)`); a
`recursive` loop (which re-enters outside any `for` the budget sees) is refused. Past a limit
the rendering stops with `QueryFailed`: the person gets one line, the log names the file.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from bot.errors import QueryFailed
from bot.library.model import QueryDef
from bot.library.render_sizes import (
    MAX_VALUE_SIZE,
    RenderLimit,
    bounded_filter,
    check_binop,
    checked_concat,
    checked_method,
    sized,
)

log = logging.getLogger("datarequest.library.render")

MAX_LOOP_STEPS = 100_000  # of all a rendering's loops together; a real query loops a few times
_BUDGET = "__datarequest_loop_budget"  # the name the loops call; a template cannot set it
_SIZED = "__datarequest_sized"  # what a list, tuple or dict literal goes through
_CONCAT = "__datarequest_concat"  # what `~` goes through


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


class _SizedBuilds(NodeTransformer):
    """Sends `~` and the list, tuple and dict literals through the size checks."""

    def _call(self, name: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
        return nodes.Call(nodes.Name(name, "load"), args, [], None, None, lineno=lineno)

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802 (Jinja's naming)
        self.generic_visit(node)
        return self._call(_CONCAT, node.nodes, node.lineno)

    def visit_List(self, node: nodes.List) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        return self._call(_SIZED, [node], node.lineno)

    visit_Dict = visit_List  # noqa: N815

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        return node if node.ctx != "load" else self._call(_SIZED, [node], node.lineno)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox whose loops count their steps and whose values are capped
    (`bot.library.render_sizes`)."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {name: bounded_filter(name, f) for name, f in self.filters.items()}
        self.globals.update({_SIZED: sized, _CONCAT: checked_concat})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in list(tree.find_all(nodes.For)):
            if loop.recursive:
                raise TemplateSyntaxError(
                    "a recursive loop may not shape a query's SQL", loop.lineno, name, filename
                )
            budget = nodes.Name(_BUDGET, "load", lineno=loop.lineno)
            loop.iter = nodes.Call(budget, [loop.iter], [], None, None, lineno=loop.lineno)
        return _SizedBuilds().visit(tree)  # type: ignore[no-any-return]

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _digits_of_power(left, right) > MAX_VALUE_SIZE:
            raise RenderLimit(f"it builds a number of more than {MAX_VALUE_SIZE:,} digits")
        check_binop(operator, left, right)
        return sized(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if __obj is sized or __obj is checked_concat:  # checks already
            return __context.call(__obj, *args, **kwargs)
        args = checked_method(__obj, args, kwargs)
        return sized(super().call(__context, __obj, *args, **kwargs))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _digits_of_power(base: Any, exponent: Any) -> float:
    if not (_is_int(base) and _is_int(exponent)) or exponent <= 0 or abs(base) <= 1:
        return 0.0
    return exponent * math.log10(abs(base))


def render_bounded(
    template: Callable[[], Any],
    context: dict[str, Any],
    query: QueryDef,
    seconds: float,
) -> str:
    """Render the template `template()` compiles for `context`, within the limits above and
    `seconds` (the settings' QUERY_TIMEOUT_S: rendering gets as long as the query itself)."""
    try:
        return template().render({**context, _BUDGET: _Budget(seconds)})
    except (RenderLimit, TemplateSyntaxError, SecurityError, OverflowError, MemoryError) as exc:
        line = query.body_line
        if isinstance(exc, TemplateSyntaxError):
            line, exc = line + exc.lineno - 1, RenderLimit(exc.message or "")
        elif not isinstance(exc, RenderLimit):  # the sandbox's own limits (range, unsafe calls)
            exc = RenderLimit(str(exc).split(". ")[0] or type(exc).__name__)
        log.warning("%s:%s: rendering query %s stopped: %s", query.path, line, query.name, exc)
        raise QueryFailed(
            f"The query {query.name} could not be prepared: {exc} "
            "(a mistake in its library file; the data team can fix it)."
        ) from None
