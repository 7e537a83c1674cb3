/*---
title: Shared offices
description: >
  One row per office (building and room): how many faculty members have it as their office
  and who they are (last names, comma-separated). Optionally one building. Most occupants
  first (default), or by building and room.
examples:
  - which offices are shared
  - how crowded is each office
  - office occupancy in Barton
keywords: [office, offices, room, rooms, shared, sharing, occupancy, occupants, crowded,
           space, desk, desks, building, buildings, faculty, who, how many]
params:
  building: {type: string, optional: true, label: building}
  sort:
    type: choice
    choices: [most_occupants, room]
    default: most_occupants
    synonyms: {most: most_occupants, most crowded: most_occupants, by room: room,
               by building: room}
owner: "@activities-data"
---*/
SELECT
    f.Building AS building,
    f.Room AS room,
    COUNT(*) AS occupants,
    string_agg(f.Lname, ', ' ORDER BY f.Lname) AS faculty
FROM Faculty AS f
WHERE 1 = 1
{% if building %}AND f.Building = :building
{% endif %}GROUP BY f.Building, f.Room
ORDER BY
{% if sort == 'room' %}1, 2
{% else %}occupants DESC, 1, 2
{% endif %}
