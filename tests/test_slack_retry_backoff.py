"""SLACK_RETRY_BACKOFF_S: the one setting for both Slack clients' waits between retries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import Settings, load_settings
from bot.slack.client import Backoff, make_client, make_sync_client, make_webhook_client, policy_for

NO_DOTENV = Path("/nonexistent/.env")


def _backoffs(client: object) -> list[float]:
    return [
        h.interval_calculator.base_s
        for h in client.retry_handlers  # type: ignore[attr-defined]
        if isinstance(getattr(h, "interval_calculator", None), Backoff)
    ]


def test_the_app_s_and_the_scheduler_s_clients_wait_what_the_setting_says() -> None:
    settings = load_settings({"SLACK_RETRY_BACKOFF_S": "0.02"}, dotenv_path=NO_DOTENV)
    assert settings.slack_retry_backoff_s == 0.02
    assert _backoffs(make_client(settings)) == [0.02]  # the app's
    assert _backoffs(make_sync_client(settings)) == [0.02]  # the scheduler's
    assert _backoffs(make_webhook_client("http://127.0.0.1:9/r", policy=policy_for(settings))) == [
        0.02
    ]
    assert policy_for(settings).backoff_s == 0.02
    assert policy_for(Settings()).backoff_s == 0.5  # the default


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("0", "must be more than 0"),
        ("-1", "must be more than 0"),
        ("61", "must be at most 60"),
        ("soon", "not a number"),
        ("inf", "not a finite number"),
    ],
)
def test_a_wrong_backoff_is_one_line_naming_the_variable(raw: str, reason: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings({"SLACK_RETRY_BACKOFF_S": raw}, dotenv_path=NO_DOTENV)
    assert str(refused.value) == f"Invalid setting SLACK_RETRY_BACKOFF_S='{raw}': {reason}"


@pytest.mark.parametrize("base", [0.01, 0.5, 4.0])
def test_each_wait_doubles_with_a_jitter_of_at_most_twice_the_base_and_one_second(
    base: float,
) -> None:
    backoff = Backoff(base)
    for attempt in range(4):
        least = base * 2**attempt
        waits = [backoff.calculate_sleep_duration(attempt) for _ in range(200)]
        assert all(least <= w <= least + min(2 * base, 1.0) for w in waits)
