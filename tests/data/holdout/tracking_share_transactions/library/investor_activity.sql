/*---
title: Trading activity per investor
description: >
  Per investor who traded: investor id and details, number of transactions, total and
  average amount, average share count, first and last transaction date. Optionally one type
  (SALE or PUR), a period (all dates by default), or only investors with at least a given
  number of transactions. Most transactions first (default), or by highest average share
  count, highest average amount, highest total amount or investor id; optionally the top n.
examples:
  - transactions per investor
  - most active investors
  - average share count per investor
  - investors with at least 2 sales
  - top 3 investors by number of trades
keywords: [investor, investors, per investor, each investor, activity, active, trades,
           transactions, how many transactions, average amount, average share count,
           most active, busiest, traders]
params:
  type:
    type: choice
    optional: true
    choices: [SALE, PUR]
    synonyms: {sale: SALE, sales: SALE, sell: SALE, sells: SALE, sold: SALE,
               purchase: PUR, purchases: PUR, buy: PUR, buys: PUR, bought: PUR, pur: PUR}
  period: {type: date_range, default: since 1970-01-01, label: transaction date in}
  min_transactions: {type: int, optional: true, min: 1, label: at least (transactions)}
  sort:
    type: choice
    choices: [most_transactions, avg_shares, avg_amount, total_amount, investor_id]
    default: most_transactions
    synonyms: {most active: most_transactions, most transactions: most_transactions,
               busiest: most_transactions, average share count: avg_shares,
               avg shares: avg_shares, average amount: avg_amount,
               total amount: total_amount, biggest: total_amount, by id: investor_id,
               investor id: investor_id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@investment-ops"
---*/
SELECT t.investor_id, i.Investor_details AS investor_details, COUNT(*) AS transactions,
       SUM(t.amount_of_transaction) AS total_amount,
       ROUND(AVG(t.amount_of_transaction), 4) AS avg_amount,
       ROUND(AVG(t.share_count), 2) AS avg_shares,
       MIN(t.date_of_transaction) AS first_transaction,
       MAX(t.date_of_transaction) AS last_transaction
FROM Transactions AS t
LEFT JOIN Investors AS i ON i.investor_id = t.investor_id
WHERE CAST(t.date_of_transaction AS DATE) BETWEEN :period_start AND :period_end
{% if type %}AND t.transaction_type_code = :type
{% endif %}GROUP BY t.investor_id, i.Investor_details
{% if min_transactions is not none %}HAVING COUNT(*) >= :min_transactions
{% endif %}ORDER BY
{% if sort == 'avg_shares' %}avg_shares DESC NULLS LAST, t.investor_id
{% elif sort == 'avg_amount' %}avg_amount DESC, t.investor_id
{% elif sort == 'total_amount' %}total_amount DESC, t.investor_id
{% elif sort == 'investor_id' %}t.investor_id
{% else %}transactions DESC, t.investor_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
