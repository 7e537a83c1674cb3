"""Requests for another Slack app: refused when the app's own id (SLACK_APP_ID) is set.

Slack signs each app's requests with that app's signing secret, so a signed request is for the
app whose secret signed it. Two apps sharing one secret (a copied app, a proxy in front of
several apps, a leaked secret reused by another app) make that untrue: an event or a click for
another app, signed with this secret, was handled as this app's. With SLACK_APP_ID set, a
payload naming another `api_app_id` is refused before anything reads it further; a payload that
names none (`url_verification`, `ssl_check`) is not an app's request and passes.

The answer is 403 with `X-Slack-No-Retry: 1`. A 2xx would tell Slack the request was delivered
(the other app's event is lost without anyone learning the URL is wrong); a 5xx, or a 4xx
without the header, makes Slack retry an event three times, each refused the same way. 403 with
no retry: Slack counts a failed delivery against the app whose Request URL this is (its owner
sees it), a person's command shows that it failed, and nothing is taken. One log line, at most
every 5 s (the others counted).
"""

from __future__ import annotations

from typing import Any

from bot.slack.request_log import QuietLog, access_log, log_field

OTHER_APP = QuietLog(access_log, interval=5.0)
STATUS = 403
HEADERS = {"x-slack-no-retry": "1"}
BODY = b'{"error":"another app"}'


def other_app(body: Any, own_id: str) -> str | None:
    """The other app id `body` names when `own_id` is set and differs, else None."""
    if not own_id or not isinstance(body, dict):
        return None
    named = body.get("api_app_id")
    if named is None or named == own_id:
        return None
    return log_field(str(named))


def refuse(named: str) -> None:
    """The one (rate-limited) line for a request refused as another app's."""
    OTHER_APP.warning(
        f"who=- what=request decision=refused:{STATUS} (for app {named}, not SLACK_APP_ID)"
    )
