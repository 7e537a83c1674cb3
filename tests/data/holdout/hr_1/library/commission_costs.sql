/*---
title: Commission cost estimate
description: >
  Estimated commission cost per sales manager's team: manager, number of commissioned people
  reporting to them, average commission rate and the estimated commission (salary times
  rate, summed). Optionally one manager by last name.
examples:
  - commission cost by sales manager
  - what do we spend on commission under Zlotkey
  - average commission rate per team
keywords: [commission, commissions, commission cost, commission rate, rate, payout, spend,
           incentive, variable pay, bonus, sales team, sales manager, team, estimate]
params:
  manager_last_name: {type: string, optional: true, label: manager's last name}
owner: "@comp-and-ben"
---*/
SELECT
    m.EMPLOYEE_ID AS manager_id,
    m.FIRST_NAME || ' ' || m.LAST_NAME AS manager_name,
    COUNT(*) AS commissioned_reports,
    ROUND(AVG(e.COMMISSION_PCT), 3) AS avg_commission_rate,
    SUM(e.SALARY * e.COMMISSION_PCT) AS estimated_commission
FROM employees AS e
JOIN employees AS m ON m.EMPLOYEE_ID = e.MANAGER_ID
WHERE COALESCE(e.COMMISSION_PCT, 0) > 0
{% if manager_last_name %}AND m.LAST_NAME = :manager_last_name
{% endif %}GROUP BY m.EMPLOYEE_ID, manager_name
ORDER BY estimated_commission DESC
