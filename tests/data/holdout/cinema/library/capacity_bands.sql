/*---
title: Cinemas by size band
description: >
  Cinemas grouped into size bands by seating capacity (under 250, 250-499, 500 and over): the
  number of cinemas and their names in each band. Optionally one county.
examples:
  - small medium large cinema split
  - size bands of our venues
  - how many small cinemas under 250 seats
keywords: [band, bands, size band, bucket, small, medium, large, size, split, mix]
params:
  location:
    type: choice
    optional: true
    label: county
    choices: [County Clare, County Cork, County Dublin, County Laois, County Louth,
              County Tipperary, County Wicklow]
    synonyms: {clare: County Clare, cork: County Cork, dublin: County Dublin,
               laois: County Laois, louth: County Louth, tipperary: County Tipperary,
               tipp: County Tipperary, wicklow: County Wicklow}
owner: "@cinema-insights"
---*/
SELECT CASE WHEN Capacity < 250 THEN 'under 250'
            WHEN Capacity < 500 THEN '250-499'
            ELSE '500 and over' END AS size_band,
       COUNT(*) AS cinemas, string_agg(Name, ', ' ORDER BY Name) AS names
FROM cinema
WHERE 1 = 1
{% if location %}AND Location = :location
{% endif %}GROUP BY 1
ORDER BY MIN(Capacity)
