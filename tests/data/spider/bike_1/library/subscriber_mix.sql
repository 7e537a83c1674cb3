/*---
title: Subscribers vs customers
description: Trips, share of trips and average duration by subscription type (annual subscribers vs casual customers).
examples:
  - subscriber share of rides
  - members versus casual riders
  - how long do customers ride compared with subscribers
keywords: [subscriber, subscribers, subscription, member, members, customer, customers,
           casual, share, mix, split]
params: {}
owner: "@bikeshare-ops"
---*/
SELECT
    t.subscription_type,
    COUNT(*) AS trips,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 1) AS share_pct,
    ROUND(AVG(t.duration), 1) AS average_duration_seconds
FROM trip AS t
GROUP BY t.subscription_type
ORDER BY trips DESC
