/*---
title: Hosts by age band
description: >
  Hosts grouped into age bands (under 30, 30-39, 40-49, 50 and over): how many hosts, their
  nationalities and how many have hosted a party on record.
examples:
  - host age distribution
  - how many hosts are in their 40s
  - age bands of our hosts
keywords: [age band, age bands, age group, age groups, age distribution, age bracket,
           demographics, 30s, 40s, 50s, over 50, under 30]
params: {}
owner: "@events-analytics"
---*/
SELECT CASE WHEN h.Age < 30 THEN 'under 30' WHEN h.Age < 40 THEN '30-39'
            WHEN h.Age < 50 THEN '40-49' ELSE '50 and over' END AS age_band,
       COUNT(*) AS hosts,
       STRING_AGG(DISTINCT h.Nationality, ', ') AS nationalities,
       COUNT(*) FILTER (WHERE h.Host_ID IN (SELECT Host_ID FROM party_host)) AS hosts_with_a_party
FROM host AS h
GROUP BY age_band
ORDER BY MIN(h.Age)
