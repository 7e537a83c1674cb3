/*---
title: Overtime hours
description: >
  Overtime (OT) hours logged on timesheets over a period per location and department, with
  regular hours, overtime as a share of hours worked, overtime pay and the number of people
  who logged overtime. Optionally for one employment type (full-time, part-time, temp).
examples:
  - overtime hours last month
  - how much OT did the Austin office log this quarter?
  - overtime by team in October
  - which departments are racking up extra hours since September
  - part-time overtime YTD
  - OT pay for temps in Q3
  - extra hours worked per location last week
keywords: [overtime, ot, overtime hours, ot hours, extra hours, hours worked, timesheet,
           timesheets, overtime pay, ot pay, time and a half, hourly, shifts, hours, burnout,
           location, office, site]
params:
  period: {type: date_range, default: last month, label: period}
  location:
    type: choice
    choices: [new_york, london, berlin, austin, remote]
    optional: true
    synonyms: {new york: new_york, nyc: new_york, ny: new_york, ldn: london, uk: london,
               germany: berlin, atx: austin, texas: austin, wfh: remote, fully remote: remote,
               distributed: remote}
  employment_type:
    type: choice
    choices: [full_time, part_time, temp]
    optional: true
    label: employment type
    synonyms: {full time: full_time, full-time: full_time, fulltime: full_time,
               full timers: full_time, part time: part_time, part-time: part_time,
               parttime: part_time, part-timers: part_time, part timers: part_time,
               temps: temp, temporary: temp, seasonal: temp, agency temps: temp}
owner: "@people-analytics"
---*/
SELECT
    e.location,
    e.department,
    COUNT(DISTINCT t.employee_id) FILTER (WHERE t.overtime_hours > 0) AS people_with_ot,
    ROUND(SUM(t.regular_hours), 1) AS regular_hours,
    ROUND(SUM(t.overtime_hours), 1) AS overtime_hours,
    ROUND(100.0 * SUM(t.overtime_hours) / NULLIF(SUM(t.regular_hours + t.overtime_hours), 0), 1)
        AS overtime_pct,
    ROUND(SUM(t.overtime_hours * t.hourly_rate * 1.5), 2) AS overtime_pay
FROM timesheets AS t
JOIN employees AS e ON e.employee_id = t.employee_id
WHERE t.work_date BETWEEN :period_start AND :period_end
{% if location %}  AND e.location = :location
{% endif %}{% if employment_type %}  AND e.employment_type = :employment_type
{% endif %}GROUP BY e.location, e.department
ORDER BY overtime_hours DESC
