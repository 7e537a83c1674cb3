/*---
title: Policy types
description: >
  Available policies grouped by policy type: number of policies of the type, customers
  holding one (distinct), holdings in the customer-policy register, FNOLs filed, claims
  opened and total settled on them. Optionally only types with at least a given number of
  policies. Most policies first.
examples:
  - how many policies of each type do we have
  - policy mix by type
  - which policy type do we have most of
  - claims and settlements per policy type
  - policy types with at least 3 policies
keywords: [policy type, policy types, type, types, kind, product line, line of business,
           mix, count, how many, number, each, per, most, common, popular, frequent,
           records, policies, claims, settled, settlements]
params:
  min_policies: {type: int, optional: true, min: 0, label: policies at least}
owner: "@claims-ops"
---*/
WITH per_type AS (
    SELECT ap.policy_type_code AS policy_type, COUNT(*) AS policies
    FROM Available_Policies AS ap
    GROUP BY ap.policy_type_code
)
SELECT t.policy_type, t.policies,
       (SELECT COUNT(DISTINCT cp.Customer_ID) FROM Customers_Policies AS cp
         JOIN Available_Policies AS ap ON ap.Policy_ID = cp.Policy_ID
        WHERE ap.policy_type_code = t.policy_type) AS customers_holding,
       (SELECT COUNT(*) FROM Customers_Policies AS cp
         JOIN Available_Policies AS ap ON ap.Policy_ID = cp.Policy_ID
        WHERE ap.policy_type_code = t.policy_type) AS holdings,
       (SELECT COUNT(*) FROM First_Notification_of_Loss AS f
         JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
        WHERE ap.policy_type_code = t.policy_type) AS fnols,
       (SELECT COUNT(*) FROM Claims AS c
         JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
         JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
        WHERE ap.policy_type_code = t.policy_type) AS claims,
       (SELECT COALESCE(SUM(s.Settlement_Amount), 0) FROM Settlements AS s
         JOIN Claims AS c ON c.Claim_ID = s.Claim_ID
         JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
         JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
        WHERE ap.policy_type_code = t.policy_type) AS total_settled
FROM per_type AS t
WHERE 1 = 1
{% if min_policies is not none %}AND t.policies >= :min_policies
{% endif %}ORDER BY t.policies DESC, t.policy_type
