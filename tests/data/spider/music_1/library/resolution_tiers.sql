/*---
title: Songs by resolution tier
description: Number of songs and average rating in each resolution tier (SD under 720, HD 720-1079, full HD 1080 and up).
examples:
  - how many songs are full HD
  - SD vs HD breakdown
  - quality tiers of the catalogue
keywords: [resolution, tier, tiers, quality, hd, full hd, sd, 1080, 720, breakdown]
params: {}
owner: "@music-analytics"
---*/
SELECT
    CASE
        WHEN s.resolution < 720 THEN 'SD'
        WHEN s.resolution < 1080 THEN 'HD'
        ELSE 'Full HD'
    END AS tier,
    COUNT(*) AS songs,
    ROUND(AVG(s.rating), 2) AS average_rating
FROM song AS s
GROUP BY 1
ORDER BY MIN(s.resolution)
