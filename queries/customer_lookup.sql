/*---
title: Customer lookup
description: >
  One customer's details by email address or customer id: region, country, signup date and
  channel, current subscription plan, and all-time orders, revenue and refunds.
examples:
  - look up customer 1234
  - who is anna.kim@example.org?
  - details for customer id 52
  - find the customer with email li.wei@example.net
  - customer profile for 8071
  - what do we know about customer 310?
  - account info for sam.berg@example.com
  - show me customer #4402
keywords: [customer, client, account, user, lookup, look up, find, details, profile, info,
           information, who is, email, customer id, history,
           spend, spent, lifetime, lifetime spend, all time, all-time, subscriber, subscription,
           plan, signed up, support]
params:
  customer:
    type: string
    label: customer email or id
    description: an email address or a numeric customer id (a client, user or account number)
owner: "@data-team"
---*/
WITH target AS (
    SELECT *
    FROM customers
    WHERE CAST(customer_id AS VARCHAR) = ltrim(trim(:customer), '#')
       OR lower(email) = lower(trim(:customer))
),
order_totals AS (
    SELECT
        o.customer_id,
        COUNT(*) AS orders,
        ROUND(SUM(o.amount) FILTER (WHERE o.status NOT IN ('cancelled', 'returned')), 2)
            AS lifetime_revenue,
        MIN(o.order_date) AS first_order,
        MAX(o.order_date) AS last_order
    FROM orders AS o
    JOIN target AS t ON t.customer_id = o.customer_id
    GROUP BY o.customer_id
),
refund_totals AS (
    SELECT o.customer_id, ROUND(SUM(r.amount), 2) AS refunded
    FROM refunds AS r
    JOIN orders AS o ON o.order_id = r.order_id
    JOIN target AS t ON t.customer_id = o.customer_id
    GROUP BY o.customer_id
),
current_plan AS (
    SELECT s.customer_id, arg_max(s.plan, s.start_date) AS plan,
        arg_max(s.end_date, s.start_date) AS plan_end_date
    FROM subscriptions AS s
    JOIN target AS t ON t.customer_id = s.customer_id
    GROUP BY s.customer_id
)
SELECT
    t.customer_id,
    t.name,
    t.email,
    t.region,
    t.country,
    t.channel,
    t.signup_date,
    p.plan AS subscription_plan,
    p.plan_end_date AS subscription_ended,
    COALESCE(ot.orders, 0) AS orders,
    COALESCE(ot.lifetime_revenue, 0) AS lifetime_revenue,
    COALESCE(rt.refunded, 0) AS refunded,
    ot.first_order,
    ot.last_order
FROM target AS t
LEFT JOIN order_totals AS ot ON ot.customer_id = t.customer_id
LEFT JOIN refund_totals AS rt ON rt.customer_id = t.customer_id
LEFT JOIN current_plan AS p ON p.customer_id = t.customer_id
ORDER BY t.customer_id
