"""`datarequest doctor`'s Slack checks: the bot token, its scopes against the manifest, the
app-level token or signing secret, and the bot's membership of every channel it posts to.
Slack's SDK is imported inside the checks (the CLI's fast paths never load it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.cli.checks import FAIL, OK, WARN, Check


def manifest_scopes(path: Path) -> list[str]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(((data.get("oauth_config") or {}).get("scopes") or {}).get("bot") or [])


def _header(response: Any, name: str) -> str:
    headers = getattr(response, "headers", None) or {}
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return ""


def slack_checks(settings: Any, manifest: Path) -> list[Check]:
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    if not settings.slack_bot_token:
        return [
            Check(
                "Slack token",
                FAIL,
                "SLACK_BOT_TOKEN is not set",
                "copy the Bot User OAuth Token (xoxb-…) into .env; try `datarequest shell` meanwhile",
            )
        ]
    client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url, timeout=15)
    try:
        auth = client.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error", "refused")
        return [
            Check(
                "Slack token",
                FAIL,
                f"auth.test refused the token ({error})",
                "copy the Bot User OAuth Token from the app's OAuth & Permissions page into SLACK_BOT_TOKEN",
            )
        ]
    except Exception as exc:  # DNS, TLS, connection refused
        return [
            Check(
                "Slack token",
                FAIL,
                f"cannot reach {settings.slack_api_url}: {type(exc).__name__}",
                "check the network, or SLACK_API_URL",
            )
        ]
    checks = [
        Check(
            "Slack token",
            OK,
            f"bot @{auth.get('user')} in {auth.get('team')} ({auth.get('team_id')})",
        )
    ]
    checks.append(scopes_check(_header(auth, "x-oauth-scopes"), manifest))
    checks.append(connection_check(settings, client))
    bot_user = str(auth.get("user_id") or "")
    for channel, why in channels_to_check(settings):
        checks.append(membership_check(client, channel, why, bot_user))
    return checks


def scopes_check(granted_header: str, manifest: Path) -> Check:
    try:
        wanted = manifest_scopes(manifest)
    except (OSError, ValueError) as exc:
        return Check("Slack scopes", FAIL, f"cannot read {manifest}: {exc}", "pass --manifest FILE")
    if not granted_header:
        return Check("Slack scopes", WARN, "Slack did not say which scopes the token has")
    granted = {s.strip() for s in granted_header.split(",") if s.strip()}
    missing = [s for s in wanted if s not in granted]
    if missing:
        return Check(
            "Slack scopes",
            FAIL,
            f"missing {', '.join(missing)} (from {manifest.name})",
            "add them under OAuth & Permissions → Bot Token Scopes, then reinstall the app",
        )
    return Check("Slack scopes", OK, f"all {len(wanted)} scopes of {manifest.name} granted")


def connection_check(settings: Any, client: Any) -> Check:
    """How Slack reaches the bot: Socket Mode's app token (apps.connections.open), or the
    signing secret that HTTP mode verifies every request with."""
    from slack_sdk.errors import SlackApiError

    token = settings.slack_app_token
    if not token:
        if not settings.slack_signing_secret:
            return Check(
                "Slack connection",
                FAIL,
                "HTTP mode, but SLACK_SIGNING_SECRET is not set",
                "copy Basic Information → Signing Secret into .env, or set SLACK_APP_TOKEN for Socket Mode",
            )
        return Check("Slack connection", OK, f"HTTP mode on port {settings.port} at /slack/events")
    fix = "create an app-level token with connections:write (Basic Information → App-Level Tokens)"
    if not token.startswith("xapp-"):
        return Check("Slack connection", FAIL, "SLACK_APP_TOKEN is not an app-level token", fix)
    try:
        client.apps_connections_open(app_token=token)
    except SlackApiError as exc:
        error = exc.response.get("error", "refused")
        return Check("Slack connection", FAIL, f"Socket Mode refused the app token ({error})", fix)
    return Check("Slack connection", OK, "Socket Mode: the app token opens a connection")


def channels_to_check(settings: Any) -> list[tuple[str, str]]:
    """(channel id, why the bot needs it): the triage channel and every schedule's channel."""
    found: dict[str, str] = {}
    triage = settings.triage_channel
    if not triage and settings.roster_file is not None:
        from bot.errors import ConfigError
        from bot.tickets.roster import load_roster

        try:
            triage = load_roster(settings.roster_file).triage_channel or ""
        except (ConfigError, OSError):
            triage = ""  # reported by the schedules/roster checks
    if triage:
        found[triage] = "triage"
    for schedule in _schedules(settings):
        if schedule.channel and schedule.channel not in found:
            found[schedule.channel] = f"schedule {schedule.id}"
    return list(found.items())


def _schedules(settings: Any) -> tuple[Any, ...]:
    from bot.errors import ConfigError
    from scheduler.runner import load_config

    try:
        return load_config(settings).schedules
    except (ConfigError, OSError):
        return ()


def membership_check(client: Any, channel: str, why: str, bot_user: str) -> Check:
    from slack_sdk.errors import SlackApiError

    name = f"channel {channel}"
    try:
        info = client.conversations_info(channel=channel)["channel"]
    except SlackApiError as exc:
        error = exc.response.get("error", "refused")
        if error == "missing_scope":
            return Check(
                name,
                WARN,
                f"{why}: cannot check (conversations.info needs channels:read/groups:read)",
                f"make sure the bot is invited: /invite @datarequest in {channel}",
            )
        return Check(
            name, FAIL, f"{why}: {error}", f"check the id {channel}, and /invite the bot there"
        )
    member = bool(info.get("is_member"))
    if not member and bot_user:
        members = client.conversations_members(channel=channel, limit=1000).get("members") or []
        member = bot_user in members
    label = f"#{info.get('name', channel)}"
    if not member:
        return Check(
            name, FAIL, f"{why}: the bot is not in {label}", f"/invite @datarequest in {label}"
        )
    return Check(name, OK, f"{why}: the bot is in {label}")
