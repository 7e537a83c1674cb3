/*---
title: Parties hosted per nationality
description: >
  For each host nationality, the party pairings on record: how many parties its hosts
  hosted, how many they were in charge of, and the themes. Most parties first.
examples:
  - which nationalities have hosted the most parties
  - parties in charge by host nationality
keywords: [nationality, nationalities, country, countries, parties hosted, hosted the most,
           in charge, themes, per nationality, by nationality]
params: {}
owner: "@events-analytics"
---*/
SELECT h.Nationality AS nationality, COUNT(*) AS parties_hosted,
       COUNT(*) FILTER (WHERE ph.Is_Main_in_Charge) AS parties_in_charge,
       STRING_AGG(DISTINCT p.Party_Theme, ', ') AS themes
FROM party_host AS ph
JOIN host AS h ON h.Host_ID = ph.Host_ID
JOIN party AS p ON p.Party_ID = ph.Party_ID
GROUP BY h.Nationality
ORDER BY parties_hosted DESC, nationality
