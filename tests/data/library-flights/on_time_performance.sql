/*---
title: On-time performance (OTP)
description: >
  Share of flights that arrived within 15 minutes of schedule (on-time performance, OTP) over
  a period, per departure airport, with the number of flights operated and the average arrival
  delay in minutes. Cancelled and diverted flights are left out.
examples:
  - OTP last month
  - on-time performance at JFK this quarter
  - how punctual were our flights out of Chicago in October?
  - what share of flights arrived on time last week
  - average arrival delay by airport year to date
  - on time rate for Atlanta departures since September
  - how late were flights leaving LAX yesterday
  - punctuality by hub for Q3
keywords: [otp, on-time, on time, on-time performance, punctuality, punctual, delay, delays,
           delayed, late, lateness, arrival delay, a15, minutes late, airport, hub, departures]
params:
  period: {type: date_range, default: last month, label: period}
  airport:
    type: choice
    choices: [JFK, LAX, ORD, ATL, DFW, SFO]
    optional: true
    label: departure airport
    synonyms: {new york: JFK, kennedy: JFK, nyc: JFK, los angeles: LAX, la: LAX,
               chicago: ORD, o'hare: ORD, ohare: ORD, atlanta: ATL, dallas: DFW,
               fort worth: DFW, san francisco: SFO, sf: SFO, bay area: SFO}
owner: "@ops-analytics"
---*/
SELECT
    f.origin AS airport,
    COUNT(*) AS flights,
    ROUND(100.0 * COUNT(*) FILTER (WHERE f.actual_arr <= f.sched_arr + INTERVAL 15 MINUTE)
          / COUNT(*), 1) AS on_time_pct,
    ROUND(AVG(GREATEST(date_diff('minute', f.sched_arr, f.actual_arr), 0)), 1)
        AS avg_arrival_delay_min
FROM flights AS f
WHERE f.flight_date BETWEEN :period_start AND :period_end
  AND f.status = 'arrived'
{% if airport %}  AND f.origin = :airport
{% endif %}GROUP BY f.origin
ORDER BY on_time_pct DESC
