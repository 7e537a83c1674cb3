/*---
title: Trips by hour of day
description: Number of trips starting in each hour of the day, with the average duration.
examples:
  - rush hour demand
  - rides per hour of the day
  - when do people ride
keywords: [hour, hours, hourly, time of day, peak, rush hour, commute, demand, profile]
params: {}
owner: "@bikeshare-ops"
---*/
SELECT
    hour(t.start_date) AS hour_of_day,
    COUNT(*) AS trips,
    ROUND(AVG(t.duration), 1) AS average_duration_seconds
FROM trip AS t
GROUP BY 1
ORDER BY 1
