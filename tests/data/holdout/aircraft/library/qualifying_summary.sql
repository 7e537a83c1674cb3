/*---
title: Fastest qualifying per pilot
description: >
  Per pilot named as fastest in qualifying: how many rounds they qualified fastest in and
  the countries. Cancelled rounds are left out. Sorted by most fastest qualifyings.
examples:
  - who qualified fastest most often
  - fastest qualifying count per pilot
  - pole positions by pilot
keywords: [fastest, qualifying, qualified, qualifier, pole, pole position, quickest,
           count, per pilot]
params: {}
owner: "@aviation-analytics"
---*/
SELECT m.Fastest_Qualifying AS pilot, COUNT(*) AS fastest_qualifyings,
       string_agg(m.Country, ', ' ORDER BY m."Round") AS countries
FROM "match" AS m
WHERE m.Fastest_Qualifying <> 'Cancelled'
GROUP BY m.Fastest_Qualifying
ORDER BY fastest_qualifyings DESC, pilot
