/*---
title: Aircraft based at airports
description: >
  One row per aircraft-airport assignment: the airport, its total passengers, the aircraft,
  its description and maximum gross weight. Optionally one airport, one aircraft, or
  airports with more than a number of total passengers. Sorted by airport (default) or
  aircraft.
examples:
  - which aircraft are at which airport
  - aircraft used at London Heathrow
  - airports where the Robinson R-22 operates
  - aircraft at airports with over 10 million passengers
keywords: [aircraft, helicopter, airport, airports, based, stationed, operates, operating,
           used, assignment, fleet, where]
params:
  airport: {type: string, optional: true, label: airport name}
  aircraft: {type: string, optional: true, label: aircraft name}
  min_passengers: {type: number, optional: true, label: airport total passengers above}
  sort:
    type: choice
    choices: [airport, aircraft]
    default: airport
    synonyms: {by airport: airport, by aircraft: aircraft}
owner: "@aviation-analytics"
---*/
SELECT a.Airport_Name AS airport, a.Total_Passengers AS airport_total_passengers,
       ac.Aircraft AS aircraft, ac.Description AS description,
       ac.Max_Gross_Weight AS max_gross_weight
FROM airport_aircraft AS aa
JOIN airport AS a ON a.Airport_ID = aa.Airport_ID
JOIN aircraft AS ac ON ac.Aircraft_ID = aa.Aircraft_ID
WHERE 1 = 1
{% if airport %}AND a.Airport_Name = :airport
{% endif %}{% if aircraft %}AND ac.Aircraft = :aircraft
{% endif %}{% if min_passengers is not none and min_passengers is not false %}AND a.Total_Passengers > :min_passengers
{% endif %}ORDER BY
{% if sort == 'aircraft' %}ac.Aircraft, a.Airport_Name
{% else %}a.Airport_Name, ac.Aircraft
{% endif %}
