/*---
title: Visits per attraction
description: >
  One row per tourist attraction, those never visited included: id, name, type, number of
  visits, distinct visitors, first and last visit. Optionally one attraction by name, or
  only attractions with at least or at most a number of visits. Most visited first
  (default), least visited first, or by name; optionally only the first n.
examples:
  - visit counts per attraction
  - most visited attractions
  - attractions with 3 or more visits
  - attractions nobody has visited
  - how many visits did the jungle cruise get
keywords: [visits, visit, visited, visitors, traffic, footfall, popular, popularity,
           attraction, attractions, per attraction, each attraction, count, number, times,
           at least, at most, most visited, least visited, ids]
params:
  attraction: {type: string, optional: true, label: attraction name}
  min_visits: {type: int, optional: true, min: 0, label: at least this many visits}
  max_visits: {type: int, optional: true, min: 0, label: at most this many visits}
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {most visited: most, popular: most, least visited: fewest, least: fewest,
               alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@park-insights"
---*/
SELECT
    a.Tourist_Attraction_ID AS attraction_id,
    a.Name AS attraction,
    t.Attraction_Type_Description AS attraction_type,
    COUNT(v.Visit_ID) AS visits,
    COUNT(DISTINCT v.Tourist_ID) AS visitors,
    MIN(v.Visit_Date) AS first_visit,
    MAX(v.Visit_Date) AS last_visit
FROM Tourist_Attractions AS a
LEFT JOIN Ref_Attraction_Types AS t ON t.Attraction_Type_Code = a.Attraction_Type_Code
LEFT JOIN Visits AS v ON v.Tourist_Attraction_ID = a.Tourist_Attraction_ID
WHERE 1 = 1
{% if attraction %}AND a.Name = :attraction
{% endif %}GROUP BY a.Tourist_Attraction_ID, a.Name, t.Attraction_Type_Description
HAVING 1 = 1
{% if min_visits is not none and min_visits is not false %}AND COUNT(v.Visit_ID) >= :min_visits
{% endif %}{% if max_visits is not none and max_visits is not false %}AND COUNT(v.Visit_ID) <= :max_visits
{% endif %}ORDER BY
{% if sort == 'fewest' %}visits ASC, a.Name
{% elif sort == 'name' %}a.Name
{% else %}visits DESC, a.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
