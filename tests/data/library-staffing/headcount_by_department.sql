/*---
title: Headcount by department
description: >
  Number of people employed on a given date (today unless told otherwise) per department and
  location, as heads and as full-time equivalents (FTE). Contractors are left out unless asked
  for.
examples:
  - headcount by department
  - how many people do we have in engineering right now?
  - FTE by department as of Sep 30
  - headcount in London as of 2026-06-30
  - total employees per team today, including contractors
  - how big is the sales org?
  - number of staff in Berlin on Oct 1
  - HC per dept for the board deck
keywords: [headcount, head count, hc, fte, ftes, full time equivalent, heads, employees, staff,
           people, team size, org size, workforce, department, departments, dept, team, teams,
           location, office, as of, how many people, how big]
params:
  as_of: {type: date, default: today, label: as of date}
  department:
    type: choice
    choices: [engineering, product, sales, marketing, customer_support, finance, hr, operations]
    optional: true
    synonyms: {eng: engineering, engineers: engineering, engineering team: engineering,
               r&d: engineering, dev: engineering, developers: engineering, pm: product,
               product management: product, product team: product, sales team: sales,
               account executives: sales, aes: sales, mktg: marketing, marketing team: marketing,
               support: customer_support, customer support: customer_support,
               customer service: customer_support, cx: customer_support, helpdesk: customer_support,
               fin: finance, accounting: finance, finance team: finance, people team: hr,
               people ops: hr, human resources: hr, ops: operations, operations team: operations}
  location:
    type: choice
    choices: [new_york, london, berlin, austin, remote]
    optional: true
    synonyms: {new york: new_york, nyc: new_york, ny: new_york, ldn: london, uk: london,
               germany: berlin, atx: austin, texas: austin, wfh: remote, fully remote: remote,
               distributed: remote}
  include_contractors:
    type: bool
    default: false
    label: include contractors
    description: count contractors and agency workers too
owner: "@people-analytics"
---*/
SELECT
    e.department,
    e.location,
    COUNT(*) AS headcount,
    ROUND(SUM(e.fte), 1) AS fte,
    COUNT(*) FILTER (WHERE e.worker_type = 'contractor') AS contractors
FROM employees AS e
WHERE e.hire_date <= :as_of
  AND (e.termination_date IS NULL OR e.termination_date > :as_of)
  AND (:include_contractors OR e.worker_type = 'employee')
{% if department %}  AND e.department = :department
{% endif %}{% if location %}  AND e.location = :location
{% endif %}GROUP BY e.department, e.location
ORDER BY headcount DESC
