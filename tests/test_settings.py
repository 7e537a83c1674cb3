"""Settings: converted by each field's type, validated at start-up, one line naming the variable."""

from __future__ import annotations

import io
import logging
import sys
from dataclasses import fields
from pathlib import Path
from zoneinfo import ZoneInfo

import platformdirs
import pytest

from bot.errors import ConfigError
from bot.logconfig import configure_logging
from bot.settings import Settings, load_settings

NO_DOTENV = Path("/nonexistent/.env")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TIMEZONE": "Mars/Base"}, "Invalid setting TIMEZONE='Mars/Base': not a known time zone"),
        ({"PORT": "eighty"}, "Invalid setting PORT='eighty': not a whole number"),
        ({"PORT": "70000"}, "Invalid setting PORT='70000': not a TCP port"),
        ({"QUERY_TIMEOUT_S": "soon"}, "Invalid setting QUERY_TIMEOUT_S='soon': not a number"),
        ({"QUERY_TIMEOUT_S": "nan"}, "Invalid setting QUERY_TIMEOUT_S='nan': not a finite"),
        ({"MAX_ROWS": "0"}, "Invalid setting MAX_ROWS='0': must be more than 0"),
        ({"REPLY_VISIBILITY": "loud"}, "Invalid setting REPLY_VISIBILITY='loud': use one of"),
        ({"LOG_LEVEL": "chatty"}, "Invalid setting LOG_LEVEL='chatty': use one of"),
        ({"HELD_FILES_MAX_MB": "-1"}, "Invalid setting HELD_FILES_MAX_MB='-1': must be 0 or"),
        ({"HELD_FILES_MAX_MB": "lots"}, "Invalid setting HELD_FILES_MAX_MB='lots': not a number"),
    ],
)
def test_a_wrong_value_is_one_line_naming_the_variable(env: dict, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env, dotenv_path=NO_DOTENV)
    assert str(info.value).startswith(message) and "\n" not in str(info.value)


def test_values_are_converted_by_their_field_types(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "PORT": "8080",
            "QUERY_TIMEOUT_S": "2.5",
            "DATA_DIR": str(tmp_path),
            "ROSTER_FILE": "~/roster.yaml",
            "TIMEZONE": "Europe/Paris",
            "LOG_LEVEL": "debug",
        },
        dotenv_path=NO_DOTENV,
    )
    assert settings.port == 8080 and settings.query_timeout_s == 2.5
    assert settings.data_dir == tmp_path and settings.roster_file == Path.home() / "roster.yaml"
    assert settings.tz == ZoneInfo("Europe/Paris")


def test_every_field_goes_through_the_environment_and_back(tmp_path: Path) -> None:
    settings = Settings(
        slack_bot_token="xoxb-1",
        port=4000,
        data_dir=tmp_path,
        warehouse_path=tmp_path / "w.duckdb",
        timezone="America/New_York",
        reply_visibility="ephemeral",
        query_timeout_s=3.5,
        demo_scale=0.5,
        ticket_sla_hours=12,
    )
    again = load_settings(settings.as_env(), dotenv_path=NO_DOTENV)
    assert again == settings
    assert {f.name.upper() for f in fields(Settings)} >= set(settings.as_env())


def test_settings_made_in_code_are_validated_too() -> None:
    with pytest.raises(ConfigError, match="TIMEZONE='Mars/Base'"):
        Settings(timezone="Mars/Base")
    with pytest.raises(ConfigError, match="REPLY_VISIBILITY"):
        Settings().with_overrides(reply_visibility="shout")


def test_the_dotenv_file_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("PORT=4000\nTIMEZONE=Asia/Tokyo\n", encoding="utf-8")
    settings = load_settings({"PORT": "5000"}, dotenv_path=dotenv)
    assert settings.port == 5000 and settings.timezone == "Asia/Tokyo"


def test_a_record_after_stderr_was_swapped_back_goes_to_the_stderr_in_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An in-process CLI run set the handler up on a test's captured stderr; that stream closed
    with the test, and a thread that logged later wrote "--- Logging error ---" (CI, one run in
    two). The handler now writes to the stderr of the moment."""
    root = logging.getLogger()
    before = list(root.handlers)
    first, second = io.StringIO(), io.StringIO()
    try:
        for handler in [h for h in root.handlers if h.get_name() == "datarequest"]:
            root.removeHandler(handler)  # an earlier test's: this one sets up its own
        monkeypatch.setattr(sys, "stderr", first)
        configure_logging("WARNING")
        first.close()
        monkeypatch.setattr(sys, "stderr", second)
        logging.getLogger("datarequest.test").warning("logged after the first stderr closed")
        assert "Logging error" not in second.getvalue()
        assert "WARNING datarequest.test: logged after the first stderr closed" in second.getvalue()
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
        for name in ("datarequest", "bot", "handlers", "scheduler"):
            logging.getLogger(name).setLevel(logging.NOTSET)


def test_configure_logging_is_one_handler_however_often_it_is_called() -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging("WARNING")
        configure_logging("DEBUG")
        ours = [h for h in root.handlers if h.get_name() == "datarequest"]
        assert len(ours) == 1
        assert logging.getLogger("scheduler").level == logging.DEBUG
        assert logging.getLogger("bot").level == logging.DEBUG
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
        for name in ("datarequest", "bot", "handlers", "scheduler"):
            logging.getLogger(name).setLevel(logging.NOTSET)


def test_every_setting_is_documented_in_env_example() -> None:
    import re

    text = (Path(__file__).resolve().parent.parent / ".env.example").read_text(encoding="utf-8")
    undocumented = [
        f.name.upper()
        for f in fields(Settings)
        if not re.search(rf"^#?\s*{f.name.upper()}=", text, re.MULTILINE)
    ]
    assert undocumented == []


def test_data_dir_defaults_to_the_per_user_data_folder_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # platformdirs honours it on Linux
    monkeypatch.chdir(tmp_path)
    settings = load_settings({}, dotenv_path=NO_DOTENV)
    expected = Path(platformdirs.user_data_dir("datarequest", appauthor=False))
    assert settings.data_dir == expected and settings.data_dir.is_absolute()
    assert settings.data_dir != Path("data") and not (tmp_path / "data").exists()
    assert settings.effective_warehouse_path == expected / "warehouse.duckdb"
    if sys.platform.startswith("linux"):
        assert settings.data_dir == tmp_path / "xdg" / "datarequest"
    # An empty DATA_DIR= (as in .env.example) means the default too.
    assert load_settings({"DATA_DIR": ""}, dotenv_path=NO_DOTENV).data_dir == expected
