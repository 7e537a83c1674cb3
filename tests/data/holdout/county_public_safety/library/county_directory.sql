/*---
title: Counties and public safety
description: >
  One row per county: county id, name, location (East, West or North), police force,
  population, police officers, residents per officer, case burden, crime rate and the number
  of cities on file in it. Optionally one county by name, one location, one police force,
  population or officers within bounds (inclusive), or a crime rate above or below a value
  (strict). By name (default), largest or smallest population, highest or lowest crime rate,
  most or fewest officers, or highest case burden first; optionally the top n.
examples:
  - public safety figures for every county
  - what's the crime rate in Burnaby
  - counties policed by the RCMP
  - counties ranked by population
  - which county has the highest crime rate
  - counties with a crime rate above 150
keywords: [county, counties, public safety, police, policing, police force, officers,
           police officers, cops, population, residents, residents per officer, case burden,
           caseload, crime, crime rate, location]
params:
  county: {type: string, optional: true, label: county name}
  location:
    type: choice
    optional: true
    label: location (side of the region)
    choices: [East, West, North]
    synonyms: {east side: East, eastern: East, the east: East, west side: West,
               western: West, the west: West, north side: North, northern: North,
               the north: North}
  police_force: {type: string, optional: true, label: police force}
  min_population: {type: int, optional: true, min: 0, label: at least (population)}
  max_population: {type: int, optional: true, min: 0, label: at most (population)}
  min_officers: {type: int, optional: true, min: 0, label: at least (officers)}
  max_officers: {type: int, optional: true, min: 0, label: at most (officers)}
  crime_rate_above: {type: number, optional: true, label: crime rate above}
  crime_rate_below: {type: number, optional: true, label: crime rate below}
  sort:
    type: choice
    choices: [name, largest_population, smallest_population, highest_crime, lowest_crime,
              most_officers, fewest_officers, highest_case_burden]
    default: name
    synonyms: {alphabetical: name, by name: name, most populous: largest_population,
               biggest: largest_population, largest: largest_population,
               by population: largest_population, population descending: largest_population,
               smallest: smallest_population, least populous: smallest_population,
               highest crime: highest_crime, most dangerous: highest_crime,
               worst crime: highest_crime, lowest crime: lowest_crime, safest: lowest_crime,
               most officers: most_officers, most police: most_officers,
               fewest officers: fewest_officers, least police: fewest_officers,
               by officers: fewest_officers, officers ascending: fewest_officers,
               highest case burden: highest_case_burden, busiest: highest_case_burden}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@public-safety-data"
---*/
SELECT c.County_ID AS county_id, c.Name AS county, c.Location AS location,
       c.Police_force AS police_force, c.Population AS population,
       c.Police_officers AS police_officers, c.Residents_per_officer AS residents_per_officer,
       c.Case_burden AS case_burden, c.Crime_rate AS crime_rate,
       (SELECT COUNT(*) FROM city AS t WHERE t.County_ID = c.County_ID) AS cities
FROM county_public_safety AS c
WHERE 1 = 1
{% if county %}AND c.Name = :county
{% endif %}{% if location %}AND c.Location = :location
{% endif %}{% if police_force %}AND c.Police_force = :police_force
{% endif %}{% if min_population is not none %}AND c.Population >= :min_population
{% endif %}{% if max_population is not none %}AND c.Population <= :max_population
{% endif %}{% if min_officers is not none %}AND c.Police_officers >= :min_officers
{% endif %}{% if max_officers is not none %}AND c.Police_officers <= :max_officers
{% endif %}{% if crime_rate_above is not none %}AND c.Crime_rate > :crime_rate_above
{% endif %}{% if crime_rate_below is not none %}AND c.Crime_rate < :crime_rate_below
{% endif %}ORDER BY
{% if sort == 'largest_population' %}c.Population DESC, c.Name
{% elif sort == 'smallest_population' %}c.Population, c.Name
{% elif sort == 'highest_crime' %}c.Crime_rate DESC, c.Name
{% elif sort == 'lowest_crime' %}c.Crime_rate, c.Name
{% elif sort == 'most_officers' %}c.Police_officers DESC, c.Name
{% elif sort == 'fewest_officers' %}c.Police_officers, c.Name
{% elif sort == 'highest_case_burden' %}c.Case_burden DESC, c.Name
{% else %}c.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
