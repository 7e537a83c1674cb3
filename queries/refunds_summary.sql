/*---
title: Refunds summary by reason
description: >
  Refunds issued in a period grouped by reason: how many, the amount refunded, the average
  refund and each reason's share of the refunded amount.
examples:
  - refunds last month
  - why are customers asking for their money back this quarter
  - refund reasons breakdown since September
  - how much money was refunded in October?
  - total refunds by reason year to date
  - number of refunds and refunded amount for Q3
  - what are the top return reasons last month
  - refunded value per reason this week
keywords: [refund, refunds, refunded, reimbursed, money back, chargebacks, reason, reasons,
           returns, return reasons, damaged, defective,
           money-back, refund requests, refunds by reason,
           motive, motives, total, amount, paid back, pay back, reimbursement, reimbursements,
           refund total,
           sending back, send back, sending stuff back,
           refund count, number of refunds]
params:
  period: {type: date_range, default: last month, label: period}
  reason:
    type: string
    optional: true
    label: refund reason
    description: one refund reason, as recorded (damaged in transit, wrong item, ...)
owner: "@data-team"
---*/
SELECT
    reason,
    COUNT(*) AS refunds,
    ROUND(SUM(amount), 2) AS refunded_amount,
    ROUND(AVG(amount), 2) AS average_refund,
    ROUND(100.0 * SUM(amount) / SUM(SUM(amount)) OVER (), 1) AS share_pct
FROM refunds
WHERE refund_date BETWEEN :period_start AND :period_end
{% if reason %}  AND reason = :reason
{% endif %}GROUP BY reason
ORDER BY refunded_amount DESC
