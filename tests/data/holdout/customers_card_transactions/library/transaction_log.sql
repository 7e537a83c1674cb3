/*---
title: Transaction log
description: >
  One row per financial transaction: transaction id, date and time, type (Payment or Refund),
  amount, the previous transaction id on record, the account (id and name) and the card
  (number and type) it was booked on, and the account holder's name. Optionally only one
  transaction type, card type, account name or card number, or amounts within a range. Latest
  first (default), largest or smallest amount first.
examples:
  - refunds over 1500
  - transactions on account 546
  - what was charged to card 4485460762694
  - biggest debit card payments
  - latest transactions
keywords: [transaction, transactions, log, ledger, history, list, payment, payments, refund,
           refunds, charged, amount, over, above, under, below, between, account, account name,
           card, card number, credit, debit, latest, recent, biggest, largest, smallest, date]
params:
  transaction_type:
    type: choice
    optional: true
    choices: [Payment, Refund]
    synonyms: {payment: Payment, payments: Payment, refund: Refund, refunds: Refund,
               refunded: Refund}
  card_type:
    type: choice
    optional: true
    choices: [Credit, Debit]
    synonyms: {credit: Credit, credit card: Credit, debit: Debit, debit card: Debit}
  account_name: {type: string, optional: true, label: account name}
  card_number: {type: string, optional: true, label: card number}
  min_amount: {type: number, optional: true, min: 0, label: amount at least}
  max_amount: {type: number, optional: true, min: 0, label: amount at most}
  sort:
    type: choice
    choices: [latest, largest, smallest]
    default: latest
    synonyms: {recent: latest, newest: latest, biggest: largest, highest: largest,
               lowest: smallest}
owner: "@cards-analytics"
---*/
SELECT
    t.transaction_id,
    t.transaction_date,
    t.transaction_type,
    t.transaction_amount AS amount,
    t.previous_transaction_id,
    t.account_id,
    a.account_name,
    k.card_number,
    k.card_type_code AS card_type,
    c.customer_first_name AS holder_first_name,
    c.customer_last_name AS holder_last_name
FROM Financial_Transactions AS t
LEFT JOIN Accounts AS a ON a.account_id = t.account_id
LEFT JOIN Customers_Cards AS k ON k.card_id = t.card_id
LEFT JOIN Customers AS c ON c.customer_id = a.customer_id
WHERE 1 = 1
{% if transaction_type %}AND t.transaction_type = :transaction_type
{% endif %}{% if card_type %}AND k.card_type_code = :card_type
{% endif %}{% if account_name %}AND a.account_name = :account_name
{% endif %}{% if card_number %}AND k.card_number = :card_number
{% endif %}{% if min_amount is not none and min_amount is not false %}AND t.transaction_amount >= :min_amount
{% endif %}{% if max_amount is not none and max_amount is not false %}AND t.transaction_amount <= :max_amount
{% endif %}ORDER BY
{% if sort == 'largest' %}t.transaction_amount DESC
{% elif sort == 'smallest' %}t.transaction_amount
{% else %}t.transaction_date DESC
{% endif %}, t.transaction_id
