/*---
title: Mills by type, architect or location
description: >
  Mills grouped by type (default), by architect or by location: how many mills, the earliest
  and latest year built, and the mill names. Sorted by most mills (default), oldest or name.
examples:
  - how many mills of each type
  - mills per architect
  - earliest mill of each type
keywords: [mill, mills, type, types, kind, per type, by type, per architect, count,
           how many, earliest, latest, each]
params:
  by:
    type: choice
    choices: [type, architect, location]
    default: type
    synonyms: {mill type: type, kind: type, designer: architect, per architect: architect,
               village: location, place: location}
  sort:
    type: choice
    choices: [mills, oldest, name]
    default: mills
    synonyms: {most mills: mills, count: mills, earliest: oldest, alphabetical: name}
owner: "@heritage-data"
---*/
SELECT
{% if by == 'architect' %}a.name
{% elif by == 'location' %}m.location
{% else %}m.type
{% endif %}AS grp,
       COUNT(*) AS mills, MIN(m.built_year) AS earliest_built, MAX(m.built_year) AS latest_built,
       string_agg(m.name, ', ' ORDER BY m.name) AS mill_names
FROM mill AS m
LEFT JOIN architect AS a ON a.id = m.architect_id
GROUP BY 1
ORDER BY
{% if sort == 'oldest' %}earliest_built
{% elif sort == 'name' %}grp
{% else %}mills DESC, grp
{% endif %}
