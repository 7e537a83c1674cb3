/*---
title: New hires by month
description: >
  People who started (new hires, joiners) per month over a period, per department, with how
  many were backfills and how many were new roles.
examples:
  - hires by month
  - how many people did we hire this year?
  - new joiners per month in engineering since January
  - number of new starters in Q3
  - monthly hiring in sales for the last 6 months
  - who joined the London office last month
  - onboarding volume by month in 2025
keywords: [hires, hire, hired, hiring, new hires, new joiners, joiners, joined, starters, new
           starters, start date, onboarding, onboarded, recruits, per month, monthly, by month]
params:
  period: {type: date_range, default: last 12 months, label: start date period}
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
owner: "@people-analytics"
---*/
SELECT
    CAST(date_trunc('month', e.hire_date) AS DATE) AS month,
    e.department,
    COUNT(*) AS hires,
    COUNT(*) FILTER (WHERE r.is_backfill) AS backfills,
    COUNT(*) FILTER (WHERE NOT COALESCE(r.is_backfill, false)) AS new_roles
FROM employees AS e
LEFT JOIN requisitions AS r ON r.req_id = e.req_id
WHERE e.hire_date BETWEEN :period_start AND :period_end
  AND e.worker_type = 'employee'
{% if department %}  AND e.department = :department
{% endif %}{% if location %}  AND e.location = :location
{% endif %}GROUP BY 1, 2
ORDER BY 1, 2
