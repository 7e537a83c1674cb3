/*---
title: Transactions per account
description: >
  Number and total amount of financial transactions per account (zero included), busiest
  first. Optionally only accounts with at least a number of transactions.
examples:
  - activity by account
  - which accounts are most active
  - accounts with 3+ transactions
keywords: [transactions, activity, active, busiest, account, accounts, per account,
           each account, count, number, total, amount]
params:
  min_transactions: {type: int, optional: true, min: 1, label: at least this many transactions}
owner: "@finance-ops"
---*/
SELECT
    a.account_id,
    a.account_name,
    COUNT(t.transaction_id) AS transactions,
    COALESCE(SUM(t.transaction_amount), 0) AS total_amount
FROM Accounts AS a
LEFT JOIN Financial_Transactions AS t ON t.account_id = a.account_id
GROUP BY a.account_id, a.account_name
{% if min_transactions %}HAVING COUNT(t.transaction_id) >= :min_transactions
{% endif %}ORDER BY transactions DESC, a.account_id
