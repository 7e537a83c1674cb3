/*---
title: Refund ratio per account holder
description: >
  Per customer holding an account with transactions: amount paid, amount refunded, and refunds
  as a share of payments. Highest refund share first; optionally only holders with at least a
  given refunded amount.
examples:
  - which customers get the most money refunded
  - refund share per customer
  - customers refunding more than they pay
keywords: [refund ratio, refund share, refund rate, refunded, chargeback, risk, abuse, fraud,
           paid, payments, customer, customers, holder, ratio, share, percentage]
params:
  min_refunded: {type: number, optional: true, min: 0, label: refunded at least}
owner: "@cards-analytics"
---*/
SELECT
    c.customer_id,
    c.customer_first_name AS first_name,
    c.customer_last_name AS last_name,
    ROUND(COALESCE(SUM(t.transaction_amount) FILTER (WHERE t.transaction_type = 'Payment'), 0), 2)
        AS amount_paid,
    ROUND(COALESCE(SUM(t.transaction_amount) FILTER (WHERE t.transaction_type = 'Refund'), 0), 2)
        AS amount_refunded,
    ROUND(
        COALESCE(SUM(t.transaction_amount) FILTER (WHERE t.transaction_type = 'Refund'), 0)
        / NULLIF(SUM(t.transaction_amount) FILTER (WHERE t.transaction_type = 'Payment'), 0),
        2
    ) AS refund_share
FROM Financial_Transactions AS t
JOIN Accounts AS a ON a.account_id = t.account_id
JOIN Customers AS c ON c.customer_id = a.customer_id
GROUP BY c.customer_id, c.customer_first_name, c.customer_last_name
{% if min_refunded is not none and min_refunded is not false %}HAVING COALESCE(SUM(t.transaction_amount) FILTER (WHERE t.transaction_type = 'Refund'), 0) >= :min_refunded
{% endif %}ORDER BY refund_share DESC NULLS FIRST, amount_refunded DESC, c.customer_id
