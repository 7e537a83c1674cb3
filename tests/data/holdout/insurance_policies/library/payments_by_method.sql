/*---
title: Payments by method
description: >
  One row per payment method (Visa, MasterCard, Discover Card, American Express): how many
  payments, the total and average amount, the first and last payment date. Optionally only
  payments made in a period (all by default). Most payments first (default), fewest
  payments, largest total, or by method name.
examples:
  - payment method breakdown
  - how do we pay claims out, by card
  - which card brand carries the most money
keywords: [payment, payments, method, methods, payment method, card, cards, brand, visa,
           mastercard, discover, amex, american express, per method, each method, by method,
           breakdown, mix, how many, number, count, total, popular, common, used, often,
           most, least, fewest, rarely]
params:
  paid_period: {type: date_range, default: since 1970-01-01, label: payment date}
  sort:
    type: choice
    choices: [most_payments, fewest_payments, largest_total, method]
    default: most_payments
    synonyms: {most: most_payments, most popular: most_payments, most often: most_payments,
               most used: most_payments, most common: most_payments,
               fewest: fewest_payments, least: fewest_payments,
               least often: fewest_payments, least used: fewest_payments,
               least popular: fewest_payments, rarest: fewest_payments,
               largest total: largest_total, most money: largest_total,
               by method: method, alphabetical: method}
owner: "@finance-ops"
---*/
SELECT
    pm.Payment_Method_Code AS payment_method,
    COUNT(*) AS payments,
    SUM(pm.Amount_Payment) AS total_amount,
    ROUND(AVG(pm.Amount_Payment), 2) AS average_amount,
    MIN(pm.Date_Payment_Made) AS first_payment,
    MAX(pm.Date_Payment_Made) AS last_payment
FROM Payments AS pm
WHERE pm.Date_Payment_Made BETWEEN :paid_period_start AND :paid_period_end
GROUP BY pm.Payment_Method_Code
ORDER BY
{% if sort == 'fewest_payments' %}payments, payment_method
{% elif sort == 'largest_total' %}total_amount DESC, payment_method
{% elif sort == 'method' %}payment_method
{% else %}payments DESC, payment_method
{% endif %}
