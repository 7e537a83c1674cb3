/*---
title: Airline summary
description: >
  One row of airline totals: how many airlines, how many active and inactive, and in how many
  home countries. Optionally one home country.
examples:
  - how many airlines do we have on file
  - number of airlines based in Brazil
  - how many active carriers are there
keywords: [airline, airlines, carrier, carriers, how many, number, count, total, active,
           inactive, country, based, home, summary]
params:
  country: {type: string, optional: true, label: home country}
owner: "@route-analytics"
---*/
SELECT
    COUNT(*) AS airlines,
    COUNT(*) FILTER (WHERE active = 'Y') AS active_airlines,
    COUNT(*) FILTER (WHERE active = 'N') AS inactive_airlines,
    COUNT(DISTINCT NULLIF(country, '')) AS countries
FROM airlines
WHERE 1 = 1
{% if country %}AND country = :country
{% endif %}
