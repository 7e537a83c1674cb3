/*---
title: Trading activity per lot
description: >
  Per lot that appears in transactions: lot id and details, holding investor, number of
  transactions, total and average transaction amount and total share count. Most
  transactions first (default), highest average amount or highest total amount first.
examples:
  - average transaction amount per lot
  - which lots are traded most
  - lot activity
keywords: [lot, lots, per lot, each lot, lot activity, traded, average amount, total amount,
           transactions per lot]
params:
  sort:
    type: choice
    choices: [most_transactions, avg_amount, total_amount]
    default: most_transactions
    synonyms: {most traded: most_transactions, most transactions: most_transactions,
               average amount: avg_amount, avg amount: avg_amount,
               total amount: total_amount, biggest: total_amount}
owner: "@investment-ops"
---*/
SELECT l.lot_id, l.lot_details, l.investor_id, COUNT(*) AS transactions,
       SUM(t.amount_of_transaction) AS total_amount,
       ROUND(AVG(t.amount_of_transaction), 4) AS avg_amount,
       SUM(t.share_count) AS total_shares
FROM Transactions_Lots AS tl
JOIN Transactions AS t ON t.transaction_id = tl.transaction_id
JOIN Lots AS l ON l.lot_id = tl.lot_id
GROUP BY l.lot_id, l.lot_details, l.investor_id
ORDER BY
{% if sort == 'avg_amount' %}avg_amount DESC, l.lot_id
{% elif sort == 'total_amount' %}total_amount DESC, l.lot_id
{% else %}transactions DESC, l.lot_id
{% endif %}
