/*---
title: PTO balance
description: >
  Paid time off (PTO, vacation, annual leave) balances today: days accrued this year, days
  taken, days booked ahead and days remaining, per employee. For one employee by id (E followed
  by five digits, e.g. E10482), for a department, or only people with at least N days left.
examples:
  - PTO balance for E10482
  - how many vacation days does E20931 have left?
  - leave balances for the finance team
  - who has more than 20 days of PTO left?
  - remaining annual leave by employee in engineering
  - holiday allowance left for E30077
  - people sitting on 15+ days of unused pto
keywords: [pto, paid time off, time off, vacation, vacation days, holiday, holidays, holiday
           allowance, annual leave, leave, leave balance, balance, balances, days left,
           remaining, unused, accrued, accrual, carryover, carry over, days off]
params:
  employee:
    type: string
    optional: true
    pattern: '^[Ee]\d{5}$'
    label: employee id
    description: an employee id, E followed by five digits, e.g. E10482
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
  min_days: {type: number, optional: true, min: 0, max: 100, label: at least this many days left}
owner: "@people-analytics"
---*/
SELECT
    e.employee_id,
    e.full_name,
    e.department,
    p.accrued_days,
    p.taken_days,
    p.booked_days,
    p.accrued_days - p.taken_days - p.booked_days AS remaining_days
FROM pto_balances AS p
JOIN employees AS e ON e.employee_id = p.employee_id
WHERE e.termination_date IS NULL
{% if employee %}  AND upper(e.employee_id) = upper(:employee)
{% endif %}{% if department %}  AND e.department = :department
{% endif %}{% if min_days %}  AND p.accrued_days - p.taken_days - p.booked_days >= :min_days
{% endif %}ORDER BY remaining_days DESC, e.employee_id
