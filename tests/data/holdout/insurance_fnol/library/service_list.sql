/*---
title: Services
description: >
  One row per service a first notification of loss (FNOL) can be routed to: service id,
  service name, FNOLs filed under it, distinct customers, and claims opened from those
  FNOLs. Optionally only services used at least a given number of times. Alphabetical by
  name (default), or most used first.
examples:
  - list our services
  - how often is each service used in FNOLs
  - which service do customers use most
  - services used at least twice
keywords: [service, services, service name, service names, offered, catalogue, fnol,
           fnols, first notification of loss, notifications, used, usage, times, how often,
           alphabetical, list, how many, count]
params:
  min_fnols: {type: int, optional: true, min: 0, label: FNOLs at least}
  sort:
    type: choice
    choices: [name, most_used]
    default: name
    synonyms: {alphabetical: name, by name: name, a to z: name, most used: most_used,
               most popular: most_used, by usage: most_used}
owner: "@claims-ops"
---*/
SELECT sv.Service_ID AS service_id, sv.Service_name AS service_name,
       COUNT(f.FNOL_ID) AS fnols, COUNT(DISTINCT f.Customer_ID) AS customers,
       (SELECT COUNT(*) FROM Claims AS c
         JOIN First_Notification_of_Loss AS f2 ON f2.FNOL_ID = c.FNOL_ID
        WHERE f2.Service_ID = sv.Service_ID) AS claims
FROM Services AS sv
LEFT JOIN First_Notification_of_Loss AS f ON f.Service_ID = sv.Service_ID
GROUP BY sv.Service_ID, sv.Service_name
{% if min_fnols is not none %}HAVING COUNT(f.FNOL_ID) >= :min_fnols
{% endif %}ORDER BY
{% if sort == 'most_used' %}fnols DESC, sv.Service_name
{% else %}sv.Service_name
{% endif %}
