/*---
title: Price per share
description: >
  Implied price per share of each transaction that has a share count above zero: amount
  divided by share count, with type and investor. Highest price first; optionally only one
  type (SALE or PUR).
examples:
  - implied share price per trade
  - price per share of each sale
  - which trades had the highest unit price
keywords: [price, unit price, per share, price per share, implied price, valuation, cost basis]
params:
  type:
    type: choice
    optional: true
    choices: [SALE, PUR]
    synonyms: {sale: SALE, sales: SALE, sold: SALE, purchase: PUR, purchases: PUR,
               bought: PUR}
owner: "@investment-ops"
---*/
SELECT transaction_id, date_of_transaction AS transaction_date,
       transaction_type_code AS type_code, investor_id, amount_of_transaction AS amount,
       share_count, ROUND(amount_of_transaction / share_count, 6) AS price_per_share
FROM Transactions
WHERE share_count > 0
{% if type %}AND transaction_type_code = :type
{% endif %}ORDER BY price_per_share DESC, transaction_id
