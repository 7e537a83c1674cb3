/*---
title: Buildings
description: >
  One row per office building in the pipeline: id, name, city, height in metres, number of
  stories, construction status, how many company offices it holds and which companies.
  Optionally one building by name, buildings in one city or of one status, at least so tall,
  with at least so many stories, or holding at least so many company offices. By name
  (default), tallest or shortest first, most or fewest stories first, or most offices first.
examples:
  - list all buildings
  - buildings in Monterrey
  - tallest buildings under construction
  - which buildings have at least 2 tenants
  - how many stories does Torre Reforma have
keywords: [building, buildings, tower, towers, skyscraper, property, properties, height, tall,
           tallest, shortest, stories, storeys, floors, status, on-hold, under construction,
           proposed, tenants, offices, occupants, city]
params:
  building: {type: string, optional: true, label: building name}
  city: {type: string, optional: true, label: city}
  status:
    type: choice
    optional: true
    choices: [under construction, proposed, on-hold]
    synonyms: {on hold: on-hold, paused: on-hold, being built: under construction,
               in construction: under construction, planned: proposed}
  min_height: {type: int, optional: true, min: 0, label: height at least (m)}
  min_stories: {type: int, optional: true, min: 0, label: stories at least}
  min_offices: {type: int, optional: true, min: 1, label: at least (company offices)}
  sort:
    type: choice
    choices: [name, tallest, shortest, most_stories, fewest_stories, most_offices]
    default: name
    synonyms: {alphabetical: name, by name: name, tallest: tallest, highest: tallest,
               by height: tallest, shortest: shortest, lowest: shortest,
               most stories: most_stories, most floors: most_stories,
               fewest stories: fewest_stories, fewest floors: fewest_stories,
               most offices: most_offices, most tenants: most_offices,
               most companies: most_offices}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@corp-realestate-analytics"
---*/
SELECT b.id AS building_id, b.name AS building, b.City AS city, b.Height AS height_m,
       b.Stories AS stories, b.Status AS status,
       COUNT(o.company_id) AS company_offices,
       string_agg(c.name, '; ' ORDER BY c.name) AS companies
FROM buildings AS b
LEFT JOIN Office_locations AS o ON o.building_id = b.id
LEFT JOIN Companies AS c ON c.id = o.company_id
WHERE 1 = 1
{% if building %}AND b.name = :building
{% endif %}{% if city %}AND b.City = :city
{% endif %}{% if status %}AND b.Status = :status
{% endif %}{% if min_height is not none and min_height is not false %}AND b.Height >= :min_height
{% endif %}{% if min_stories is not none and min_stories is not false %}AND b.Stories >= :min_stories
{% endif %}GROUP BY b.id, b.name, b.City, b.Height, b.Stories, b.Status
{% if min_offices %}HAVING COUNT(o.company_id) >= :min_offices
{% endif %}ORDER BY
{% if sort == 'tallest' %}b.Height DESC, b.name
{% elif sort == 'shortest' %}b.Height, b.name
{% elif sort == 'most_stories' %}b.Stories DESC, b.name
{% elif sort == 'fewest_stories' %}b.Stories, b.name
{% elif sort == 'most_offices' %}company_offices DESC, b.name
{% else %}b.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
