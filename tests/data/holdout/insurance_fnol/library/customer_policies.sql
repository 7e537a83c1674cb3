/*---
title: Customer policy register
description: >
  One row per policy a customer holds: customer id and name, policy id, policy type, the
  date the policy was opened for the customer and the date it was closed. Optionally one
  customer by name, customers whose name contains a word, one policy type, one policy id, a
  period in which it was opened (all dates by default) or in which it was closed. Opened
  date first (default), or closed date, or customer name.
examples:
  - which policies does Jay Chou hold
  - open and close dates of every customer policy
  - policies opened in 2017
  - travel policies and who holds them
  - policies closed in March 2018
keywords: [policy, policies, holds, held, holding, register, customer, customers, opened,
           open date, date opened, start, started, closed, close date, date closed, ended,
           end, dates, when, type, types, policy type, which]
params:
  customer: {type: string, optional: true, label: customer name}
  name_contains: {type: string, optional: true, label: word in the customer name}
  policy_type:
    type: choice
    optional: true
    choices: [Life Insurance, Property Insurance, Mortgage Insurance, Travel Insurance]
    synonyms: {life: Life Insurance, life insurance: Life Insurance, life cover: Life Insurance,
               property: Property Insurance, home: Property Insurance,
               home insurance: Property Insurance, property insurance: Property Insurance,
               mortgage: Mortgage Insurance, mortgage insurance: Mortgage Insurance,
               travel: Travel Insurance, trip: Travel Insurance,
               travel insurance: Travel Insurance}
  policy_id: {type: int, optional: true, min: 1, label: policy id}
  opened: {type: date_range, default: since 1970-01-01, label: opened in}
  closed: {type: date_range, default: since 1970-01-01, label: closed in}
  sort:
    type: choice
    choices: [opened, closed, customer]
    default: opened
    synonyms: {by open date: opened, date opened: opened, oldest: opened,
               by close date: closed, date closed: closed, by customer: customer,
               alphabetical: customer}
owner: "@claims-ops"
---*/
SELECT cu.Customer_ID AS customer_id, cu.Customer_name AS customer_name,
       cp.Policy_ID AS policy_id, ap.policy_type_code AS policy_type,
       cp.Date_Opened AS date_opened, cp.Date_Closed AS date_closed
FROM Customers_Policies AS cp
JOIN Customers AS cu ON cu.Customer_ID = cp.Customer_ID
JOIN Available_Policies AS ap ON ap.Policy_ID = cp.Policy_ID
WHERE cp.Date_Opened BETWEEN :opened_start AND :opened_end
  AND cp.Date_Closed BETWEEN :closed_start AND :closed_end
{% if customer %}AND cu.Customer_name = :customer
{% endif %}{% if name_contains %}AND lower(cu.Customer_name) LIKE '%' || lower(:name_contains) || '%'
{% endif %}{% if policy_type %}AND ap.policy_type_code = :policy_type
{% endif %}{% if policy_id is not none %}AND cp.Policy_ID = :policy_id
{% endif %}ORDER BY
{% if sort == 'closed' %}cp.Date_Closed, cu.Customer_name
{% elif sort == 'customer' %}cu.Customer_name, cp.Date_Opened
{% else %}cp.Date_Opened, cu.Customer_name
{% endif %}
