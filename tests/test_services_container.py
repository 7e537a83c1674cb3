"""bot.services is the container only; the names that moved to bot.slack still resolve."""

from __future__ import annotations

import pytest

from bot import services
from bot.slack import deliveries, threads, use_cases


def test_moved_names_resolve_from_their_new_home_with_a_deprecation_warning() -> None:
    for name, home in services.MOVED_TO_SLACK.items():
        with pytest.warns(DeprecationWarning, match=f"moved to {home}"):
            moved = getattr(services, name)
        assert moved is getattr(
            {
                "bot.slack.deliveries": deliveries,
                "bot.slack.threads": threads,
                "bot.slack.use_cases": use_cases,
            }[home],
            name,
        )
    with pytest.raises(AttributeError):
        services.no_such_name  # noqa: B018
