/*---
title: Payments at a glance
description: >
  One row: how many payments, the total, average, smallest and largest amount paid, how
  many settlements they cover, and the first and last payment date. Optionally only one
  payment method or payments made in a period (all by default).
examples:
  - total paid out so far
  - how much went out via MasterCard
  - payments total for 2017
keywords: [payment, payments, paid, paid out, total, sum, overall, all, how much, how many,
           number, count, average, amount, processed, method, card, visa, mastercard,
           discover, amex, summary]
params:
  paid_period: {type: date_range, default: since 1970-01-01, label: payment date}
  method:
    type: choice
    optional: true
    choices: [Visa, MasterCard, Discover Card, American Express]
    synonyms: {visa: Visa, mastercard: MasterCard, master card: MasterCard, mc: MasterCard,
               discover: Discover Card, discover card: Discover Card,
               amex: American Express, american express: American Express}
owner: "@finance-ops"
---*/
SELECT
    COUNT(*) AS payments,
    SUM(pm.Amount_Payment) AS total_amount,
    ROUND(AVG(pm.Amount_Payment), 2) AS average_amount,
    MIN(pm.Amount_Payment) AS smallest_amount,
    MAX(pm.Amount_Payment) AS largest_amount,
    COUNT(DISTINCT pm.Settlement_ID) AS settlements,
    MIN(pm.Date_Payment_Made) AS first_payment,
    MAX(pm.Date_Payment_Made) AS last_payment
FROM Payments AS pm
WHERE pm.Date_Payment_Made BETWEEN :paid_period_start AND :paid_period_end
{% if method %}AND pm.Payment_Method_Code = :method
{% endif %}
