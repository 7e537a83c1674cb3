/*---
title: Shops per location or open year
description: >
  Shops grouped by location (default) or by open year (`by`): how many shops, their names,
  and the first and last open year. Most shops first (default), fewest first, or by
  location / year.
examples:
  - how many shops in each location
  - number of shops opened per year
  - which town has the most shops
keywords: [per location, each location, by location, location, locations, town, towns,
           per year, each year, by year, open year, opened, how many shops,
           number of shops, count, shops, stores]
params:
  by:
    type: choice
    choices: [location, year]
    default: location
    synonyms: {town: location, locations: location, place: location, open year: year,
               opening year: year, years: year}
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {most shops: most, fewest shops: fewest, least: fewest,
               alphabetical: name, chronological: name}
owner: "@retail-analytics"
---*/
SELECT
{% if by == 'year' %}CAST(s.Open_Year AS VARCHAR){% else %}s.Location{% endif %} AS grouping,
    COUNT(*) AS shops,
    STRING_AGG(s.Shop_Name, ', ' ORDER BY s.Shop_Name) AS shop_names,
    MIN(s.Open_Year) AS first_opened, MAX(s.Open_Year) AS last_opened
FROM shop AS s
GROUP BY grouping
ORDER BY
{% if sort == 'fewest' %}shops, grouping
{% elif sort == 'name' %}grouping
{% else %}shops DESC, grouping
{% endif %}
