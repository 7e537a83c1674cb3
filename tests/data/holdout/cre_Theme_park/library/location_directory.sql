/*---
title: Park locations
description: >
  The locations (park areas) with their address, notes and how many attractions stand
  there. Optionally one location by its name, locations whose name contains a word, or the
  location at an address.
examples:
  - list all park locations
  - what's the address of Shark World
  - locations with "adventure" in the name
  - which location is at 959 Feest Glen Suite 523
keywords: [location, locations, area, areas, zone, place, places, address, addresses,
           where, name, names, contains, containing, word, details, notes]
params:
  location: {type: string, optional: true, label: location name}
  name_contains: {type: string, optional: true, label: word in the location name}
  address: {type: string, optional: true, label: street address}
owner: "@park-insights"
---*/
SELECT
    l.Location_ID AS location_id,
    l.Location_Name AS location,
    l.Address AS address,
    l.Other_Details AS details,
    COUNT(a.Tourist_Attraction_ID) AS attractions
FROM Locations AS l
LEFT JOIN Tourist_Attractions AS a ON a.Location_ID = l.Location_ID
WHERE 1 = 1
{% if location %}AND l.Location_Name = :location
{% endif %}{% if name_contains %}AND lower(l.Location_Name) LIKE '%' || lower(:name_contains) || '%'
{% endif %}{% if address %}AND l.Address = :address
{% endif %}GROUP BY l.Location_ID, l.Location_Name, l.Address, l.Other_Details
ORDER BY l.Location_Name
