/*---
title: Genre preferences by sex
description: >
  For the lounge purchasing committee: per genre and sex, the students who logged time and
  the hours they logged, to see which genres each group favours. Genre, then sex.
examples:
  - genre preferences split by sex for the purchasing committee
  - do women and men favour different genres
keywords: [purchasing, committee, preferences, favour, favor, split, genre, sex, gender,
           women, men, hours]
params: {}
owner: "@campus-rec-analytics"
---*/
SELECT
    g.GType AS game_type,
    s.Sex AS sex,
    COUNT(DISTINCT p.StuID) AS players,
    SUM(p.Hours_Played) AS hours_played
FROM Plays_Games AS p
JOIN Video_Games AS g ON g.GameID = p.GameID
JOIN Student AS s ON s.StuID = p.StuID
GROUP BY g.GType, s.Sex
ORDER BY g.GType, s.Sex
