/*---
title: Bike availability per station
description: >
  From the dock status readings, per station: average, lowest and highest number of bikes
  available and average free docks, with the station's city. Optionally for one city or
  one station.
examples:
  - average bikes available at each station
  - which stations run empty
  - availability in Mountain View
  - bikes available at Castro Street and El Camino Real
keywords: [availability, available, bikes available, free docks, docks available, status,
           empty, full, rebalancing, stock, station, stations]
params:
  city: {type: string, optional: true}
  station: {type: string, optional: true}
owner: "@bikeshare-ops"
---*/
SELECT
    s.id AS station_id,
    s.name AS station,
    s.city,
    COUNT(*) AS readings,
    ROUND(AVG(st.bikes_available), 2) AS average_bikes_available,
    MIN(st.bikes_available) AS lowest_bikes_available,
    MAX(st.bikes_available) AS highest_bikes_available,
    ROUND(AVG(st.docks_available), 2) AS average_docks_available
FROM status AS st
JOIN station AS s ON s.id = st.station_id
WHERE TRUE
{% if city %}  AND s.city = :city
{% endif %}{% if station %}  AND s.name = :station
{% endif %}GROUP BY s.id, s.name, s.city
ORDER BY average_bikes_available DESC
