"""The one settings object: read once from the environment and `.env`, overridable in tests.

Environment variables win over `.env`. Names are a contract with deployments (see
`.env.example`, which documents every one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from bot.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
STARTER_LIBRARY = REPO_ROOT / "queries"


def _read_dotenv(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    from dotenv import dotenv_values

    return {k: v for k, v in dotenv_values(path).items() if v is not None}


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    port: int = 3000
    data_dir: Path = field(default_factory=lambda: Path("data"))
    database_url: str = ""
    warehouse_path: Path | None = None
    query_library: Path = STARTER_LIBRARY
    triage_channel: str = ""
    roster_file: Path | None = None
    schedules_file: Path | None = None
    timezone: str = "UTC"
    # "channel": results are posted in the channel; "ephemeral": only the requester sees them.
    reply_visibility: str = "channel"
    query_timeout_s: float = 30.0
    max_rows: int = 5000
    demo_scale: float = 0.05
    log_level: str = "INFO"
    # A ticket whose request names no deadline is due this many weekday hours after creation.
    ticket_sla_hours: int = 48
    # Amazon Athena, for queries whose header says `engine: athena` (needs boto3).
    athena_database: str = ""
    athena_workgroup: str = ""  # empty: "primary"
    athena_output_location: str = ""
    aws_region: str = ""

    # --- Fiscal calendar ----------------------------------------------------------------------
    # The month (1-12) a fiscal year starts; FY2025 is the fiscal year that ends in 2025.
    fiscal_year_start: int = 1

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'datarequest.sqlite3').resolve()}"

    @property
    def effective_warehouse_path(self) -> Path:
        return self.warehouse_path or (self.data_dir / "warehouse.duckdb")

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


_ENV_NAMES = {f.name: f.name.upper() for f in fields(Settings)}


def load_settings(env: dict[str, str] | None = None, dotenv_path: Path | None = None) -> Settings:
    """Build Settings from `.env` (if present) overlaid by the process environment."""
    values: dict[str, str] = {}
    values.update(_read_dotenv(dotenv_path or Path(".env")))
    values.update(os.environ if env is None else env)
    kwargs: dict[str, object] = {}
    for f in fields(Settings):
        raw = values.get(_ENV_NAMES[f.name])
        if raw is None or raw == "":
            continue
        try:
            if f.name in ("port", "max_rows", "ticket_sla_hours", "fiscal_year_start"):
                kwargs[f.name] = int(raw)
            elif f.name in ("query_timeout_s", "demo_scale"):
                kwargs[f.name] = float(raw)
            elif f.name in (
                "data_dir",
                "query_library",
                "warehouse_path",
                "roster_file",
                "schedules_file",
            ):
                kwargs[f.name] = Path(raw).expanduser()
            else:
                kwargs[f.name] = raw
        except ValueError:
            raise ConfigError(
                f"Invalid setting {_ENV_NAMES[f.name]}={raw!r}: not a number"
            ) from None
    settings = Settings(**kwargs)  # type: ignore[arg-type]
    if settings.reply_visibility not in ("channel", "ephemeral"):
        raise ConfigError("Invalid setting REPLY_VISIBILITY: use 'channel' or 'ephemeral'")
    if not 1 <= settings.fiscal_year_start <= 12:
        raise ConfigError("Invalid setting FISCAL_YEAR_START: use a month number from 1 to 12")
    return settings
