/*---
title: Share transactions
description: >
  One row per share transaction: transaction id, date and time, type (code and description:
  SALE or PUR), investor id and details, amount, share count, the sale and purchase details
  recorded for it and the lots it touched. Optionally a period for the transaction date (all
  dates by default), one type, one investor, or amount or share count within bounds (all
  bounds inclusive). Earliest first (default), latest first, largest amount or most shares
  first; optionally the top n.
examples:
  - list all transactions
  - sales in 2002
  - purchases by investor 19
  - transactions over 10000
  - transactions with fewer than 10 shares
  - the 5 biggest trades
  - latest transactions
keywords: [transaction, transactions, trade, trades, deal, deals, date, when, amount, value,
           share count, shares, sale, sales, sold, purchase, purchases, bought, investor,
           details, lot, lots, ledger, blotter]
params:
  period: {type: date_range, default: since 1970-01-01, label: transaction date in}
  type:
    type: choice
    optional: true
    choices: [SALE, PUR]
    synonyms: {sale: SALE, sales: SALE, sell: SALE, sells: SALE, sold: SALE,
               purchase: PUR, purchases: PUR, buy: PUR, buys: PUR, bought: PUR, pur: PUR}
  investor: {type: int, optional: true, min: 1, label: investor id}
  min_amount: {type: number, optional: true, label: amount at least}
  max_amount: {type: number, optional: true, label: amount at most}
  min_shares: {type: int, optional: true, min: 0, label: share count at least}
  max_shares: {type: int, optional: true, min: 0, label: share count at most}
  sort:
    type: choice
    choices: [date, latest, largest_amount, most_shares]
    default: date
    synonyms: {earliest: date, oldest: date, chronological: date, by date: date,
               latest: latest, newest: latest, most recent: latest, recent: latest,
               largest: largest_amount, biggest: largest_amount, highest amount: largest_amount,
               most shares: most_shares, largest share count: most_shares}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@investment-ops"
---*/
SELECT t.transaction_id, t.date_of_transaction AS transaction_date,
       t.transaction_type_code AS type_code, r.transaction_type_description AS type,
       t.investor_id, i.Investor_details AS investor_details,
       t.amount_of_transaction AS amount, t.share_count,
       s.sales_details, p.purchase_details,
       (SELECT string_agg(CAST(tl.lot_id AS VARCHAR), ', ' ORDER BY tl.lot_id)
        FROM Transactions_Lots AS tl WHERE tl.transaction_id = t.transaction_id) AS lots
FROM Transactions AS t
LEFT JOIN Ref_Transaction_Types AS r ON r.transaction_type_code = t.transaction_type_code
LEFT JOIN Investors AS i ON i.investor_id = t.investor_id
LEFT JOIN Sales AS s ON s.sales_transaction_id = t.transaction_id
LEFT JOIN Purchases AS p ON p.purchase_transaction_id = t.transaction_id
WHERE CAST(t.date_of_transaction AS DATE) BETWEEN :period_start AND :period_end
{% if type %}AND t.transaction_type_code = :type
{% endif %}{% if investor is not none %}AND t.investor_id = :investor
{% endif %}{% if min_amount is not none %}AND t.amount_of_transaction >= :min_amount
{% endif %}{% if max_amount is not none %}AND t.amount_of_transaction <= :max_amount
{% endif %}{% if min_shares is not none %}AND t.share_count >= :min_shares
{% endif %}{% if max_shares is not none %}AND t.share_count <= :max_shares
{% endif %}ORDER BY
{% if sort == 'latest' %}t.date_of_transaction DESC
{% elif sort == 'largest_amount' %}t.amount_of_transaction DESC, t.date_of_transaction
{% elif sort == 'most_shares' %}t.share_count DESC NULLS LAST, t.date_of_transaction
{% else %}t.date_of_transaction
{% endif %}{% if n %}LIMIT :n
{% endif %}
