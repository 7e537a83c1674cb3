/*---
title: Regions at a glance
description: >
  One row per region name: its release records, the parties based there, their members and
  the party events they held. Optionally one region. Most parties first.
examples:
  - how many parties are there in each region
  - members and events by region
  - how many members do the UK parties have
keywords: [region, regions, per region, by region, parties per region, members per region,
           events per region, country, breakdown]
params:
  region: {type: string, optional: true, label: region name}
owner: "@politics-desk"
---*/
SELECT r.Region_name AS region, COUNT(DISTINCT r.Region_ID) AS records,
       COUNT(DISTINCT p.Party_ID) AS parties,
       (SELECT COUNT(*) FROM member AS m JOIN party AS p2 ON p2.Party_ID = m.Party_ID
        JOIN region AS r2 ON r2.Region_ID = p2.Region_ID WHERE r2.Region_name = r.Region_name) AS members,
       (SELECT COUNT(*) FROM party_events AS e JOIN party AS p3 ON p3.Party_ID = e.Party_ID
        JOIN region AS r3 ON r3.Region_ID = p3.Region_ID WHERE r3.Region_name = r.Region_name) AS events
FROM region AS r
LEFT JOIN party AS p ON p.Region_ID = r.Region_ID
WHERE 1 = 1
{% if region %}AND r.Region_name = :region
{% endif %}GROUP BY r.Region_name
ORDER BY parties DESC, region
