/*---
title: Office buildings
description: >
  One row per building: id, name, city, height (metres), stories, status (under
  construction, proposed, on-hold), and how many companies have offices in it. Optionally
  one building by name, one city, one status, height or stories at least so much, or
  buildings with at least / at most so many company offices. By name (default), tallest
  first, most or fewest stories first, or most company offices first; `n` for a top list.
examples:
  - list all buildings
  - tallest towers in Monterrey
  - which buildings are on hold
  - buildings with at least 3 tenant companies
  - how many floors does Torre Reforma have
keywords: [building, buildings, tower, towers, skyscraper, skyscrapers, height, tall,
           tallest, stories, storeys, floors, status, under construction, proposed, on hold,
           on-hold, offices, tenants, company offices, empty, vacant]
params:
  building: {type: string, optional: true, label: building name}
  city: {type: string, optional: true, label: city}
  status:
    type: choice
    choices: [under construction, proposed, on-hold]
    optional: true
    synonyms: {being built: under construction, in construction: under construction,
               construction: under construction, planned: proposed, on hold: on-hold,
               paused: on-hold, stalled: on-hold, halted: on-hold}
  min_height: {type: int, optional: true, min: 0, label: height at least (m)}
  min_stories: {type: int, optional: true, min: 0, label: stories at least}
  min_offices: {type: int, optional: true, min: 0, label: at least (company offices)}
  max_offices: {type: int, optional: true, min: 0, label: at most (company offices)}
  sort:
    type: choice
    choices: [name, tallest, most_stories, fewest_stories, most_offices]
    default: name
    synonyms: {alphabetical: name, by name: name, tallest: tallest, highest: tallest,
               height: tallest, most stories: most_stories, most floors: most_stories,
               fewest stories: fewest_stories, fewest floors: fewest_stories,
               ascending stories: fewest_stories, most offices: most_offices,
               most tenants: most_offices, most companies: most_offices}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@corp-analytics"
---*/
SELECT b.id AS building_id, b.name AS building, b.City AS city, b.Height AS height_m,
       b.Stories AS stories, b.Status AS status,
       COUNT(o.company_id) AS company_offices
FROM buildings AS b
LEFT JOIN Office_locations AS o ON o.building_id = b.id
WHERE 1 = 1
{% if building %}AND b.name = :building
{% endif %}{% if city %}AND b.City = :city
{% endif %}{% if status %}AND b.Status = :status
{% endif %}{% if min_height is not none and min_height is not false %}AND b.Height >= :min_height
{% endif %}{% if min_stories is not none and min_stories is not false %}AND b.Stories >= :min_stories
{% endif %}GROUP BY b.id, b.name, b.City, b.Height, b.Stories, b.Status
HAVING 1 = 1
{% if min_offices is not none and min_offices is not false %}AND COUNT(o.company_id) >= :min_offices
{% endif %}{% if max_offices is not none and max_offices is not false %}AND COUNT(o.company_id) <= :max_offices
{% endif %}ORDER BY
{% if sort == 'tallest' %}b.Height DESC, b.Stories DESC
{% elif sort == 'most_stories' %}b.Stories DESC, b.name
{% elif sort == 'fewest_stories' %}b.Stories, b.name
{% elif sort == 'most_offices' %}company_offices DESC, b.name
{% else %}b.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
