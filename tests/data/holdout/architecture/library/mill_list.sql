/*---
title: Mills
description: >
  One row per mill: id, name, location, type, year built, notes, and its architect with their
  nationality. Optionally one mill, one architect, one type, one location, the architects of
  one nationality, or mills built in a year or after / before a year (strict). Sorted by year
  built, oldest first (default), newest first, or by name.
examples:
  - list all the mills with their type and year
  - Grondzeiler mills
  - mills built after 1850
  - which mills did Frank Gehry design
keywords: [mill, mills, windmill, windmills, moulin, molen, type, built, built year,
           year built, constructed, oldest, newest, notes, location, village]
params:
  mill: {type: string, optional: true, label: mill name}
  architect: {type: string, optional: true, label: architect's name}
  type: {type: string, optional: true, label: mill type}
  location: {type: string, optional: true}
  nationality: {type: string, optional: true, label: architect's nationality}
  built_in: {type: int, optional: true, min: 1000, max: 2100, label: year built}
  built_after: {type: int, optional: true, min: 1000, max: 2100, label: built after (exclusive)}
  built_before: {type: int, optional: true, min: 1000, max: 2100, label: built before (exclusive)}
  sort:
    type: choice
    choices: [oldest, newest, name]
    default: oldest
    synonyms: {oldest first: oldest, earliest: oldest, by year: oldest, newest first: newest,
               most recent: newest, latest: newest, alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@heritage-data"
---*/
SELECT m.id, m.name, m.location, m.type, m.built_year, m.notes, a.name AS architect,
       a.nationality
FROM mill AS m
LEFT JOIN architect AS a ON a.id = m.architect_id
WHERE 1 = 1
{% if mill %}AND m.name = :mill
{% endif %}{% if architect %}AND a.name = :architect
{% endif %}{% if type %}AND m.type = :type
{% endif %}{% if location %}AND m.location = :location
{% endif %}{% if nationality %}AND a.nationality = :nationality
{% endif %}{% if built_in %}AND m.built_year = :built_in
{% endif %}{% if built_after %}AND m.built_year > :built_after
{% endif %}{% if built_before %}AND m.built_year < :built_before
{% endif %}ORDER BY
{% if sort == 'newest' %}m.built_year DESC, m.name
{% elif sort == 'name' %}m.name
{% else %}m.built_year, m.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
