/*---
title: Storm card
description: >
  Everything about one storm (by name): dates active, maximum speed, damage, deaths, and
  each region it affected with the cities affected there.
examples:
  - tell me about storm Three
  - storm Four details
  - fact sheet for Five
keywords: [card, details, fact sheet, profile, about, tell me about, storm]
params:
  storm: {type: string, label: storm name}
owner: "@risk-analytics"
---*/
SELECT
    s.Name AS storm,
    s.Dates_active AS dates_active,
    s.Max_speed AS max_speed,
    s.Damage_millions_USD AS damage_millions_usd,
    s.Number_Deaths AS deaths,
    r.Region_name AS region,
    ar.Number_city_affected AS cities_affected
FROM storm AS s
LEFT JOIN affected_region AS ar ON ar.Storm_ID = s.Storm_ID
LEFT JOIN region AS r ON r.Region_id = ar.Region_id
WHERE s.Name = :storm
ORDER BY r.Region_name
