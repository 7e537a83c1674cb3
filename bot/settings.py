"""The one settings object: read once from the environment and `.env`, validated at start-up.

Environment variables win over `.env`. Names are a contract with deployments (`.env.example`
documents every one): each field's variable is its name in upper case, and the text is
converted by the field's type (str, int, float, bool, Path, tuple of str, each optionally
`| None`). A field may add a check in its metadata. A wrong value stops start-up with one line
naming the variable: `Invalid setting TIMEZONE='Mars/Base': not a known time zone`.
"""

from __future__ import annotations

import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from bot import settings_checks as check
from bot.errors import ConfigError, echoed, read_text_file
from bot.settings_checks import (
    DEFAULT_QUERY_TIMEOUT_S,
    MAX_BIGINT,
    MAX_COUNT,
    MAX_DEMO_SCALE,
    MAX_HELD_FILES_MB,
    MAX_REUSE_MINUTES,
    MAX_SLACK_RETRY_BACKOFF_S,
    MAX_USD,
    MAX_WAREHOUSE_MEMORY_MB,
    MAX_WAREHOUSE_THREADS,
    default_warehouse_memory_mb,
    default_warehouse_threads,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
STARTER_LIBRARY = REPO_ROOT / "queries"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")


def default_data_dir() -> Path:
    """The platform's per-user data folder for datarequest (XDG_DATA_HOME is honoured)."""
    from platformdirs import user_data_dir  # not needed when DATA_DIR is set (~2 ms to import)

    return Path(user_data_dir("datarequest", appauthor=False))


def _named_urls(value: tuple[str, ...]) -> str | None:
    if all("=" in entry for entry in value):
        return None
    return "each entry is name=URL (e.g. shop_pg=postgresql+psycopg://reader@db/shop)"


def _app_id(value: str) -> str | None:
    if not value or re.fullmatch(r"A[A-Z0-9]{2,31}", value):
        return None
    return "not a Slack app id (Basic Information → App ID, e.g. A0123ABCDEF)"


def _port(value: int) -> str | None:
    return None if 0 < value < 65536 else "not a TCP port (1-65535)"


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    # This app's id (Basic Information → App ID, A…): a signed request naming another
    # `api_app_id` is refused (`bot.slack.app_id`); empty = every signed request is taken.
    slack_app_id: str = field(default="", metadata={"check": _app_id})
    port: int = field(default=3000, metadata={"check": _port})
    # The SQLite store and the demo warehouse; by default the platform's per-user data folder
    # (~/.local/share/datarequest on Linux), not a folder of wherever a command runs.
    data_dir: Path = field(default_factory=lambda: default_data_dir())
    database_url: str = field(default="", metadata={"check": check.database_url_problem})
    warehouse_path: Path | None = None
    query_library: Path = STARTER_LIBRARY
    triage_channel: str = ""
    roster_file: Path | None = None
    # Slack user ids of the data team's admins (ADMINS=U1,U2): on the team even without a
    # roster; with neither admins nor a roster nobody may promote (`bot.tickets.team`).
    admins: tuple[str, ...] = ()
    schedules_file: Path | None = None
    # The workspace's time zone ("today", periods, due dates); read it as `settings.tz`.
    timezone: str = field(default="UTC", metadata={"check": check.known_zone})
    # "channel": results are posted in the channel; "ephemeral": only the requester sees them.
    reply_visibility: str = field(default="channel", metadata=check.one_of("channel", "ephemeral"))
    # Also the limit on rendering a query's SQL template (`bot.library.render_limits`).
    query_timeout_s: float = field(
        default=DEFAULT_QUERY_TIMEOUT_S, metadata={"check": check.seconds}
    )
    # Memory (MB) and threads a DuckDB warehouse may use; a query that needs more memory fails
    # with one line, nothing spills to disk. The process that runs warehouse queries is capped
    # at this much plus PROCESS_HEADROOM_MB (`bot.engines.duckdb_engine.limit_process_memory`).
    warehouse_memory_mb: int = field(
        default_factory=default_warehouse_memory_mb,
        metadata=check.within(check.positive, MAX_WAREHOUSE_MEMORY_MB),
    )
    warehouse_threads: int = field(
        default_factory=default_warehouse_threads,
        metadata=check.within(check.positive, MAX_WAREHOUSE_THREADS),
    )
    max_rows: int = field(default=5000, metadata={"check": check.count})
    # Seconds one call to Slack's Web API may take before it counts as lost (the retry policy's
    # timeout, `bot.slack.client.RetryPolicy`), and before a stored request whose answer could
    # not be posted (a lost or rate-limited post) is run again (`bot.slack.intake_runner`).
    slack_timeout_s: float = field(default=30.0, metadata={"check": check.seconds})
    # Seconds the Slack clients (the app's and the scheduler's, one policy) wait before their
    # first retry of a failed call (a 5xx, a lost connection); the wait doubles at each retry,
    # plus a random jitter of up to twice this (at most 1 s). 429s wait their Retry-After.
    slack_retry_backoff_s: float = field(
        default=0.5, metadata=check.within(check.positive, MAX_SLACK_RETRY_BACKOFF_S)
    )
    job_retry_after_s: float = field(default=30.0, metadata={"check": check.seconds})
    # Megabytes of files (a big result's CSV, a chart) an answer held for the outbox keeps on
    # its row (`handlers.held_answer.within_cap`); past it they are not kept and the answer
    # says so in one line. 0 = an answer held keeps no file.
    held_files_max_mb: float = field(
        default=5.0, metadata=check.within(check.not_negative, MAX_HELD_FILES_MB)
    )
    # A query still running after PROGRESS_AFTER_S shows "still running" and a Cancel button,
    # updated every PROGRESS_EVERY_S seconds.
    progress_after_s: float = field(default=3.0, metadata={"check": check.seconds})
    progress_every_s: float = field(default=5.0, metadata={"check": check.seconds})
    demo_scale: float = field(default=0.05, metadata=check.within(check.positive, MAX_DEMO_SCALE))
    log_level: str = field(default="INFO", metadata=check.one_of(*LOG_LEVELS, fold_case=True))
    # A ticket whose request names no deadline is due this many weekday hours after creation.
    ticket_sla_hours: int = field(default=48, metadata={"check": check.hours})
    # Amazon Athena, for queries whose header says `engine: athena` (needs boto3).
    athena_database: str = ""
    athena_workgroup: str = ""  # empty: "primary"
    athena_output_location: str = ""
    aws_region: str = ""
    # --- Engines (h-engines): named engines, Athena cost guards -------------------------------
    # YAML of named engines (`engines: {name: {url: <SQLAlchemy URL>}}`), used by `engine:`.
    engines_file: Path | None = None
    # Engines by URL without a file: ENGINE_<NAME>_URL variables, kept here as "name=url".
    engine_urls: tuple[str, ...] = field(default=(), metadata={"check": _named_urls})
    # Athena's price in US dollars per TB scanned, for the cost shown with each result.
    athena_price_per_tb: float = field(
        default=5.0, metadata=check.within(check.not_negative, MAX_USD)
    )
    # Bytes an Athena query may read unless its header says `max_bytes:`; 0 = no cap of ours.
    athena_max_bytes: int = field(default=0, metadata=check.within(check.not_negative, MAX_BIGINT))
    # Minutes Athena may reuse a previous identical query's result; 0 = never.
    athena_result_reuse_minutes: int = field(
        default=0, metadata=check.within(check.not_negative, MAX_REUSE_MINUTES)
    )
    # Per-user daily Athena spend in US dollars before a query needs approval; 0 = no budget.
    athena_daily_budget_usd: float = field(
        default=0.0, metadata=check.within(check.not_negative, MAX_USD)
    )
    # Another Athena API endpoint (a VPC endpoint, or a local test server); empty = AWS's.
    athena_endpoint_url: str = ""
    # --- Result cache and shared library (w2-cache) -----------------------------------------
    # Seconds a result is reused for the same query and values (shared by every process through
    # the database); 0 = always run. Scheduled reports and the Refresh button always run.
    result_cache_seconds: int = field(default=300, metadata={"check": check.seconds_or_zero})
    # Results bigger than this many cells (rows × columns) are not cached.
    result_cache_max_cells: int = field(
        default=50_000, metadata=check.within(check.not_negative, MAX_COUNT)
    )
    # Hours between refreshes of the known values by the scheduler (also done at `serve` start
    # and by `datarequest queries refresh-values`); 0 = no scheduled refresh.
    known_values_refresh_hours: float = field(default=24.0, metadata={"check": check.hours_or_zero})
    # --- Fiscal calendar ----------------------------------------------------------------------
    # The month (1-12) a fiscal year starts; FY2025 is the fiscal year that ends in 2025.
    fiscal_year_start: int = field(default=1, metadata={"check": check.month})

    def __post_init__(self) -> None:
        for f in fields(self):
            if reason := setting_problem(f.name, getattr(self, f.name)):
                raise invalid(f.name, getattr(self, f.name), reason)

    @property
    def tz(self) -> ZoneInfo:
        """The workspace's time zone (validated when the settings were made)."""
        return ZoneInfo(self.timezone)

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'datarequest.sqlite3').resolve()}"

    @property
    def effective_warehouse_path(self) -> Path:
        return self.warehouse_path or (self.data_dir / "warehouse.duckdb")

    @property
    def secrets(self) -> tuple[str, ...]:
        """The configured secret values (tokens, signing secret, database password): never in a
        message, a log line or the audit."""
        found = [self.slack_bot_token, self.slack_signing_secret, self.slack_app_token]
        password = database_password(self.database_url)
        found += [password, unquote(password)]  # as written in the URL, and as the driver sees it
        return tuple(dict.fromkeys(s for s in found if s))

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    def as_env(self) -> dict[str, str]:
        """The settings as environment variables (what `load_settings` reads back in a child)."""
        env: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, tuple):
                value = ",".join(str(v) for v in value)
            env[env_name(f.name)] = str(value)
        return env


