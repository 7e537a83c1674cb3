"""The logger every Web API client of the app and the scheduler is given (`SDK_LOG`).

slack_sdk's blocking clients write an ERROR line of their own for an answer whose body is not
JSON ("Failed to decode Slack API response: Received a response in a non-JSON format: <the
first 100 characters of the body>"), one per call, a proxy's page in the log each time, and
one for every try of a call that got no answer ("Failed to send a request to Slack API
server: timed out"), though the caller handles both. Those lines are dropped here; what is
left is one short line of ours, at most every `INTERVAL_S` (the others counted): the body's
(`bot.slack.readable`, naming the method and the HTTP status) and a call that got no answer
(below). Its level is WARNING so that slack_sdk, which tests the level it is given, not the
effective one, does not format its debug lines of every call.
"""

from __future__ import annotations

import logging

from bot.slack.request_log import QuietLog

INTERVAL_S = 5.0
_NOT_JSON = "Failed to decode Slack API response"
_NO_ANSWER = "Failed to send a request to Slack API server"

log = logging.getLogger("datarequest.slack")
# One line at most every INTERVAL_S for each: a body that is not JSON, a call with no answer.
NOT_JSON = QuietLog(log, interval=INTERVAL_S)
NO_ANSWER = QuietLog(log, interval=INTERVAL_S)


class OursInstead(logging.Filter):
    """Drops slack_sdk's two per-call ERROR lines; a call with no answer becomes ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        if message.startswith(_NOT_JSON):
            return False  # said by `bot.slack.readable`, with the method and the status
        if message.startswith(_NO_ANSWER):
            cause = message.removeprefix(_NO_ANSWER).strip(": ")[:60]
            NO_ANSWER.warning(f"a Slack Web API call got no answer ({cause}); its caller decides")
            return False
        return True


SDK_LOG = logging.getLogger("datarequest.slack.web_api")
SDK_LOG.setLevel(logging.WARNING)
SDK_LOG.addFilter(OursInstead())
