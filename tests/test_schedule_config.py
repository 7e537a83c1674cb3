"""SCHEDULES_FILE loading: the spec's example loads; bad files are refused with file:line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.errors import ConfigError
from scheduler.config import format_duration, parse_duration
from scheduler.config_file import load_schedules
from scheduler.cron import make_trigger

SPEC_EXAMPLE = """\
timezone: America/Los_Angeles     # default for every schedule
holidays: US                      # country code for public holidays (the holidays package)
grace: 30m                        # a slot missed by less than this is posted late, with a note
schedules:
  - id: daily-standup
    kind: standup_digest
    channel: C0DATATEAM
    cron: "0 9 * * mon-fri"
  - id: standup-checkin
    kind: standup_checkin         # DMs each member yesterday / today / blockers
    cron: "30 8 * * mon-fri"
    remind_after: 45m
  - id: deadlines
    kind: deadline_reminders
    cron: "*/15 * * * *"
    remind_before: 24h
    escalate_overdue_after: 24h
    escalate_unclaimed_after: 4h
  - id: weekly-revenue
    kind: report
    query: revenue_by_region
    params: {period: last week}
    channel: C0SALES0001
    cron: "0 8 * * mon"
    timezone: Europe/Berlin       # per-schedule override
    working_days_only: false      # default true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schedules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_spec_example_loads(tmp_path: Path) -> None:
    config = load_schedules(write(tmp_path, SPEC_EXAMPLE))
    assert config.timezone == "America/Los_Angeles"
    assert config.holidays == "US"
    assert config.grace == timedelta(minutes=30)
    assert [s.id for s in config.schedules] == [
        "daily-standup",
        "standup-checkin",
        "deadlines",
        "weekly-revenue",
    ]
    digest, checkin, deadlines, report = config.schedules
    assert digest.channel == "C0DATATEAM" and digest.working_days_only
    assert digest.timezone == "America/Los_Angeles" and digest.holidays == "US"
    assert digest.source.endswith("schedules.yaml:5")
    assert checkin.remind_after == timedelta(minutes=45)
    assert deadlines.remind_before == timedelta(hours=24)
    assert deadlines.escalate_unclaimed_after == timedelta(hours=4)
    assert report.timezone == "Europe/Berlin" and report.working_days_only is False
    assert report.query == "revenue_by_region" and report.params == {"period": "last week"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", timedelta(seconds=90)),
        ("45m", timedelta(minutes=45)),
        ("24h", timedelta(hours=24)),
        ("2d", timedelta(days=2)),
    ],
)
def test_durations(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected
    assert parse_duration(format_duration(expected)) == expected


@pytest.mark.parametrize("bad", ["", "10", "5 minutes", "1w", "-3h", True])
def test_bad_durations(bad: object) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(bad)


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ('cron: "0 9 * * mon-fri"', 'cron: "0 25 * * mon-fri"', r"schedules.yaml:8: .*bad cron"),
        ('cron: "0 9 * * mon-fri"', 'cron: "0 9 * *"', r"schedules.yaml:8: .*5 fields"),
        ("timezone: Europe/Berlin", "timezone: Mars/Olympus", r":25: .*unknown time zone"),
        ("    channel: C0DATATEAM\n", "", r"schedules.yaml:5: .*missing `channel`"),
        ("channel: C0SALES0001", "channel: '#sales'", r":23: .*Slack channel id"),
        ("remind_after: 45m", "remind_after: soon", r":12: .*remind_after: expected a duration"),
        ("kind: standup_digest", "kind: standup", r":6: .*unknown kind 'standup'"),
        ("holidays: US ", "holidays: XX ", r"schedules.yaml:2: unknown holiday country 'XX'"),
        (
            "remind_before: 24h",
            "remind_before: 24h\n    colour: red",
            r":17: .*unknown key 'colour'",
        ),
        ("working_days_only: false", "working_days_only: maybe", r":26: .*true or false"),
        ("grace: 30m ", "grace: 30m\nretries: 3 ", r":4: unknown key 'retries'"),
        ("id: deadlines", "id: daily-standup", r":13: duplicate schedule id 'daily-standup'"),
        ("    query: revenue_by_region\n", "", r":19: .*missing `query`"),
    ],
)
def test_invalid_schedules_are_refused_with_file_line(
    tmp_path: Path, replace: str, by: str, message: str
) -> None:
    assert replace in SPEC_EXAMPLE
    path = write(tmp_path, SPEC_EXAMPLE.replace(replace, by, 1))
    with pytest.raises(ConfigError, match=message):
        load_schedules(path)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = SPEC_EXAMPLE.replace("0 25", "x").replace('"0 9 * * mon-fri"', '"bad"')
    text = text.replace("Europe/Berlin", "Nowhere/Else")
    with pytest.raises(ConfigError) as info:
        load_schedules(write(tmp_path, text))
    lines = info.value.reason.splitlines()
    assert lines[0] == "Invalid schedules file:"
    assert len(lines) == 3
    assert "schedules.yaml:8:" in lines[1] and "schedules.yaml:25:" in lines[2]


def test_unreadable_and_broken_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read schedules file"):
        load_schedules(tmp_path / "missing.yaml")
    with pytest.raises(ConfigError, match=r"schedules.yaml:4: invalid YAML"):
        load_schedules(write(tmp_path, "schedules:\n  - id: a\n    kind: [\n"))


def test_norway_is_a_country_not_false(tmp_path: Path) -> None:
    config = load_schedules(write(tmp_path, "holidays: NO\nschedules: []\n"))
    assert config.holidays == "NO"


def test_empty_file_is_no_schedules(tmp_path: Path) -> None:
    config = load_schedules(write(tmp_path, ""), default_timezone="Europe/Paris")
    assert config.schedules == () and config.timezone == "Europe/Paris"


@pytest.mark.parametrize(
    ("dow", "expected"),
    [
        ("1-5", "mon,tue,wed,thu,fri"),
        ("mon-fri", "mon,tue,wed,thu,fri"),
        ("0", "sun"),
        ("7", "sun"),
        ("5-7", "fri,sat,sun"),
        ("*/2", "tue,thu,sat,sun"),
        ("sat,sun", "sat,sun"),
    ],
)
def test_crontab_weekday_numbers_follow_cron_not_apscheduler(dow: str, expected: str) -> None:
    trigger = make_trigger(f"0 9 * * {dow}", "UTC")
    field = next(f for f in trigger.fields if f.name == "day_of_week")
    assert str(field) == expected
