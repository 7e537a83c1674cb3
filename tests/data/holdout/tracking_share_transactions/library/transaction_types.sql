/*---
title: Transactions by type
description: >
  Per transaction type (code and description, SALE or PUR): number of transactions, total,
  average, smallest and largest amount, total, smallest and largest share count. Optionally
  a period (all dates by default). Most transactions first.
examples:
  - sales vs purchases
  - average amount per transaction type
  - which transaction type is most common
  - what transaction types are there
keywords: [type, types, transaction type, code, type code, description, sale, purchase,
           sales vs purchases, per type, by type, breakdown, split, most common]
params:
  period: {type: date_range, default: since 1970-01-01, label: transaction date in}
owner: "@investment-ops"
---*/
SELECT r.transaction_type_code AS type_code, r.transaction_type_description AS type,
       COUNT(t.transaction_id) AS transactions, SUM(t.amount_of_transaction) AS total_amount,
       ROUND(AVG(t.amount_of_transaction), 4) AS avg_amount,
       MIN(t.amount_of_transaction) AS min_amount, MAX(t.amount_of_transaction) AS max_amount,
       SUM(t.share_count) AS total_shares, MIN(t.share_count) AS min_shares,
       MAX(t.share_count) AS max_shares
FROM Ref_Transaction_Types AS r
LEFT JOIN Transactions AS t
  ON t.transaction_type_code = r.transaction_type_code
 AND CAST(t.date_of_transaction AS DATE) BETWEEN :period_start AND :period_end
GROUP BY r.transaction_type_code, r.transaction_type_description
ORDER BY transactions DESC, type_code
