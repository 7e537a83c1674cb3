/*---
title: Visitors
description: >
  One row per registered visitor (tourist): id, the name on file, number of visits, the
  attractions visited and the last visit. Optionally one visitor by name, or only visitors
  with at least a number of visits. By name (default), by id, or most visits first.
examples:
  - list all registered visitors
  - repeat visitors with 2+ visits
  - what do we have on file for Edna
  - visitors sorted by number of visits
keywords: [visitor, visitors, tourist, tourists, guest, guests, people, registered, details,
           names, who, repeat, returning, frequent, visits, number of visits]
params:
  visitor: {type: string, optional: true, label: visitor name}
  min_visits: {type: int, optional: true, min: 1, label: at least this many visits}
  sort:
    type: choice
    choices: [name, id, most_visits]
    default: name
    synonyms: {alphabetical: name, by id: id, most: most_visits, frequent: most_visits}
owner: "@park-insights"
---*/
SELECT
    p.Tourist_ID AS visitor_id,
    p.Tourist_Details AS visitor,
    COUNT(v.Visit_ID) AS visits,
    STRING_AGG(DISTINCT a.Name, ', ' ORDER BY a.Name) AS attractions_visited,
    MAX(v.Visit_Date) AS last_visit
FROM Visitors AS p
LEFT JOIN Visits AS v ON v.Tourist_ID = p.Tourist_ID
LEFT JOIN Tourist_Attractions AS a ON a.Tourist_Attraction_ID = v.Tourist_Attraction_ID
WHERE 1 = 1
{% if visitor %}AND p.Tourist_Details = :visitor
{% endif %}GROUP BY p.Tourist_ID, p.Tourist_Details
{% if min_visits is not none and min_visits is not false %}HAVING COUNT(v.Visit_ID) >= :min_visits
{% endif %}ORDER BY
{% if sort == 'id' %}p.Tourist_ID
{% elif sort == 'most_visits' %}visits DESC, p.Tourist_Details
{% else %}p.Tourist_Details, p.Tourist_ID
{% endif %}
