"""`datarequest doctor` against the fake Slack Web API on loopback, real SQLite and DuckDB files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack

from bot.cli import main
from bot.cli.doctor_slack import manifest_scopes
from bot.db.session import upgrade
from bot.engines.demo_data import generate
from bot.settings import REPO_ROOT

TRIAGE = "C0DATATEAM"
SALES = "C0SALES001"


class WorkspaceSlack(FakeSlack):
    """FakeSlack plus what doctor asks: granted scopes (a header on every call, as Slack sends)
    and channels the bot is or is not a member of."""

    def __init__(self, *, scopes: list[str], member_of: set[str], channels: set[str]) -> None:
        super().__init__()
        self.scopes = scopes
        self.member_of = member_of
        self.known_channels = channels

    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict, dict]:
        status, body, extra = super()._handle(path, headers, raw)
        return status, body, {**extra, "X-OAuth-Scopes": ",".join(self.scopes)}

    def _m_conversations_info(self, args: dict) -> dict:
        channel = args.get("channel", "")
        if channel not in self.known_channels:
            return {"ok": False, "error": "channel_not_found"}
        is_member = channel in self.member_of
        return {
            "ok": True,
            "channel": {"id": channel, "name": channel.lower(), "is_member": is_member},
        }

    def _m_conversations_members(self, args: dict) -> dict:
        members = [self.bot_user_id] if args.get("channel") in self.member_of else []
        return {"ok": True, "members": members, "response_metadata": {"next_cursor": ""}}


def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, api_url: str, **extra: str) -> None:
    schedules = tmp_path / "schedules.yaml"
    if not schedules.exists():
        schedules.write_text(
            "schedules:\n"
            f"  - {{id: daily-standup, kind: standup_digest, channel: {TRIAGE}, cron: '0 9 * * mon-fri'}}\n"
            f"  - {{id: weekly-revenue, kind: report, query: revenue_by_region, channel: {SALES},\n"
            "     params: {period: last week}, cron: '0 8 * * mon'}\n",
            encoding="utf-8",
        )
    values = {
        "SLACK_BOT_TOKEN": "xoxb-test-0000-token",
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": api_url,
        "DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "WAREHOUSE_PATH": str(tmp_path / "warehouse.duckdb"),
        "TRIAGE_CHANNEL": TRIAGE,
        "SCHEDULES_FILE": str(schedules),
        **extra,
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)  # no .env of the checkout


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import datetime as dt

    path = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    generate(path, scale=0.005, today=dt.date(2026, 11, 22))
    return path


def _lines(out: str) -> dict[str, str]:
    found = {}
    for line in out.splitlines():
        if line[:4].strip() in ("ok", "FAIL", "warn"):
            found[line[6:24].strip()] = line
    return found


def test_a_ready_installation_passes_every_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, warehouse: Path
) -> None:
    scopes = manifest_scopes(REPO_ROOT / "slack_manifest.yaml")
    with WorkspaceSlack(scopes=scopes, member_of={TRIAGE, SALES}, channels={TRIAGE, SALES}) as fake:
        _env(monkeypatch, tmp_path, fake.api_url, WAREHOUSE_PATH=str(warehouse))
        upgrade(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
        code = main(["doctor", "--no-examples"])
    out = capsys.readouterr().out
    lines = _lines(out)
    assert code == 0, out
    for name in (
        "settings",
        "Slack token",
        "Slack scopes",
        "Slack connection",
        f"channel {TRIAGE}",
        f"channel {SALES}",
        "database",
        "engine duckdb",
        "queries validate",
        "schedule check",
    ):
        assert lines[name].startswith("ok"), out
    assert "period phrase(s) resolved" in lines["schedule check"]
    assert f"DATA_DIR {tmp_path}" in lines["settings"]
    assert "All checks passed." in out
    assert "Traceback" not in out


def test_each_problem_is_one_failing_line_with_its_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    scopes = [s for s in manifest_scopes(REPO_ROOT / "slack_manifest.yaml") if s != "files:write"]
    (tmp_path / "schedules.yaml").write_text(
        "schedules:\n"
        f"  - {{id: weekly-revenue, kind: report, query: revenue_by_regoin, channel: {SALES},\n"
        "     cron: '0 8 * * mon'}\n",
        encoding="utf-8",
    )
    with WorkspaceSlack(scopes=scopes, member_of=set(), channels={TRIAGE}) as fake:
        _env(monkeypatch, tmp_path, fake.api_url)  # no warehouse, database never migrated
        code = main(["doctor", "--no-examples"])
    out = capsys.readouterr().out
    lines = _lines(out)
    assert code == 1
    assert lines["Slack token"].startswith("ok")
    assert lines["Slack scopes"].startswith("FAIL") and "files:write" in lines["Slack scopes"]
    assert lines[f"channel {TRIAGE}"].startswith("FAIL")
    assert "/invite @datarequest" in out
    assert lines[f"channel {SALES}"].startswith("FAIL") and "channel_not_found" in out
    assert lines["database"].startswith("FAIL") and "datarequest db upgrade" in out
    assert lines["engine duckdb"].startswith("FAIL") and "datarequest demo-data" in out
    assert lines["schedule check"].startswith("FAIL") and "revenue_by_regoin" in out
    assert "Traceback" not in out
    # Read only: the doctor created no tables.
    from bot.db.session import current_revision

    assert current_revision(f"sqlite:///{tmp_path / 'bot.sqlite3'}") is None


def test_a_refused_token_says_where_to_find_the_right_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    with WorkspaceSlack(scopes=[], member_of=set(), channels=set()) as fake:
        _env(monkeypatch, tmp_path, fake.api_url, SLACK_BOT_TOKEN="xoxb-wrong")
        code = main(["doctor", "--no-examples"])
    out = capsys.readouterr().out
    assert code == 1
    assert "auth.test refused the token (invalid_auth)" in out
    assert "OAuth & Permissions" in out


def test_socket_mode_app_token_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    with WorkspaceSlack(scopes=[], member_of=set(), channels=set()) as fake:
        fake.socket_url = "ws://127.0.0.1:9/link"  # what apps.connections.open hands out
        _env(monkeypatch, tmp_path, fake.api_url, SLACK_APP_TOKEN=fake.app_token)
        main(["doctor", "--no-examples"])
        good = _lines(capsys.readouterr().out)["Slack connection"]
        _env(monkeypatch, tmp_path, fake.api_url, SLACK_APP_TOKEN="xapp-1-revoked")
        main(["doctor", "--no-examples"])
        bad = _lines(capsys.readouterr().out)["Slack connection"]
    assert good.startswith("ok") and "Socket Mode" in good
    assert bad.startswith("FAIL") and "invalid_auth" in bad


def test_an_unreachable_database_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from pg_server import free_port

    closed = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/datarequest"
    with WorkspaceSlack(scopes=[], member_of=set(), channels=set()) as fake:
        _env(monkeypatch, tmp_path, fake.api_url, DATABASE_URL=closed)
        code = main(["doctor", "--no-examples"])
    out = capsys.readouterr().out
    line = _lines(out)["database"]
    assert code == 1
    assert line.startswith("FAIL") and "cannot open 127.0.0.1:" in line
    assert "check DATABASE_URL" in out
    assert "Traceback" not in out
