"""Helpers shared by the CLI command modules (standard library only at import time)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD arguments."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-22") from None


def cli_settings() -> Any:
    """The one Settings object, read from the environment and `.env`."""
    from bot.settings import load_settings

    return load_settings()
