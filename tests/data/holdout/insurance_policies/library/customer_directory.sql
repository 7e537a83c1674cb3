/*---
title: Customer directory
description: >
  One row per customer: customer id, customer details (the name on file), how many policies
  they hold and of which types, how many claims were filed on those policies and the total
  amount claimed. Optionally one customer by name, only holders of one policy type, or only
  customers with at least a given number of policies. By customer id (default), name, or
  most policies first.
examples:
  - list our customers with their policy count
  - who holds a property policy
  - customers with 3 or more policies
  - how many claims has Sydnie Friesen filed
keywords: [customer, customers, client, clients, policyholder, policyholders, holder, holders,
           details, name, names, who, id, policy, policies, how many, number, count, types,
           claims, filed, claimed, list, directory, at least, more than, multiple, most]
params:
  customer_name: {type: string, optional: true, label: customer details (name)}
  policy_type:
    type: choice
    optional: true
    choices: [Car, Life, Property, Travel]
    synonyms: {car: Car, auto: Car, motor: Car, vehicle: Car, life: Life,
               life insurance: Life, property: Property, home: Property, house: Property,
               homeowners: Property, travel: Travel, trip: Travel}
  min_policies: {type: int, optional: true, min: 1, max: 20, label: policies at least}
  sort:
    type: choice
    choices: [customer_id, name, most_policies]
    default: customer_id
    synonyms: {by id: customer_id, by name: name, alphabetical: name,
               most policies: most_policies, biggest: most_policies}
owner: "@insurance-analytics"
---*/
WITH pol AS (
    SELECT
        p.Customer_ID,
        COUNT(*) AS policies,
        string_agg(DISTINCT p.Policy_Type_Code, ', ' ORDER BY p.Policy_Type_Code) AS policy_types,
        SUM((SELECT COUNT(*) FROM Claims AS c WHERE c.Policy_ID = p.Policy_ID)) AS claims,
        SUM((SELECT COALESCE(SUM(c.Amount_Claimed), 0) FROM Claims AS c
             WHERE c.Policy_ID = p.Policy_ID)) AS amount_claimed
    FROM Customer_Policies AS p
    GROUP BY p.Customer_ID
)
SELECT
    cu.Customer_ID AS customer_id,
    cu.Customer_Details AS customer_details,
    COALESCE(pol.policies, 0) AS policies,
    pol.policy_types,
    COALESCE(pol.claims, 0) AS claims,
    COALESCE(pol.amount_claimed, 0) AS amount_claimed
FROM Customers AS cu
LEFT JOIN pol ON pol.Customer_ID = cu.Customer_ID
WHERE 1 = 1
{% if customer_name %}AND cu.Customer_Details = :customer_name
{% endif %}{% if policy_type %}AND cu.Customer_ID IN (SELECT Customer_ID FROM Customer_Policies
                                   WHERE Policy_Type_Code = :policy_type)
{% endif %}{% if min_policies is not none and min_policies is not false %}AND COALESCE(pol.policies, 0) >= :min_policies
{% endif %}ORDER BY
{% if sort == 'name' %}cu.Customer_Details, cu.Customer_ID
{% elif sort == 'most_policies' %}policies DESC, cu.Customer_ID
{% else %}cu.Customer_ID
{% endif %}
