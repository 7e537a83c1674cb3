/*---
title: New customers over time
description: >
  How many customers became customers per day, week or month, split by payment method (cash,
  cheque, credit card) and how many of them are VIPs, over a period (by default everything
  since 2018-01-01, when the records begin). Weekly unless asked otherwise; oldest first.
examples:
  - new customers per week
  - monthly customer acquisition
  - daily sign-ups in March 2018 by payment type
keywords: [new customers, signups, sign-ups, joined, acquired, acquisition, became customer,
           growth, per day, per week, per month, daily, weekly, monthly, trend, over time]
params:
  period: {type: date_range, default: since 2018-01-01, label: became a customer}
  grain:
    type: choice
    choices: [day, week, month]
    default: week
    synonyms: {daily: day, per day: day, weekly: week, per week: week, monthly: month,
               per month: month}
owner: "@cx-analytics"
---*/
SELECT
    {% if grain == 'day' %}CAST(date_became_customer AS DATE){% elif grain == 'month' %}CAST(date_trunc('month', date_became_customer) AS DATE){% else %}CAST(date_trunc('week', date_became_customer) AS DATE){% endif %} AS period_begins,
    COUNT(*) AS new_customers,
    COUNT(*) FILTER (WHERE payment_method = 'Cash') AS cash,
    COUNT(*) FILTER (WHERE payment_method = 'Cheque') AS cheque,
    COUNT(*) FILTER (WHERE payment_method = 'Credit Card') AS credit_card,
    COUNT(*) FILTER (WHERE other_customer_details = 'VIP') AS vip
FROM Customers
WHERE CAST(date_became_customer AS DATE) BETWEEN :period_start AND :period_end
GROUP BY 1
ORDER BY 1
