/*---
title: Policies by type
description: >
  One row per policy type (Car, Life, Property, Travel): how many policies, how many distinct
  customers hold one, the earliest start and latest end date, and the claims made on them
  with the amounts claimed and settled. By type (default), most policies or most customers
  first.
examples:
  - policy mix by product line
  - which insurance type do most customers buy
  - claims per policy type
keywords: [policy, policies, type, types, policy type, product, product line, line, mix,
           car, life, property, travel, customers, chosen, buy, bought, popular, common,
           most, per type, each type, by type, how many, number, count, claims, claimed,
           settled, breakdown]
params:
  sort:
    type: choice
    choices: [policy_type, most_policies, most_customers]
    default: policy_type
    synonyms: {by type: policy_type, alphabetical: policy_type,
               most policies: most_policies, most popular: most_customers,
               most common: most_policies, most customers: most_customers}
owner: "@insurance-analytics"
---*/
SELECT
    p.Policy_Type_Code AS policy_type,
    COUNT(*) AS policies,
    COUNT(DISTINCT p.Customer_ID) AS customers,
    MIN(p.Start_Date) AS earliest_start,
    MAX(p.End_Date) AS latest_end,
    SUM((SELECT COUNT(*) FROM Claims AS c WHERE c.Policy_ID = p.Policy_ID)) AS claims,
    SUM((SELECT COALESCE(SUM(c.Amount_Claimed), 0) FROM Claims AS c
         WHERE c.Policy_ID = p.Policy_ID)) AS amount_claimed,
    SUM((SELECT COALESCE(SUM(c.Amount_Settled), 0) FROM Claims AS c
         WHERE c.Policy_ID = p.Policy_ID)) AS amount_settled
FROM Customer_Policies AS p
GROUP BY p.Policy_Type_Code
ORDER BY
{% if sort == 'most_policies' %}policies DESC, policy_type
{% elif sort == 'most_customers' %}customers DESC, policy_type
{% else %}policy_type
{% endif %}
