"""Answering a request, the same way for every caller.

`answer(backend, text, context)` returns one `Outcome` (`Answered`, `Ambiguous`, `NeedsValues`,
`TicketOpened`, `Unmatched`, `Failed`); `RequestContext` says who asks, where and when;
`permissions` decides who may run a query; `numbers` formats values for people.
"""

from bot.answering.context import RequestContext
from bot.answering.core import answer, get_query, run_query
from bot.answering.outcomes import (
    Ambiguous,
    Answered,
    Failed,
    NeedsValues,
    Outcome,
    TicketOpened,
    Unmatched,
)

__all__ = [
    "Ambiguous",
    "Answered",
    "Failed",
    "NeedsValues",
    "Outcome",
    "RequestContext",
    "TicketOpened",
    "Unmatched",
    "answer",
    "get_query",
    "run_query",
]
