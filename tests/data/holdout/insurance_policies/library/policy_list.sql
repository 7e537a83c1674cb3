/*---
title: Policy list
description: >
  One row per customer policy: policy id, the customer (id and details), policy type (Car,
  Life, Property, Travel), start and end date, and how many claims were made on it with the
  amount claimed. Optionally one policy type, one customer by name or id, one policy id, or
  a period in which the policy started (all policies by default). Earliest start first
  (default), latest start, or latest end date first.
examples:
  - all travel policies and their dates
  - which policies does Dr. Diana Rath hold
  - policies that started in 2016
  - show policy 352
  - policies with the latest end date
keywords: [policy, policies, policy id, customer policy, type, policy type, car, life,
           property, travel, start, started, start date, end, ends, end date, expiry,
           expires, dates, term, holder, customer, who, claims, list, which]
params:
  start_period: {type: date_range, default: since 1970-01-01, label: policy start date}
  policy_type:
    type: choice
    optional: true
    choices: [Car, Life, Property, Travel]
    synonyms: {car: Car, auto: Car, motor: Car, vehicle: Car, life: Life,
               life insurance: Life, property: Property, home: Property, house: Property,
               homeowners: Property, travel: Travel, trip: Travel}
  customer_name: {type: string, optional: true, label: customer details (name)}
  customer_id: {type: int, optional: true, min: 1, label: customer id}
  policy_id: {type: int, optional: true, min: 1, label: policy id}
  sort:
    type: choice
    choices: [start_date, latest_start, latest_end]
    default: start_date
    synonyms: {by start date: start_date, earliest: start_date, oldest: start_date,
               newest: latest_start, latest: latest_start, most recent: latest_start,
               latest end: latest_end, ending last: latest_end, expiring last: latest_end}
owner: "@insurance-analytics"
---*/
SELECT
    p.Policy_ID AS policy_id,
    p.Customer_ID AS customer_id,
    cu.Customer_Details AS customer_details,
    p.Policy_Type_Code AS policy_type,
    p.Start_Date AS start_date,
    p.End_Date AS end_date,
    (SELECT COUNT(*) FROM Claims AS c WHERE c.Policy_ID = p.Policy_ID) AS claims,
    (SELECT COALESCE(SUM(c.Amount_Claimed), 0) FROM Claims AS c
     WHERE c.Policy_ID = p.Policy_ID) AS amount_claimed
FROM Customer_Policies AS p
LEFT JOIN Customers AS cu ON cu.Customer_ID = p.Customer_ID
WHERE p.Start_Date BETWEEN :start_period_start AND :start_period_end
{% if policy_type %}AND p.Policy_Type_Code = :policy_type
{% endif %}{% if customer_name %}AND cu.Customer_Details = :customer_name
{% endif %}{% if customer_id %}AND p.Customer_ID = :customer_id
{% endif %}{% if policy_id %}AND p.Policy_ID = :policy_id
{% endif %}ORDER BY
{% if sort == 'latest_start' %}p.Start_Date DESC, p.Policy_ID
{% elif sort == 'latest_end' %}p.End_Date DESC, p.Policy_ID
{% else %}p.Start_Date, p.Policy_ID
{% endif %}
