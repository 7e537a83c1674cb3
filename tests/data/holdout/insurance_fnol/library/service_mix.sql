/*---
title: Service mix by policy type
description: >
  FNOLs counted by policy type and service, to see which service each line of business
  leans on. Policy type, then most FNOLs first.
examples:
  - service mix per policy type
  - which services do mortgage customers route to
keywords: [mix, breakdown, split, cross, matrix, service, policy type, line of business]
params: {}
owner: "@claims-ops"
---*/
SELECT ap.policy_type_code AS policy_type, sv.Service_name AS service_name,
       COUNT(*) AS fnols
FROM First_Notification_of_Loss AS f
JOIN Services AS sv ON sv.Service_ID = f.Service_ID
LEFT JOIN Available_Policies AS ap ON ap.Policy_ID = f.Policy_ID
GROUP BY ap.policy_type_code, sv.Service_name
ORDER BY ap.policy_type_code, fnols DESC, sv.Service_name
