/*---
title: Ethnic make-up by county
description: >
  One row per county with cities on file: the number of cities and the average (unweighted,
  city by city) percentage of white, black, Amerindian, Asian, multiracial and Hispanic
  residents across its cities. Optionally one county or one location. By county name.
examples:
  - average ethnic make-up of each county
  - demographics by county
  - average black share of the cities in Burnaby
keywords: [demographics, ethnic, ethnicity, make-up, mix, diversity, average, county,
           counties, white, black, asian, hispanic, per county]
params:
  county: {type: string, optional: true, label: county name,
           values: "SELECT DISTINCT Name FROM county_public_safety"}
  location:
    type: choice
    optional: true
    label: location (side of the region)
    choices: [East, West, North]
    synonyms: {east side: East, eastern: East, the east: East, west side: West,
               western: West, the west: West, north side: North, northern: North,
               the north: North}
owner: "@public-safety-data"
---*/
SELECT c.Name AS county, c.Location AS location, COUNT(*) AS cities,
       ROUND(AVG(t.White), 1) AS avg_white_pct, ROUND(AVG(t.Black), 1) AS avg_black_pct,
       ROUND(AVG(t.Amerindian), 2) AS avg_amerindian_pct, ROUND(AVG(t.Asian), 2) AS avg_asian_pct,
       ROUND(AVG(t.Multiracial), 1) AS avg_multiracial_pct,
       ROUND(AVG(t.Hispanic), 1) AS avg_hispanic_pct
FROM city AS t
JOIN county_public_safety AS c ON c.County_ID = t.County_ID
WHERE 1 = 1
{% if county %}AND c.Name = :county
{% endif %}{% if location %}AND c.Location = :location
{% endif %}GROUP BY c.Name, c.Location
ORDER BY c.Name
