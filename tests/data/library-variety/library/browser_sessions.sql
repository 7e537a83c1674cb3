/*---
title: Web sessions by browser
description: Sessions and average duration for one browser, from the analytics schema.
examples:
  - sessions from Safari in the last 30 days
  - average session length on vivaldi
params:
  browser: {type: string}
  period: {type: date_range, default: last 30 days}
---*/
SELECT ws.session_date, COUNT(*) AS sessions, AVG(ws.duration_s) AS avg_seconds
FROM analytics.web_sessions AS ws
WHERE ws.browser = :browser
  AND ws.session_date BETWEEN :period_start AND :period_end
GROUP BY ws.session_date
ORDER BY ws.session_date
