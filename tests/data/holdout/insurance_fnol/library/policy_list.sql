/*---
title: Policies on file
description: >
  One row per available policy: policy id, policy type, the customer phone number recorded
  on it, how many customers hold it (from the customer-policy register) and how many first
  notifications of loss (FNOLs) were filed against it. Optionally one policy type or one
  policy id. By policy id.
examples:
  - list every policy with its phone number
  - contact numbers on the travel policies
  - which phone is on policy 630
  - show all property insurance policies
keywords: [policy, policies, available policies, policy id, policy type, type code, phone,
           phone number, phone numbers, contact, contact number, telephone, number, list,
           all, on file, life, property, mortgage, travel]
params:
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
owner: "@claims-ops"
---*/
SELECT ap.Policy_ID AS policy_id, ap.policy_type_code AS policy_type,
       ap.Customer_Phone AS customer_phone,
       (SELECT COUNT(*) FROM Customers_Policies AS cp WHERE cp.Policy_ID = ap.Policy_ID)
           AS customers_holding,
       (SELECT COUNT(*) FROM First_Notification_of_Loss AS f WHERE f.Policy_ID = ap.Policy_ID)
           AS fnols
FROM Available_Policies AS ap
WHERE 1 = 1
{% if policy_type %}AND ap.policy_type_code = :policy_type
{% endif %}{% if policy_id is not none %}AND ap.Policy_ID = :policy_id
{% endif %}ORDER BY ap.Policy_ID
