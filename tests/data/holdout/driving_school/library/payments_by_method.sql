/*---
title: Payments by method
description: >
  Per payment method (Direct Debit, Credit Card): the number of payments, paying customers,
  total and average amount.
examples:
  - card vs direct debit
  - how do learners pay us
  - takings per payment type
keywords: [payment, payments, method, methods, payment method, payment type, direct debit,
           credit card, card, per method, each method, by method, takings, count]
params: {}
owner: "@school-ops"
---*/
SELECT
    payment_method_code,
    COUNT(*) AS payments,
    COUNT(DISTINCT customer_id) AS customers,
    SUM(amount_payment) AS total_amount,
    ROUND(AVG(amount_payment), 2) AS avg_amount
FROM Customer_Payments
GROUP BY payment_method_code
ORDER BY payments DESC, payment_method_code
