/*---
title: Weather by zip code
description: >
  Per zip code: days on record, average mean temperature, humidity, visibility and sea level
  pressure, and the highest dew point and wind speed. Optionally for one month of the year,
  or counting only days whose max wind reached a speed.
examples:
  - climate per zip code
  - average temperature by zip code in July
  - which zip code is the most humid
  - days with wind of 30 mph or more per zip code
keywords: [zip, zip code, zip codes, area, areas, climate, weather, average, temperature,
           humidity, visibility, pressure, sea level, dew point, wind, per zip]
params:
  month:
    type: choice
    choices: [January, February, March, April, May, June, July, August, September,
              October, November, December]
    optional: true
    synonyms: {jan: January, feb: February, mar: March, apr: April, jun: June, jul: July,
               aug: August, sep: September, sept: September, oct: October, nov: November,
               dec: December}
  max_wind_at_least: {type: int, optional: true, min: 0, max: 200,
                      label: only days whose max wind reached N mph}
owner: "@bikeshare-ops"
---*/
SELECT
    w.zip_code,
    COUNT(*) AS days,
    ROUND(AVG(w.mean_temperature_f), 1) AS average_mean_temperature_f,
    ROUND(AVG(w.mean_humidity), 1) AS average_mean_humidity,
    ROUND(AVG(w.mean_visibility_miles), 2) AS average_mean_visibility_miles,
    ROUND(AVG(w.mean_sea_level_pressure_inches), 3) AS average_sea_level_pressure_inches,
    MAX(w.max_dew_point_f) AS highest_dew_point_f,
    MAX(w.max_wind_Speed_mph) AS highest_wind_speed_mph
FROM weather AS w
WHERE TRUE
{% if month %}  AND monthname(w."date") = :month
{% endif %}{% if max_wind_at_least %}  AND w.max_wind_Speed_mph >= :max_wind_at_least
{% endif %}GROUP BY w.zip_code
ORDER BY w.zip_code
