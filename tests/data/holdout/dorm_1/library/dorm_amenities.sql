/*---
title: Amenities of a dorm
description: One dorm's amenities, in alphabetical order.
examples:
  - what does Fawlty Towers offer
  - facilities at Bud Jones Hall
  - does University Hovels have heating
  - features of the Grad Student Asylum
keywords: [amenities, amenity, facilities, features, offer, has, have, dorm, hall]
params:
  dorm: {type: string, label: dorm name}
owner: "@housing-office"
---*/
SELECT
    a.amenity_name
FROM Dorm AS d
JOIN Has_amenity AS h ON h.dormid = d.dormid
JOIN Dorm_amenity AS a ON a.amenid = h.amenid
WHERE d.dorm_name = :dorm
ORDER BY a.amenity_name
