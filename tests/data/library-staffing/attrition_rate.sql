/*---
title: Attrition rate (turnover)
description: >
  Leavers over a period and the attrition (turnover) rate per department: leavers divided by
  average headcount, split into voluntary (resignations) and involuntary (terminations,
  layoffs). Optionally voluntary leavers only.
examples:
  - attrition rate last 12 months
  - what's our turnover in engineering this year?
  - voluntary attrition by department for Q3
  - how many people left the company last quarter
  - regretted resignations in sales since July
  - churn of employees per dept in 2025
  - leavers and attrition % last month
  - how many people quit in customer support year to date
keywords: [attrition, attrition rate, turnover, turnover rate, leavers, left, leaving, quit,
           quits, resigned, resignations, resignation, terminations, terminated, exits, exit,
           departures, voluntary, involuntary, regretted, retention, churn, employee churn]
params:
  period: {type: date_range, default: last 12 months, label: period}
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
  voluntary_only:
    type: bool
    default: false
    label: voluntary leavers only
    description: count only voluntary exits (resignations), not terminations or layoffs
owner: "@people-analytics"
---*/
WITH leavers AS (
    SELECT department, COUNT(*) AS leavers,
        COUNT(*) FILTER (WHERE termination_type = 'voluntary') AS voluntary,
        COUNT(*) FILTER (WHERE termination_type <> 'voluntary') AS involuntary
    FROM employees
    WHERE termination_date BETWEEN :period_start AND :period_end
      AND worker_type = 'employee'
      AND (NOT :voluntary_only OR termination_type = 'voluntary')
    GROUP BY department
),
avg_headcount AS (
    SELECT department, AVG(headcount) AS avg_headcount
    FROM headcount_daily
    WHERE day BETWEEN :period_start AND :period_end
    GROUP BY department
)
SELECT
    h.department,
    ROUND(h.avg_headcount, 1) AS avg_headcount,
    COALESCE(l.leavers, 0) AS leavers,
    COALESCE(l.voluntary, 0) AS voluntary,
    COALESCE(l.involuntary, 0) AS involuntary,
    ROUND(100.0 * COALESCE(l.leavers, 0) / NULLIF(h.avg_headcount, 0), 1) AS attrition_pct
FROM avg_headcount AS h
LEFT JOIN leavers AS l ON l.department = h.department
{% if department %}WHERE h.department = :department
{% endif %}ORDER BY attrition_pct DESC
