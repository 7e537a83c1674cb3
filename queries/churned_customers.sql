/*---
title: Churned customers (ended subscriptions)
description: >
  Subscriptions that ended (cancelled, churned, lapsed) in a period: who left, on which plan,
  when they started and how much monthly recurring revenue went with them.
examples:
  - who churned last month?
  - cancelled subscriptions in Q3
  - list of customers that dropped their pro plan this quarter
  - which basic subscribers left in October
  - lost subscribers since September
  - churn list for last month with MRR lost
  - subscriptions that ended this year on the enterprise plan
  - which accounts stopped paying for their subscription last month
keywords: [churn, churned, churning, churners, cancelled, canceled, cancellations, ended,
           lost, left, lapsed, stopped, dropped, subscriptions, subscription, subscribers,
           plan, unsubscribed,
           lost mrr, mrr lost, churned mrr, cancelled subscriptions, cancelled their subscription,
           lose, losing, leave, leaving, walked, walked away, gone, subs, sub, win-back,
           dropped off, walked out the door, out the door]
params:
  period: {type: date_range, default: last month, label: period}
  plan:
    type: choice
    choices: [basic, pro, enterprise]
    optional: true
    synonyms: {starter: basic, standard: basic, professional: pro, premium: pro,
               business: enterprise, corporate: enterprise}
owner: "@data-team"
---*/
SELECT
    s.subscription_id,
    s.customer_id,
    c.name,
    c.email,
    c.region,
    s.plan,
    s.start_date,
    s.end_date,
    CAST(datediff('month', s.start_date, s.end_date) AS INTEGER) AS months_subscribed,
    s.mrr AS mrr_lost
FROM subscriptions AS s
JOIN customers AS c ON c.customer_id = s.customer_id
WHERE s.end_date BETWEEN :period_start AND :period_end
{% if plan %}  AND s.plan = :plan
{% endif %}ORDER BY s.end_date, s.mrr DESC, s.subscription_id
