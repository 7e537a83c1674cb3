/*---
title: Staff tenure
description: >
  Per staff member: date joined, date left and days of service, longest serving first;
  optionally only those who served at least so many days.
examples:
  - staff tenure in days
  - longest serving staff
  - instructors who stayed a year or more (365 days)
keywords: [tenure, service, served, days of service, length of service, stayed, retention,
           seniority, longest serving, joined, left, turnover]
params:
  min_days: {type: int, optional: true, min: 0, label: at least this many days of service}
owner: "@school-ops"
---*/
SELECT
    staff_id,
    first_name,
    last_name,
    date_joined_staff,
    date_left_staff,
    date_diff('day', date_joined_staff, date_left_staff) AS days_of_service
FROM Staff
WHERE 1 = 1
{% if min_days is not none and min_days is not false %}AND date_diff('day', date_joined_staff, date_left_staff) >= :min_days
{% endif %}ORDER BY days_of_service DESC, last_name
