/*---
title: Lounge usage by home city
description: >
  For outreach planning: per home city code, students from there who have logged game time
  and the hours they logged, with the hours per gamer. Only cities with at least one gamer;
  most hours first.
examples:
  - lounge usage by hometown
  - game hours per home city for the outreach plan
keywords: [outreach, hometown, home city, city, cities, lounge, usage, gamers, hours,
           per gamer, plan]
params: {}
owner: "@campus-rec-analytics"
---*/
SELECT
    s.city_code AS city,
    COUNT(DISTINCT p.StuID) AS gamers,
    SUM(p.Hours_Played) AS hours_played,
    ROUND(SUM(p.Hours_Played) / COUNT(DISTINCT p.StuID), 1) AS hours_per_gamer
FROM Plays_Games AS p
JOIN Student AS s ON s.StuID = p.StuID
GROUP BY s.city_code
ORDER BY hours_played DESC, s.city_code
