/*---
title: Refund delays by reason (Athena)
description: >
  How many days after the order refunds were issued, per reason, for refunds in a period.
  Written in Athena's SQL (Trino): date_diff with a unit, try_cast, double arithmetic.
engine: athena
examples:
  - how long do refunds take by reason last quarter
  - refund delay per reason this year
  - average days from order to refund since September
keywords: [refund, refunds, delay, days, reason, slow refunds]
params:
  period: {type: date_range, default: last 3 months, label: period}
owner: "@data-team"
---*/
SELECT
    r.reason,
    count(*) AS refunds,
    round(avg(CAST(date_diff('day', o.order_date, r.refund_date) AS double)), 1) AS average_days,
    max(date_diff('day', o.order_date, r.refund_date)) AS longest_days,
    round(sum(try_cast(r.amount AS double)), 2) AS refunded_amount
FROM refunds AS r
JOIN orders AS o ON o.order_id = r.order_id
WHERE r.refund_date BETWEEN :period_start AND :period_end
GROUP BY r.reason
ORDER BY refunds DESC
