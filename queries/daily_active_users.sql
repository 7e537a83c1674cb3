/*---
title: Daily active users (DAU)
description: >
  Distinct users active in the app each day over a period, in total and per platform
  (iOS, Android, web), from the app events.
examples:
  - DAU for the past 30 days
  - daily active users on android this month
  - how many people used the app each day last week?
  - active users per day on the website since Nov 1
  - app usage by day in October
  - iphone DAU yesterday
  - how many users were active today
  - daily engagement numbers for last month
keywords: [dau, daily active users, active users, actives, users, active, usage, engagement,
           app, sessions, visitors, people, platform, mobile, daily,
           trend, trending, per day]
params:
  period: {type: date_range, default: last 30 days, label: period}
  platform:
    type: choice
    choices: [ios, android, web]
    optional: true
    synonyms: {iphone: ios, ipad: ios, apple: ios, ios app: ios, android app: android,
               google play: android, website: web, web app: web, browser: web, desktop: web,
               site: web}
owner: "@data-team"
---*/
SELECT
    event_date AS day,
    COUNT(DISTINCT user_id) AS active_users{% if not platform %},
    COUNT(DISTINCT user_id) FILTER (WHERE platform = 'ios') AS ios,
    COUNT(DISTINCT user_id) FILTER (WHERE platform = 'android') AS android,
    COUNT(DISTINCT user_id) FILTER (WHERE platform = 'web') AS web{% endif %}
FROM events
WHERE event_date BETWEEN :period_start AND :period_end
{% if platform %}  AND platform = :platform
{% endif %}GROUP BY event_date
ORDER BY event_date
