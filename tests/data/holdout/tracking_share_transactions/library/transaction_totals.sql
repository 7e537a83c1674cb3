/*---
title: Transaction totals
description: >
  One row of totals over the share transactions: number of transactions, total, average,
  smallest and largest amount, total, smallest and largest share count, first and last
  date. Optionally a period (all dates by default), one type (SALE or PUR), or only the
  transactions whose amount or share count is within bounds (all bounds inclusive).
examples:
  - total amount of all transactions
  - average sale amount
  - largest purchase ever
  - how many shares changed hands in total
  - smallest purchase with more than 1000 shares
keywords: [total, totals, sum, overall, average, mean, maximum, max, minimum, min, largest,
           smallest, amount, shares, share count, how many transactions, kpi, summary]
params:
  period: {type: date_range, default: since 1970-01-01, label: transaction date in}
  type:
    type: choice
    optional: true
    choices: [SALE, PUR]
    synonyms: {sale: SALE, sales: SALE, sell: SALE, sells: SALE, sold: SALE,
               purchase: PUR, purchases: PUR, buy: PUR, buys: PUR, bought: PUR, pur: PUR}
  min_amount: {type: number, optional: true, label: amount at least}
  max_amount: {type: number, optional: true, label: amount at most}
  min_shares: {type: int, optional: true, min: 0, label: share count at least}
  max_shares: {type: int, optional: true, min: 0, label: share count at most}
owner: "@investment-ops"
---*/
SELECT COUNT(*) AS transactions, SUM(amount_of_transaction) AS total_amount,
       ROUND(AVG(amount_of_transaction), 4) AS avg_amount,
       MIN(amount_of_transaction) AS min_amount, MAX(amount_of_transaction) AS max_amount,
       SUM(share_count) AS total_shares, MIN(share_count) AS min_shares,
       MAX(share_count) AS max_shares, MIN(date_of_transaction) AS first_date,
       MAX(date_of_transaction) AS last_date
FROM Transactions
WHERE CAST(date_of_transaction AS DATE) BETWEEN :period_start AND :period_end
{% if type %}AND transaction_type_code = :type
{% endif %}{% if min_amount is not none %}AND amount_of_transaction >= :min_amount
{% endif %}{% if max_amount is not none %}AND amount_of_transaction <= :max_amount
{% endif %}{% if min_shares is not none %}AND share_count >= :min_shares
{% endif %}{% if max_shares is not none %}AND share_count <= :max_shares
{% endif %}
