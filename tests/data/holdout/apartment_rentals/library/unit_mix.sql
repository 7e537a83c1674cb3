/*---
title: Unit mix by apartment type
description: >
  Per apartment type (Studio, Flat, Duplex): the number of apartments, total and average rooms,
  fewest and most rooms, total bedrooms and bathrooms. Most apartments first by default, or
  fewest apartments, highest average rooms, most rooms in total, or by type. Optionally only
  apartments with at least so many bathrooms or bedrooms.
examples:
  - how is our stock split between studios, flats and duplexes
  - average size per unit type
  - unit types ranked by total room count
  - type breakdown of the units with 2+ bedrooms
keywords: [type, types, apartment type, unit type, type code, kind, mix, breakdown, split,
           per type, each type, by type, common, average rooms, rooms, total rooms, bedrooms,
           bathrooms, minimum, maximum, largest, smallest]
params:
  min_bathrooms: {type: int, optional: true, min: 0, label: only apartments with at least this many bathrooms}
  min_bedrooms: {type: int, optional: true, min: 0, label: only apartments with at least this many bedrooms}
  sort:
    type: choice
    choices: [most_apartments, fewest_apartments, avg_rooms, total_rooms, type]
    default: most_apartments
    synonyms: {most common: most_apartments, least common: fewest_apartments,
               ascending: fewest_apartments, average rooms: avg_rooms,
               average room count: avg_rooms, total rooms: total_rooms, alphabetical: type}
owner: "@property-analytics"
---*/
SELECT
    apt_type_code,
    COUNT(*) AS apartments,
    SUM(room_count) AS total_rooms,
    ROUND(AVG(room_count), 2) AS avg_rooms,
    MIN(room_count) AS min_rooms,
    MAX(room_count) AS max_rooms,
    SUM(bedroom_count) AS total_bedrooms,
    SUM(bathroom_count) AS total_bathrooms
FROM Apartments
WHERE 1 = 1
{% if min_bathrooms is not none and min_bathrooms is not false %}AND bathroom_count >= :min_bathrooms
{% endif %}{% if min_bedrooms is not none and min_bedrooms is not false %}AND bedroom_count >= :min_bedrooms
{% endif %}GROUP BY apt_type_code
ORDER BY
{% if sort == 'fewest_apartments' %}apartments, apt_type_code
{% elif sort == 'avg_rooms' %}avg_rooms DESC, apt_type_code
{% elif sort == 'total_rooms' %}total_rooms DESC, apt_type_code
{% elif sort == 'type' %}apt_type_code
{% else %}apartments DESC, apt_type_code
{% endif %}