def database_password(url: str) -> str:
    """The password in a database URL (`scheme://user:password@host/db`), or ""."""
    credentials = url.partition("://")[2].rpartition("@")[0]
    return credentials.partition(":")[2] if ":" in credentials else ""


def env_name(field_name: str) -> str:
    return field_name.upper()


def setting_problem(field_name: str, value: object) -> str | None:
    """Why `value` does not fit the setting `field_name` (its field's check), or None.

    For a value given another way than its variable (a command-line flag), to be refused
    naming that way."""
    (f,) = [f for f in fields(Settings) if f.name == field_name]
    check = f.metadata.get("check")
    return check(value) if check is not None and value is not None else None


def invalid(field_name: str, raw: object, reason: str) -> ConfigError:
    return ConfigError(f"Invalid setting {env_name(field_name)}={echoed(raw)}: {reason}")


@cache
def _field_types() -> dict[str, Any]:
    return typing.get_type_hints(Settings)


def _convert(kind: Any, raw: str) -> Any:
    """`raw` as a value of the annotated type `kind`; ValueError with a reason when it is not."""
    args = typing.get_args(kind)
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, raw)
    if typing.get_origin(kind) is tuple:
        return tuple(_convert(args[0], part.strip()) for part in raw.split(",") if part.strip())
    if kind is bool:
        word = raw.strip().lower()
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return word in TRUE_WORDS
        raise ValueError("not a yes/no value (use true or false)")
    if kind is int:
        try:
            return int(raw.strip())
        except ValueError:
            raise ValueError("not a whole number") from None
    if kind is float:
        try:
            number = float(raw.strip())
        except ValueError:
            raise ValueError("not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError("not a finite number")
        return number
    if kind is Path:
        path = Path(raw).expanduser()
        if reason := check.path_problem(path):
            raise ValueError(reason)
        return path
    if kind is str:
        return raw
    raise TypeError(f"settings of type {kind!r} are not supported")


def read_dotenv(path: Path) -> dict[str, str]:
    """The variables a `.env` file sets ({} without one)."""
    if not path.is_file():
        return {}
    # Imported here: python-dotenv is only needed when a .env file exists.
    from io import StringIO

    from dotenv import dotenv_values

    text = read_text_file(path, "the settings file")
    return {k: v for k, v in dotenv_values(stream=StringIO(text)).items() if v is not None}


def load_settings(
    env: Mapping[str, str] | None = None, dotenv_path: Path | None = None
) -> Settings:
    """Build Settings from `.env` (if present) overlaid by the process environment.

    Raises ConfigError (one line, naming the variable) for a value that does not fit its field.
    """
    values: dict[str, str] = {}
    values.update(read_dotenv(dotenv_path or Path(".env")))
    values.update(os.environ if env is None else env)
    kinds = _field_types()
    kwargs: dict[str, object] = {}
    for f in fields(Settings):
        raw = values.get(env_name(f.name))
        if raw is None or raw == "":
            continue
        try:
            value = _convert(kinds[f.name], raw)
        except ValueError as exc:
            raise invalid(f.name, raw, str(exc)) from None
        if reason := setting_problem(f.name, value):
            raise invalid(f.name, raw, reason)
        kwargs[f.name] = value
    named = [
        f"{m[1].lower()}={raw}" for k, raw in values.items() if (m := _ENGINE_URL.fullmatch(k))
    ]
    if named:
        kwargs["engine_urls"] = (*kwargs.get("engine_urls", ()), *sorted(named))  # type: ignore[misc]
    return Settings(**kwargs)  # type: ignore[arg-type]


# ENGINE_<NAME>_URL: a named engine by its SQLAlchemy URL (as ENGINES_FILE's `url:`).
_ENGINE_URL = re.compile(r"ENGINE_([A-Z][A-Z0-9_]*)_URL")
