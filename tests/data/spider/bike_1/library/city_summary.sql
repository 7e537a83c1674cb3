/*---
title: Stations per city
description: >
  Per city: number of stations and docks, the highest and the average latitude and longitude
  of its stations, and when its first station was installed; northernmost city first.
  Optionally only cities with at least N stations.
examples:
  - how many stations does each city have
  - docks per city
  - which cities have 5 or more stations
  - cities by how far north they are
keywords: [city, cities, per city, by city, stations per city, network, footprint, docks,
           latitude, longitude, north, average location]
params:
  min_stations: {type: int, optional: true, min: 1, max: 1000, label: at least N stations}
owner: "@bikeshare-ops"
---*/
SELECT
    s.city,
    COUNT(*) AS stations,
    SUM(s.dock_count) AS docks,
    MAX(s.lat) AS highest_latitude,
    ROUND(AVG(s.lat), 6) AS average_latitude,
    ROUND(AVG(s.long), 6) AS average_longitude,
    MIN(s.installation_date) AS first_installed
FROM station AS s
GROUP BY s.city
{% if min_stations %}HAVING COUNT(*) >= :min_stations
{% endif %}ORDER BY highest_latitude DESC
