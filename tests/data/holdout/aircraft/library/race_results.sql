/*---
title: Race results by round
description: >
  One row per round of the race season: round, location, country, date, the pilot with the
  fastest qualifying, the winning pilot (name and age) and the winning aircraft. Optionally
  one country, one winning pilot, one winning aircraft, or one fastest qualifier. Sorted by
  round.
examples:
  - race results for the season
  - who won each round
  - rounds won by the CH-47D Chinook
  - where and when were the rounds held
  - results of the round in Australia
keywords: [race, races, round, rounds, match, matches, result, results, winner, winning,
           won, win, location, country, date, fastest qualifying, qualifying, season,
           schedule, calendar]
params:
  country: {type: string, optional: true, label: country}
  pilot: {type: string, optional: true, label: winning pilot}
  aircraft: {type: string, optional: true, label: winning aircraft}
  fastest_qualifying: {type: string, optional: true, label: fastest qualifier}
owner: "@aviation-analytics"
---*/
SELECT m."Round" AS round, m.Location AS location, m.Country AS country, m."Date" AS date,
       m.Fastest_Qualifying AS fastest_qualifying, p.Name AS winning_pilot,
       p.Age AS winning_pilot_age, ac.Aircraft AS winning_aircraft
FROM "match" AS m
LEFT JOIN pilot AS p ON p.Pilot_Id = m.Winning_Pilot
LEFT JOIN aircraft AS ac ON ac.Aircraft_ID = m.Winning_Aircraft
WHERE 1 = 1
{% if country %}AND m.Country = :country
{% endif %}{% if pilot %}AND p.Name = :pilot
{% endif %}{% if aircraft %}AND ac.Aircraft = :aircraft
{% endif %}{% if fastest_qualifying %}AND m.Fastest_Qualifying = :fastest_qualifying
{% endif %}ORDER BY m."Round"
