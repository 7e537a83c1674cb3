/*---
title: Aircraft per airport
description: >
  Per airport, how many aircraft types are based there (airports with none show 0) and
  their names, with the airport's total passengers. Optionally only airports with at least
  a number of aircraft. Sorted by most aircraft (default), busiest, or name.
examples:
  - number of aircraft at each airport
  - how many aircraft does each airport have
  - airports with at least one aircraft
keywords: [aircraft, count, number, how many, per airport, each airport, fleet, based,
           airports, helicopters]
params:
  min_aircraft: {type: int, optional: true, min: 0, label: at least this many aircraft}
  sort:
    type: choice
    choices: [aircraft, passengers, name]
    default: aircraft
    synonyms: {most aircraft: aircraft, busiest: passengers, alphabetical: name}
owner: "@aviation-analytics"
---*/
SELECT a.Airport_Name AS airport, COUNT(ac.Aircraft_ID) AS aircraft_count,
       string_agg(ac.Aircraft, ', ' ORDER BY ac.Aircraft) AS aircraft,
       a.Total_Passengers AS total_passengers
FROM airport AS a
LEFT JOIN airport_aircraft AS aa ON aa.Airport_ID = a.Airport_ID
LEFT JOIN aircraft AS ac ON ac.Aircraft_ID = aa.Aircraft_ID
GROUP BY a.Airport_ID, a.Airport_Name, a.Total_Passengers
HAVING 1 = 1
{% if min_aircraft is not none and min_aircraft is not false %}AND COUNT(ac.Aircraft_ID) >= :min_aircraft
{% endif %}ORDER BY
{% if sort == 'passengers' %}a.Total_Passengers DESC
{% elif sort == 'name' %}a.Airport_Name
{% else %}aircraft_count DESC, a.Airport_Name
{% endif %}
