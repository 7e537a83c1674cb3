/*---
title: Songs by language
description: >
  Per song language: number of songs, average rating, average and highest resolution, and
  the longest duration. Optionally only songs above a resolution.
examples:
  - how many songs per language
  - average rating of english songs vs bangla
  - languages ranked by number of HD songs over 1000
keywords: [language, languages, per language, by language, english, bangla, tongue,
           average rating, resolution, longest]
params:
  resolution_above: {type: int, optional: true, min: 0, label: resolution higher than}
owner: "@music-analytics"
---*/
SELECT
    s.languages AS language,
    COUNT(*) AS songs,
    ROUND(AVG(s.rating), 2) AS average_rating,
    ROUND(AVG(s.resolution), 1) AS average_resolution,
    MAX(s.resolution) AS highest_resolution,
    MAX(f.duration) AS longest_duration
FROM song AS s
LEFT JOIN files AS f ON f.f_id = s.f_id
{% if resolution_above %}WHERE s.resolution > :resolution_above
{% endif %}GROUP BY s.languages
ORDER BY s.languages
