/*---
title: Signup to first order conversion
description: >
  Of the customers who signed up in a period, the share who placed an order within N days of
  signing up (30 unless told otherwise), per acquisition channel and in total. Customers
  who signed up less than N days ago have not had the full window yet.
examples:
  - signup conversion last month
  - what percent of new customers bought within 14 days?
  - share of October signups that placed an order within a week
  - how many new users converted to buyers in Q2
  - signup to purchase conversion rate by channel this year
  - conversion of new registrations into first orders within 60 days
  - of September's new customers, how many went on to place an order?
  - first purchase rate for new signups since July
  - percentage of this month's new customers who have ordered already
  - what fraction of new signups ordered within two weeks
keywords: [conversion, convert, converted, converting, conversion rate, activation, activated,
           first order, first purchase, purchased, bought, ordered, placed an order, percent,
           percentage, share, rate, within, days,
           conv, conv rate, signup to purchase, signup to order, sign-ups who bought, registered,
           people, cohort, onboarding]
params:
  period: {type: date_range, default: last month, label: signup period}
  days: {type: int, default: 30, min: 1, max: 365, label: days after signup}
owner: "@data-team"
---*/
WITH cohort AS (
    SELECT customer_id, channel, signup_date
    FROM customers
    WHERE signup_date BETWEEN :period_start AND :period_end
),
first_orders AS (
    SELECT o.customer_id, MIN(o.order_date) AS first_order
    FROM orders AS o
    JOIN cohort AS c ON c.customer_id = o.customer_id
    WHERE o.status <> 'cancelled'
    GROUP BY o.customer_id
)
SELECT
    COALESCE(c.channel, 'all channels') AS channel,
    COUNT(*) AS new_customers,
    COUNT(*) FILTER (WHERE f.first_order <= c.signup_date + CAST(:days AS INTEGER))
        AS ordered_within_days,
    ROUND(100.0 * COUNT(*) FILTER (WHERE f.first_order <= c.signup_date + CAST(:days AS INTEGER))
          / COUNT(*), 1) AS conversion_pct
FROM cohort AS c
LEFT JOIN first_orders AS f ON f.customer_id = c.customer_id
GROUP BY GROUPING SETS ((), (c.channel))
ORDER BY GROUPING(c.channel) DESC, conversion_pct DESC
