/*---
title: Transactions per type
description: Number, total and average amount of transactions per transaction type.
examples:
  - payments versus refunds
  - how much was refunded in total
  - money in and out by transaction type
keywords: [transaction type, type, payments, refunds, total, sum, amount, average, count,
           per type, each type, breakdown]
params: {}
owner: "@finance-ops"
---*/
SELECT
    transaction_type,
    COUNT(*) AS transactions,
    SUM(transaction_amount) AS total_amount,
    ROUND(AVG(transaction_amount), 2) AS average_amount
FROM Financial_Transactions
GROUP BY transaction_type
ORDER BY total_amount DESC
