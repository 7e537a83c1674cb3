/*---
title: Passenger mix per airport
description: >
  Per airport, the share of its passengers that are international, domestic and transit
  (percent of total passengers), with freight per aircraft movement. Optionally one airport.
  Sorted by the international share (default), domestic share or transit share, largest
  first.
examples:
  - share of international passengers per airport
  - which airports are mostly domestic
  - international share at Bristol
  - passenger mix by airport
keywords: [share, mix, percent, percentage, proportion, ratio, international, domestic,
           transit, freight per movement, airport, airports]
params:
  airport: {type: string, optional: true, label: airport name}
  sort:
    type: choice
    choices: [international_share, domestic_share, transit_share]
    default: international_share
    synonyms: {international: international_share, domestic: domestic_share,
               transit: transit_share, mostly domestic: domestic_share}
owner: "@aviation-analytics"
---*/
SELECT a.Airport_Name AS airport, a.Total_Passengers AS total_passengers,
       ROUND(100.0 * a.International_Passengers / a.Total_Passengers, 1) AS international_share_pct,
       ROUND(100.0 * a.Domestic_Passengers / a.Total_Passengers, 1) AS domestic_share_pct,
       ROUND(100.0 * a.Transit_Passengers / a.Total_Passengers, 2) AS transit_share_pct,
       ROUND(a.Freight_Metric_Tonnes / a.Aircraft_Movements, 3) AS freight_tonnes_per_movement
FROM airport AS a
WHERE 1 = 1
{% if airport %}AND a.Airport_Name = :airport
{% endif %}ORDER BY
{% if sort == 'domestic_share' %}a.Domestic_Passengers / a.Total_Passengers DESC
{% elif sort == 'transit_share' %}a.Transit_Passengers / a.Total_Passengers DESC
{% else %}a.International_Passengers / a.Total_Passengers DESC
{% endif %}
