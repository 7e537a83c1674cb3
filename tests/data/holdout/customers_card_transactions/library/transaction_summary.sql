/*---
title: Transactions per type, card type or account
description: >
  Number of financial transactions with their total, average, smallest and largest amount,
  per transaction type (Payment, Refund; default), per type of the card used (Credit, Debit),
  or per account (account id and name; accounts without a transaction are not listed). Most
  transactions first (default), highest total first, or by the group's own value.
examples:
  - payments vs refunds volume
  - transaction value split by credit and debit
  - transaction count and amount for every account
  - which transaction type moves the most money
keywords: [transaction, transactions, financial transactions, transaction type, types, payment,
           payments, refund, refunds, card type, credit, debit, account, accounts, per account,
           each account, volume, count, number of transactions, amount, total, sum, average,
           mean, largest, smallest, per, each, by, breakdown, split, different, distinct]
params:
  by:
    type: choice
    choices: [transaction_type, card_type, account]
    default: transaction_type
    synonyms: {transaction type: transaction_type, transaction types: transaction_type,
               type of transaction: transaction_type, card type: card_type,
               card types: card_type, card: card_type, accounts: account,
               per account: account, account id: account}
  sort:
    type: choice
    choices: [most, total, value]
    default: most
    synonyms: {most transactions: most, highest total: total, biggest amount: total,
               largest amount: total, in order: value, ascending: value}
owner: "@cards-analytics"
---*/
SELECT
    {% if by == 'card_type' %}k.card_type_code AS card_type{% elif by == 'account' %}t.account_id, a.account_name{% else %}t.transaction_type{% endif %},
    COUNT(*) AS transactions,
    ROUND(SUM(t.transaction_amount), 2) AS total_amount,
    ROUND(AVG(t.transaction_amount), 2) AS average_amount,
    MIN(t.transaction_amount) AS smallest_amount,
    MAX(t.transaction_amount) AS largest_amount
FROM Financial_Transactions AS t
LEFT JOIN Customers_Cards AS k ON k.card_id = t.card_id
LEFT JOIN Accounts AS a ON a.account_id = t.account_id
GROUP BY {% if by == 'card_type' %}k.card_type_code{% elif by == 'account' %}t.account_id, a.account_name{% else %}t.transaction_type{% endif %}
ORDER BY
{% if sort == 'total' %}total_amount DESC
{% elif sort == 'value' %}1
{% else %}transactions DESC, 1
{% endif %}
