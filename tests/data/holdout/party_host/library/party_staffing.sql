/*---
title: Party staffing coverage
description: >
  One row per party: its declared number of hosts, how many of them are on record, whether a
  main host in charge is recorded, and the share of hosts on record. Least covered first.
examples:
  - how many of each party's hosts do we have on record
  - parties missing a main host
  - host coverage per party
keywords: [coverage, staffing, recorded, on record, missing, gap, data quality, declared,
           completeness, main host recorded]
params: {}
owner: "@events-analytics"
---*/
SELECT p.Party_Theme AS theme, p.Number_of_hosts AS declared_hosts,
       COUNT(ph.Host_ID) AS hosts_on_record,
       COALESCE(BOOL_OR(ph.Is_Main_in_Charge), false) AS main_host_recorded,
       ROUND(100.0 * COUNT(ph.Host_ID) / NULLIF(p.Number_of_hosts, 0), 1) AS pct_on_record
FROM party AS p
LEFT JOIN party_host AS ph ON ph.Party_ID = p.Party_ID
GROUP BY p.Party_ID, p.Party_Theme, p.Number_of_hosts
ORDER BY pct_on_record, p.Party_Theme
