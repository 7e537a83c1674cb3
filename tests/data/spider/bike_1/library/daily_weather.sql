/*---
title: Daily weather
description: >
  Daily weather readings per zip code: max, mean and min temperature (F) and the day's range,
  mean humidity, mean visibility (miles), mean sea level pressure (inches), max wind and gust
  speed (mph), cloud cover, precipitation and events (Fog, Rain...). Filters: zip code, month,
  events, max temperature above, mean humidity above, mean visibility above. Sorted by date
  unless asked by gust speed or cloud cover (highest first) or temperature range (smallest
  first); optionally only the first N days.
examples:
  - weather in 94041 last days on record
  - days hotter than 90 degrees
  - rainy days in 95113
  - the windiest days by gust
  - cloudiest days in January
  - humid days with good visibility
keywords: [weather, day, days, daily, date, dates, temperature, temp, hot, cold, degrees,
           humidity, humid, visibility, pressure, sea level, wind, windy, gust, cloud,
           cloudy, cloud cover, rain, rainy, fog, foggy, precipitation, zip, zip code]
params:
  zip_code: {type: string, optional: true, pattern: '^\d{5}$'}
  month:
    type: choice
    choices: [January, February, March, April, May, June, July, August, September,
              October, November, December]
    optional: true
    synonyms: {jan: January, feb: February, mar: March, apr: April, jun: June, jul: July,
               aug: August, sep: September, sept: September, oct: October, nov: November,
               dec: December}
  events: {type: string, optional: true, label: weather event}
  max_temp_above: {type: int, optional: true, label: max temperature higher than (F)}
  humidity_above: {type: int, optional: true, min: 0, max: 100, label: mean humidity above}
  visibility_above: {type: number, optional: true, min: 0, label: mean visibility above (miles)}
  sort:
    type: choice
    choices: [date, gust, cloud_cover, temperature_range]
    default: date
    synonyms: {gusts: gust, gust speed: gust, windiest: gust, cloudiest: cloud_cover,
               cloud: cloud_cover, clouds: cloud_cover, temp range: temperature_range,
               temperature difference: temperature_range}
  n: {type: int, optional: true, min: 1, max: 10000, label: how many days}
owner: "@bikeshare-ops"
---*/
SELECT
    w."date",
    w.zip_code,
    w.max_temperature_f,
    w.mean_temperature_f,
    w.min_temperature_f,
    w.max_temperature_f - w.min_temperature_f AS temperature_range_f,
    w.mean_humidity,
    w.mean_visibility_miles,
    w.mean_sea_level_pressure_inches,
    w.max_wind_Speed_mph AS max_wind_speed_mph,
    w.max_gust_speed_mph,
    w.cloud_cover,
    w.precipitation_inches,
    w.events
FROM weather AS w
WHERE TRUE
{% if zip_code %}  AND w.zip_code = :zip_code
{% endif %}{% if month %}  AND monthname(w."date") = :month
{% endif %}{% if events %}  AND w.events = :events
{% endif %}{% if max_temp_above %}  AND w.max_temperature_f > :max_temp_above
{% endif %}{% if humidity_above %}  AND w.mean_humidity > :humidity_above
{% endif %}{% if visibility_above %}  AND w.mean_visibility_miles > :visibility_above
{% endif %}ORDER BY
{% if sort == 'gust' %}    w.max_gust_speed_mph DESC NULLS LAST, w."date"
{% elif sort == 'cloud_cover' %}    w.cloud_cover DESC NULLS LAST, w."date"
{% elif sort == 'temperature_range' %}    temperature_range_f NULLS LAST, w."date"
{% else %}    w."date", w.zip_code
{% endif %}{% if n %}LIMIT :n
{% endif %}
