/*---
title: Cities and their ethnic make-up
description: >
  One row per city: city id, name, its county and the county's location, the percentage of
  residents who are white, black, Amerindian, Asian, multiracial and Hispanic, and the
  county's crime rate. Optionally one city, the cities of one county or one location, cities
  whose white, black or Hispanic share is above a value (strict) or white share below a
  value (strict), cities in counties of at least a population, or in counties with a crime
  rate below a value (strict). By city name (default) or highest white, black or Hispanic
  share first; optionally the top n.
examples:
  - list of cities with their county
  - ethnic breakdown for Arecibo
  - cities in Campbell River county
  - cities where more than 20 percent of people are black
  - top 5 cities by hispanic share
  - cities in counties with a crime rate under 120
keywords: [city, cities, town, towns, municipality, demographics, ethnicity, ethnic, race,
           white, black, amerindian, asian, multiracial, hispanic, latino, percentage,
           percent, share, proportion, make-up, breakdown, county]
params:
  city: {type: string, optional: true, label: city name}
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
  white_above: {type: number, optional: true, min: 0, max: 100, label: white % above}
  white_below: {type: number, optional: true, min: 0, max: 100, label: white % below}
  black_above: {type: number, optional: true, min: 0, max: 100, label: black % above}
  hispanic_above: {type: number, optional: true, min: 0, max: 100, label: hispanic % above}
  min_county_population: {type: int, optional: true, min: 0,
                          label: county population at least}
  county_crime_rate_below: {type: number, optional: true, label: county crime rate below}
  sort:
    type: choice
    choices: [name, most_white, most_black, most_hispanic]
    default: name
    synonyms: {alphabetical: name, by name: name, a to z: name, most white: most_white,
               highest white: most_white, whitest: most_white, most black: most_black,
               highest black: most_black, most hispanic: most_hispanic,
               highest hispanic: most_hispanic, most latino: most_hispanic}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@public-safety-data"
---*/
SELECT t.City_ID AS city_id, t.Name AS city, c.Name AS county, c.Location AS location,
       t.White AS white_pct, t.Black AS black_pct, t.Amerindian AS amerindian_pct,
       t.Asian AS asian_pct, t.Multiracial AS multiracial_pct, t.Hispanic AS hispanic_pct,
       c.Crime_rate AS county_crime_rate
FROM city AS t
JOIN county_public_safety AS c ON c.County_ID = t.County_ID
WHERE 1 = 1
{% if city %}AND t.Name = :city
{% endif %}{% if county %}AND c.Name = :county
{% endif %}{% if location %}AND c.Location = :location
{% endif %}{% if white_above is not none %}AND t.White > :white_above
{% endif %}{% if white_below is not none %}AND t.White < :white_below
{% endif %}{% if black_above is not none %}AND t.Black > :black_above
{% endif %}{% if hispanic_above is not none %}AND t.Hispanic > :hispanic_above
{% endif %}{% if min_county_population is not none %}AND c.Population >= :min_county_population
{% endif %}{% if county_crime_rate_below is not none %}AND c.Crime_rate < :county_crime_rate_below
{% endif %}ORDER BY
{% if sort == 'most_white' %}t.White DESC, t.Name
{% elif sort == 'most_black' %}t.Black DESC, t.Name
{% elif sort == 'most_hispanic' %}t.Hispanic DESC, t.Name
{% else %}t.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
