"""How big a value a query's template may build: one cap, checked before the value exists.

A template needs no loop to take a jobs process's memory: `{% set s = s ~ s %}` written thirty
times, `'x'|center(10**9)`, `sep.join([s] * n)`, `'%0999999999d' % 1`, `[a, a]` nested until
its text is astronomical. Every value a template builds is held to MAX_VALUE_SIZE by its
*size*: the characters of a string, and for a list, tuple or dict its items' sizes plus one
each, counted through nesting (a list that holds one list twice counts it twice, as its text
would). Values the template is given (parameters) are small, so it is enough to check what
builds: `~`, list, tuple and dict literals, the binary operators, and every filter and string
method. Where the result can outgrow its inputs many times over (a width, a repeat, a join's
separator, a replacement) the size is estimated from the arguments before anything is built;
everything else is checked on its result, which cannot be far past the cap its inputs held.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

MAX_VALUE_SIZE = 1_000_000  # characters or items of a value a template builds


class RenderLimit(Exception):
    """A template went past a limit; `str(exc)` says which, for the person and the log."""


def too_big() -> RenderLimit:
    return RenderLimit(f"it builds a value of more than {MAX_VALUE_SIZE:,} characters or items")


_TEXT = (str, bytes)
_CONTAINERS = (list, tuple, set, frozenset, dict)


def _items(value: Any) -> list[Any]:
    return [*value.keys(), *value.values()] if isinstance(value, dict) else list(value)


def size_of(value: Any, limit: int = MAX_VALUE_SIZE) -> int:
    """The size of `value` (see the module docstring), counted no further than past `limit`.

    Each container is walked once (a list holding one list twice is counted twice, walked
    once), so `[a, a]` nested n deep costs n steps, not 2**n.
    """
    if not isinstance(value, _CONTAINERS):
        return len(value) if isinstance(value, _TEXT) else 1
    sizes: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack:
        item, walked = stack.pop()
        if id(item) in sizes:
            continue
        items = _items(item)
        if not walked:
            stack.append((item, True))
            stack.extend((c, False) for c in items if isinstance(c, _CONTAINERS))
            continue
        total = 1 + len(items)
        for child in items:
            if isinstance(child, _TEXT):
                total += len(child)
            elif isinstance(child, _CONTAINERS):
                total += sizes.get(id(child), 0)
        if total > limit:
            return total
        sizes[id(item)] = total
    return sizes[id(value)]


def sized(value: Any) -> Any:
    """`value`, or RenderLimit when it is past the cap."""
    if size_of(value) > MAX_VALUE_SIZE:
        raise too_big()
    return value


def _check(estimate: float) -> None:
    if estimate > MAX_VALUE_SIZE:
        raise too_big()


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def checked_concat(*values: Any) -> str:
    """Jinja's `~`: the operands as text, joined only when the result stays under the cap."""
    parts = [str(sized(v)) for v in values]
    _check(sum(map(len, parts)))
    return "".join(parts)


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse `left operator right` when its result would be past the cap."""
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and _int(times):
                _check(size_of(seq) * times)
    elif operator == "+":
        if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            _check(size_of(left) + size_of(right))
    elif operator == "%" and isinstance(left, str):
        check_format(left, right if isinstance(right, tuple) else (right,))


_NUMBER = re.compile(r"\d+")
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\d*)(?:\.(\d*))?")
_BRACE_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}")


def check_format(template: str, args: Iterable[Any]) -> None:
    """`%` or `str.format` with `template`: no width or precision past the cap, written in the
    template or passed as an argument (`%*s`, `{:{}}`)."""
    numbers = [n for spec in _PERCENT_SPEC.findall(template) for n in spec if n]
    numbers += [n for spec in _BRACE_SPEC.findall(template) for n in _NUMBER.findall(spec)]
    if any(len(n) > 7 or int(n) > MAX_VALUE_SIZE for n in numbers):
        raise too_big()
    if any(_int(a) and abs(a) > MAX_VALUE_SIZE for a in args):
        raise too_big()


def _replace_size(text: Any, old: Any, new: Any, count: Any = -1) -> float:
    if not all(isinstance(x, str) for x in (text, old, new)):
        return 0
    times = text.count(old) if old else len(text) + 1
    if _int(count) and count >= 0:
        times = min(times, count)
    return len(text) + times * max(len(new) - len(old), 0)


def _join_size(items: Any, sep: Any) -> float:
    if not isinstance(items, list | tuple | str):
        return 0  # a generator: its result is checked
    return size_of(items) + len(str(sep)) * max(len(items) - 1, 0)


def _padded_size(text: Any, width: Any, *_: Any) -> float:
    return max(len(str(text)), width) if _int(width) else 0


def _indent_size(text: Any, width: Any = 4, *_: Any) -> float:
    prefix = width if _int(width) else len(str(width))
    return len(str(text)) + (str(text).count("\n") + 1) * prefix


def _wrap_size(text: Any, width: Any = 79, _long: Any = True, wrap: Any = None, *_: Any) -> float:
    lines = len(str(text)) // max(width if _int(width) else 1, 1) + str(text).count("\n") + 1
    return len(str(text)) + lines * len(str(wrap or "\n"))


def _tabs_size(text: Any, tabsize: Any = 8) -> float:
    return len(text) + text.count("\t") * (tabsize if _int(tabsize) else 8)


def _format_size(text: Any, *args: Any, **kwargs: Any) -> float:
    check_format(str(text), [*args, *kwargs.values()])
    return 0


# Filters and string methods whose result can outgrow their inputs: the size before building,
# from the value and the arguments as the filter or method takes them.
FILTER_SIZES: dict[str, Callable[..., float]] = {
    "center": _padded_size,
    "indent": _indent_size,
    "wordwrap": _wrap_size,
    "replace": _replace_size,
    "join": lambda items, sep="", *_: _join_size(items, sep),
    "format": _format_size,
}
METHOD_SIZES: dict[str, Callable[..., float]] = {
    "center": _padded_size,
    "ljust": _padded_size,
    "rjust": _padded_size,
    "zfill": _padded_size,
    "expandtabs": _tabs_size,
    "replace": _replace_size,
    "join": lambda sep, items, *_: _join_size(items, sep),
    "format": _format_size,
    "format_map": lambda text, mapping: _format_size(text, *dict(mapping).values()),
}


def materialized(value: Any) -> Any:
    """A lazily made sequence (`map`, `select`, a range) as a list, counted item by item: a
    generator's items exist only as they come, so its size is known only by taking them."""
    if not isinstance(value, Iterator | range):
        return value
    items, total = [], 1
    for item in value:
        total += 1 + (len(item) if isinstance(item, _TEXT) else size_of(item))
        if total > MAX_VALUE_SIZE:
            raise too_big()
        items.append(item)
    return items


def _estimate(estimate: Callable[..., float] | None, *args: Any, **kwargs: Any) -> None:
    if estimate is not None:
        try:
            size = estimate(*args, **kwargs)
        except (TypeError, AttributeError):  # arguments it refuses: the call itself says so
            size = 0
        _check(size)


def bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` (a filter) checked: its input taken whole, its estimate before it runs, its
    result after."""
    estimate = FILTER_SIZES.get(name)
    first = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0  # Jinja's argument

    @functools.wraps(func)
    def call(*args: Any, **kwargs: Any) -> Any:
        if len(args) > first:
            args = (*args[:first], materialized(args[first]), *args[first + 1 :])
        _estimate(estimate, *args[first:], **kwargs)
        return sized(func(*args, **kwargs))

    return call


def checked_method(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Before a template calls `obj` (a bound string method): its arguments (a generator taken
    whole), once its estimate is under the cap."""
    bound = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format and format_map
    owner = getattr(bound, "__self__", None)
    if not isinstance(owner, str):
        return args
    args = tuple(materialized(a) for a in args)
    _estimate(METHOD_SIZES.get(getattr(obj, "__name__", "")), owner, *args, **kwargs)
    return args
