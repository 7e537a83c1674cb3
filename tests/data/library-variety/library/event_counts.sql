/*---
title: Product event counts
description: How many times a product event fired per day.
examples:
  - count of Checkout Started events last week
  - how many trial converted events yesterday
params:
  event: {type: string, label: event name}
  period: {type: date_range, default: last 7 days}
---*/
SELECT CAST(ev.event_ts AS DATE) AS day, COUNT(*) AS events
FROM events ev
WHERE ev.event_name = :event
  AND CAST(ev.event_ts AS DATE) BETWEEN :period_start AND :period_end
GROUP BY 1 ORDER BY 1
