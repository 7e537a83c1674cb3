/*---
title: Architects
description: >
  One row per architect: id, name, nationality, gender, how many bridges and mills they
  designed, their longest bridge (metres) and their earliest mill. Optionally one architect,
  one gender, one nationality as stored, or only architects with at least N bridges or at
  least N mills. Sorted by name (default), most bridges, most mills or longest bridge.
examples:
  - list all architects with their nationality
  - female architects
  - architects who designed at least two bridges
  - who designed the most mills
keywords: [architect, architects, designer, designers, nationality, gender, male, female,
           men, women, designed, built, portfolio]
params:
  architect: {type: string, optional: true, label: architect's name}
  gender: {type: choice, choices: [male, female], optional: true,
           synonyms: {men: male, man: male, women: female, woman: female}}
  nationality: {type: string, optional: true}
  min_bridges: {type: int, optional: true, min: 0, max: 1000, label: at least this many bridges}
  min_mills: {type: int, optional: true, min: 0, max: 1000, label: at least this many mills}
  sort:
    type: choice
    choices: [name, bridges, mills, longest_bridge]
    default: name
    synonyms: {alphabetical: name, most bridges: bridges, most mills: mills,
               longest bridge: longest_bridge, longest: longest_bridge}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@heritage-data"
---*/
WITH b AS (SELECT architect_id, COUNT(*) AS bridges, MAX(length_meters) AS longest_bridge_m
           FROM bridge GROUP BY architect_id),
     m AS (SELECT architect_id, COUNT(*) AS mills, MIN(built_year) AS earliest_mill
           FROM mill GROUP BY architect_id)
SELECT a.id, a.name, a.nationality, a.gender, COALESCE(b.bridges, 0) AS bridges,
       COALESCE(m.mills, 0) AS mills, b.longest_bridge_m, m.earliest_mill
FROM architect AS a
LEFT JOIN b ON b.architect_id = a.id
LEFT JOIN m ON m.architect_id = a.id
WHERE 1 = 1
{% if architect %}AND a.name = :architect
{% endif %}{% if gender %}AND a.gender = :gender
{% endif %}{% if nationality %}AND a.nationality = :nationality
{% endif %}{% if min_bridges is not none and min_bridges is not false %}AND COALESCE(b.bridges, 0) >= :min_bridges
{% endif %}{% if min_mills is not none and min_mills is not false %}AND COALESCE(m.mills, 0) >= :min_mills
{% endif %}ORDER BY
{% if sort == 'bridges' %}bridges DESC, a.name
{% elif sort == 'mills' %}mills DESC, a.name
{% elif sort == 'longest_bridge' %}b.longest_bridge_m DESC NULLS LAST, a.name
{% else %}a.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
