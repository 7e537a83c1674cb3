/*---
title: Parties by payment method
description: >
  Per payment method (cash, cheque, credit card, direct debit): how many parties use it, how
  many service bookings and form submissions those parties made. Most parties first.
examples:
  - how many parties use each payment method
  - most popular payment method
  - payment method breakdown
keywords: [payment method, payment methods, pay, paying, cash, cheque, credit card,
           direct debit, breakdown, split, count, how many, most, popular, common]
owner: "@egov-data"
---*/
SELECT p.payment_method_code AS payment_method, COUNT(*) AS parties,
       SUM((SELECT COUNT(*) FROM Party_Services AS s WHERE s.customer_id = p.party_id)) AS bookings,
       SUM((SELECT COUNT(*) FROM Party_Forms AS f WHERE f.party_id = p.party_id)) AS forms
FROM Parties AS p
GROUP BY p.payment_method_code
ORDER BY parties DESC, payment_method
