/*---
title: Daily transaction volume
description: >
  Per calendar day with any transaction: number of transactions, payments and refunds, and
  the amount paid and refunded. Latest day first.
examples:
  - transactions per day
  - daily payments and refunds
  - day by day transaction volume
keywords: [daily, day, days, per day, each day, date, calendar, trend, volume, over time]
params: {}
owner: "@cards-analytics"
---*/
SELECT
    CAST(transaction_date AS DATE) AS day,
    COUNT(*) AS transactions,
    COUNT(*) FILTER (WHERE transaction_type = 'Payment') AS payments,
    COUNT(*) FILTER (WHERE transaction_type = 'Refund') AS refunds,
    ROUND(COALESCE(SUM(transaction_amount) FILTER (WHERE transaction_type = 'Payment'), 0), 2)
        AS amount_paid,
    ROUND(COALESCE(SUM(transaction_amount) FILTER (WHERE transaction_type = 'Refund'), 0), 2)
        AS amount_refunded
FROM Financial_Transactions
GROUP BY 1
ORDER BY 1 DESC
