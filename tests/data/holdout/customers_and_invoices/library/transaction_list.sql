/*---
title: Financial transactions
description: >
  Payments and refunds with their id, date, type, amount, account, invoice and customer.
  Optionally one account (by its name), one type, or amounts from a minimum on.
examples:
  - list the financial transactions
  - payments booked on account 191
  - refunds over 1000
  - what has gone through account 429
keywords: [transactions, transaction, payments, payment, refunds, refund, amount, money,
           account, invoice, ledger, booked, list, number of transactions]
params:
  account_name: {type: string, optional: true, label: account name (a number such as 429)}
  transaction_type:
    type: choice
    choices: [Payment, Refund]
    optional: true
    synonyms: {payments: Payment, paid: Payment, refunds: Refund, refunded: Refund,
               chargeback: Refund}
  min_amount: {type: number, optional: true, min: 0, label: amount at least}
owner: "@finance-ops"
---*/
SELECT
    t.transaction_id,
    t.transaction_date,
    t.transaction_type,
    t.transaction_amount,
    a.account_name,
    t.invoice_number,
    c.customer_first_name,
    c.customer_last_name
FROM Financial_Transactions AS t
JOIN Accounts AS a ON a.account_id = t.account_id
JOIN Customers AS c ON c.customer_id = a.customer_id
WHERE 1 = 1
{% if account_name %}AND a.account_name = :account_name
{% endif %}{% if transaction_type %}AND t.transaction_type = :transaction_type
{% endif %}{% if min_amount %}AND t.transaction_amount >= :min_amount
{% endif %}ORDER BY t.transaction_date
