/*---
title: Salary bands by level
description: >
  Base salary ranges per job level (junior, mid, senior, lead, principal, director) and
  department for current employees: band minimum, midpoint and maximum, the actual median,
  and how many people sit below or above their band.
examples:
  - salary bands
  - what's the pay range for senior engineers?
  - comp bands by level in sales
  - salary band for director level
  - median base salary per level in marketing
  - how many people are paid below band?
  - junior salary ranges across departments
  - compensation midpoint for lead roles in product
keywords: [salary, salaries, salary band, salary bands, band, bands, pay, pay range, pay
           ranges, compensation, comp, comp bands, base, base salary, level, levels, grade,
           midpoint, compa ratio, below band, above band, pay equity]
params:
  level:
    type: choice
    choices: [junior, mid, senior, lead, principal, director]
    optional: true
    synonyms: {entry level: junior, entry-level: junior, jr: junior, associate: junior,
               graduate: junior, mid-level: mid, mid level: mid, intermediate: mid, sr: senior,
               snr: senior, team lead: lead, tech lead: lead, staff engineer: principal,
               distinguished: principal, head of: director, vp: director, executive: director}
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
owner: "@total-rewards"
max_rows: 500
---*/
SELECT
    e.level,
    e.department,
    COUNT(*) AS employees,
    MIN(b.band_min) AS band_min,
    MIN(b.band_mid) AS band_mid,
    MIN(b.band_max) AS band_max,
    ROUND(MEDIAN(e.base_salary), 0) AS median_salary,
    COUNT(*) FILTER (WHERE e.base_salary < b.band_min) AS below_band,
    COUNT(*) FILTER (WHERE e.base_salary > b.band_max) AS above_band
FROM employees AS e
JOIN salary_bands AS b ON b.level = e.level AND b.department = e.department
WHERE e.termination_date IS NULL
  AND e.worker_type = 'employee'
{% if level %}  AND e.level = :level
{% endif %}{% if department %}  AND e.department = :department
{% endif %}GROUP BY e.level, e.department
ORDER BY e.department, band_mid
