/*---
title: First notifications of loss
description: >
  One row per first notification of loss (FNOL): FNOL id, customer, policy id and type, the
  service it was routed to, claims opened from it and the amount settled on them.
  Optionally one customer by name, one service, one policy type or one policy id. By FNOL id.
examples:
  - list all FNOLs
  - which customers filed a first notice of loss
  - FNOLs routed to Change a policy
  - first notifications from David Ross
  - FNOLs on mortgage policies
keywords: [fnol, fnols, first notification of loss, first notice of loss, notification,
           notifications, loss, losses, report, reported, filed, service, customer, policy,
           policy type, claims]
params:
  customer: {type: string, optional: true, label: customer name}
  service: {type: string, optional: true, label: service name}
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
SELECT f.FNOL_ID AS fnol_id, cu.Customer_name AS customer_name, f.Policy_ID AS policy_id,
       ap.policy_type_code AS policy_type, sv.Service_name AS service_name,
       (SELECT COUNT(*) FROM Claims AS c WHERE c.FNOL_ID = f.FNOL_ID) AS claims,
       (SELECT COALESCE(SUM(s.Settlement_Amount), 0) FROM Settlements AS s
         JOIN Claims AS c ON c.Claim_ID = s.Claim_ID
        WHERE c.FNOL_ID = f.FNOL_ID) AS total_settled
FROM First_Notification_of_Loss AS f
JOIN Customers AS cu ON cu.Customer_ID = f.Customer_ID
JOIN Services AS sv ON sv.Service_ID = f.Service_ID
LEFT JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
WHERE 1 = 1
{% if customer %}AND cu.Customer_name = :customer
{% endif %}{% if service %}AND sv.Service_name = :service
{% endif %}{% if policy_type %}AND ap.policy_type_code = :policy_type
{% endif %}{% if policy_id is not none %}AND f.Policy_ID = :policy_id
{% endif %}ORDER BY f.FNOL_ID
