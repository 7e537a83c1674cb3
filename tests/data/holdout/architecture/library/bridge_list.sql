/*---
title: Bridges
description: >
  One row per bridge: id, name, location, country (the last part of the location), length in
  metres and feet, and its architect with their nationality and gender. Optionally one
  bridge, one architect, one country, the architects of one nationality or gender, or lengths
  longer / shorter than a number of metres or feet (strict). Sorted by length, longest first
  (default), shortest first, or by name.
examples:
  - list the bridges by length
  - bridges in China
  - bridges longer than 80 metres
  - who designed Kolob Arch
  - the 3 longest bridges and their architects
keywords: [bridge, bridges, arch, arches, natural bridge, span, length, long, longest,
           shortest, metres, meters, feet, ft, location, located, where, country]
params:
  bridge: {type: string, optional: true, label: bridge name}
  architect: {type: string, optional: true, label: architect's name}
  country: {type: string, optional: true, values: "SELECT DISTINCT trim(split_part(location, ',', -1)) FROM bridge"}
  nationality: {type: string, optional: true, label: architect's nationality}
  gender: {type: choice, choices: [male, female], optional: true,
           synonyms: {men: male, women: female, woman: female}}
  min_meters: {type: number, optional: true, label: longer than (metres)}
  max_meters: {type: number, optional: true, label: shorter than (metres)}
  min_feet: {type: number, optional: true, label: longer than (feet)}
  max_feet: {type: number, optional: true, label: shorter than (feet)}
  sort:
    type: choice
    choices: [longest, shortest, name]
    default: longest
    synonyms: {longest first: longest, by length: longest, shortest first: shortest,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@heritage-data"
---*/
SELECT b.id, b.name, b.location, trim(split_part(b.location, ',', -1)) AS country,
       b.length_meters, b.length_feet, a.name AS architect, a.nationality, a.gender
FROM bridge AS b
LEFT JOIN architect AS a ON a.id = b.architect_id
WHERE 1 = 1
{% if bridge %}AND b.name = :bridge
{% endif %}{% if architect %}AND a.name = :architect
{% endif %}{% if country %}AND trim(split_part(b.location, ',', -1)) = :country
{% endif %}{% if nationality %}AND a.nationality = :nationality
{% endif %}{% if gender %}AND a.gender = :gender
{% endif %}{% if min_meters is not none and min_meters is not false %}AND b.length_meters > :min_meters
{% endif %}{% if max_meters is not none and max_meters is not false %}AND b.length_meters < :max_meters
{% endif %}{% if min_feet is not none and min_feet is not false %}AND b.length_feet > :min_feet
{% endif %}{% if max_feet is not none and max_feet is not false %}AND b.length_feet < :max_feet
{% endif %}ORDER BY
{% if sort == 'shortest' %}b.length_meters, b.name
{% elif sort == 'name' %}b.name
{% else %}b.length_meters DESC, b.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
