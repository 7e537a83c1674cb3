/*---
title: Hires by month
description: >
  New hires per calendar month over a period (this year by default): month, number of people
  hired and their total starting payroll at today's salaries.
examples:
  - hiring trend this year
  - new joiners per month in 2025
  - how many people did we hire each month last year
keywords: [hires, hired, hiring, new hires, new joiners, joiners, starters, recruitment,
           recruited, onboarded, per month, monthly, trend, month]
params:
  period: {type: date_range, default: this year, label: hire period}
owner: "@talent"
---*/
SELECT
    DATE_TRUNC('month', HIRE_DATE) AS month,
    COUNT(*) AS hires,
    SUM(SALARY) AS payroll_of_hires
FROM employees
WHERE HIRE_DATE BETWEEN CAST(:period_start AS DATE) AND CAST(:period_end AS DATE)
GROUP BY month
ORDER BY month
