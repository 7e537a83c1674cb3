/*---
title: Public safety overview
description: >
  One row of headline figures over all counties (or the counties of one location or one
  police force): counties, total population, total police officers, residents per officer
  overall, lowest, highest and average crime rate, and average case burden.
examples:
  - public safety headline numbers
  - lowest and highest crime rate across counties
  - total police officers in the region
  - overview for the East
keywords: [overview, summary, headline, totals, total, overall, average, mean, minimum,
           maximum, lowest, highest, range, crime rate, officers, population, kpi, kpis]
params:
  location:
    type: choice
    optional: true
    label: location (side of the region)
    choices: [East, West, North]
    synonyms: {east side: East, eastern: East, the east: East, west side: West,
               western: West, the west: West, north side: North, northern: North,
               the north: North}
  police_force: {type: string, optional: true, label: police force}
owner: "@public-safety-data"
---*/
SELECT COUNT(*) AS counties, SUM(Population) AS population,
       SUM(Police_officers) AS police_officers,
       ROUND(SUM(Population) / SUM(Police_officers), 0) AS residents_per_officer,
       MIN(Crime_rate) AS min_crime_rate, MAX(Crime_rate) AS max_crime_rate,
       ROUND(AVG(Crime_rate), 1) AS avg_crime_rate, ROUND(AVG(Case_burden), 1) AS avg_case_burden
FROM county_public_safety
WHERE 1 = 1
{% if location %}AND Location = :location
{% endif %}{% if police_force %}AND Police_force = :police_force
{% endif %}
