/*---
title: Customer payments
description: >
  Every customer payment: date and time, method (Direct Debit, Credit Card), amount, and the
  customer (first and last name). Optionally one method or one customer by first and/or last
  name. Latest first.
examples:
  - recent payments received
  - payments made by card
  - payment history of Omer Leuschke
keywords: [payment, payments, paid, pay, received, transaction, transactions, receipts,
           history, amount, method, direct debit, credit card, card]
params:
  method:
    type: choice
    choices: [Direct Debit, Credit Card]
    optional: true
    synonyms: {debit: Direct Debit, direct debit: Direct Debit, dd: Direct Debit,
               card: Credit Card, credit: Credit Card, credit card: Credit Card}
  first_name: {type: string, optional: true, label: customer's first name}
  last_name: {type: string, optional: true, label: customer's last name}
owner: "@school-ops"
---*/
SELECT
    p.datetime_payment,
    p.payment_method_code,
    p.amount_payment,
    c.customer_id,
    c.first_name,
    c.last_name
FROM Customer_Payments AS p
JOIN Customers AS c ON c.customer_id = p.customer_id
WHERE 1 = 1
{% if method %}AND p.payment_method_code = :method
{% endif %}{% if first_name %}AND c.first_name = :first_name
{% endif %}{% if last_name %}AND c.last_name = :last_name
{% endif %}ORDER BY p.datetime_payment DESC
