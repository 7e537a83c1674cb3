/*---
title: Amenities per dorm
description: >
  For each dorm that has at least one amenity: its capacity, gender and the number of
  amenities it offers, best equipped first. Optionally only dorms above a capacity.
examples:
  - which hall is best equipped
  - amenity count by residence hall
  - how many facilities do the halls offer, large halls only (over 200 beds)
  - number of features per hall
keywords: [amenities, amenity, facilities, features, equipped, dorm, dorms, hall, halls,
           count, number, per dorm, each dorm, most, fewest, least]
params:
  capacity_above: {type: int, optional: true, min: 0, label: capacity more than}
owner: "@housing-office"
---*/
SELECT
    d.dormid AS dorm_id,
    d.dorm_name,
    d.student_capacity,
    d.gender,
    COUNT(*) AS amenities
FROM Dorm AS d
JOIN Has_amenity AS h ON h.dormid = d.dormid
{% if capacity_above %}WHERE d.student_capacity > :capacity_above
{% endif %}GROUP BY d.dormid, d.dorm_name, d.student_capacity, d.gender
ORDER BY amenities DESC, d.dorm_name
