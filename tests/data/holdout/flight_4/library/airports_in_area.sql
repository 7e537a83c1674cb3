/*---
title: Airports in a map area
description: >
  One row per airport whose coordinates fall inside a latitude/longitude box (degrees,
  inclusive): id, name, city, country, IATA code, latitude, longitude and elevation. The
  default box is the Alps. By latitude, north to south.
examples:
  - airports between latitude 45 and 48 and longitude 5 to 16
  - airports inside a map bounding box
  - what airfields fall in this lat/long box
keywords: [latitude, longitude, lat, lon, long, coordinates, box, bounding box, map, area,
           region, within, inside, degrees]
params:
  min_latitude: {type: number, default: 45, min: -90, max: 90}
  max_latitude: {type: number, default: 48, min: -90, max: 90}
  min_longitude: {type: number, default: 5, min: -180, max: 180}
  max_longitude: {type: number, default: 16, min: -180, max: 180}
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    apid AS airport_id,
    name,
    city,
    country,
    iata,
    y AS latitude,
    x AS longitude,
    elevation
FROM airports
WHERE y BETWEEN :min_latitude AND :max_latitude
  AND x BETWEEN :min_longitude AND :max_longitude
ORDER BY latitude DESC, name
