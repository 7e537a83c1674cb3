/*---
title: Airport traffic totals
description: >
  One row of network totals over the airports: how many airports, total, international,
  domestic and transit passengers summed, average, largest and smallest total passengers,
  aircraft movements and freight summed. Optionally only airports whose name contains a word
  (such as London).
examples:
  - total passengers across all airports
  - how many domestic passengers did the London airports handle in total
  - average passengers per airport
  - network traffic summary
keywords: [total, totals, sum, overall, network, airports, passengers, international,
           domestic, transit, average, mean, maximum, minimum, movements, freight, how many]
params:
  name_contains: {type: string, optional: true, label: word in the airport name}
owner: "@aviation-analytics"
---*/
SELECT COUNT(*) AS airports,
       SUM(a.Total_Passengers) AS total_passengers,
       SUM(a.International_Passengers) AS international_passengers,
       SUM(a.Domestic_Passengers) AS domestic_passengers,
       SUM(a.Transit_Passengers) AS transit_passengers,
       AVG(a.Total_Passengers) AS avg_total_passengers,
       MAX(a.Total_Passengers) AS max_total_passengers,
       MIN(a.Total_Passengers) AS min_total_passengers,
       SUM(a.Aircraft_Movements) AS aircraft_movements,
       SUM(a.Freight_Metric_Tonnes) AS freight_tonnes
FROM airport AS a
WHERE 1 = 1
{% if name_contains %}AND a.Airport_Name ILIKE '%' || :name_contains || '%'
{% endif %}
