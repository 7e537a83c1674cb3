/*---
title: Games per genre
description: >
  One row per video game genre: how many titles of that genre we have, their titles, how many
  students have logged time on them and the hours logged. Genres with the most titles first
  (default), fewest first, or alphabetical.
examples:
  - genre breakdown of the game catalogue
  - what kinds of games do we carry
  - titles per genre
  - which genre do we have the fewest titles in
keywords: [genre, genres, type, types, kind, kinds, category, categories, video game, game,
           games, titles, per, each, breakdown, distinct, different, number, how many, count,
           most, least, fewest, common]
params:
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {most titles: most, largest: most, fewest titles: fewest, least: fewest,
               smallest: fewest, alphabetical: name, a to z: name}
owner: "@campus-rec-analytics"
---*/
SELECT
    g.GType AS game_type,
    COUNT(DISTINCT g.GameID) AS titles,
    STRING_AGG(DISTINCT g.GName, ', ' ORDER BY g.GName) AS title_list,
    COUNT(DISTINCT p.StuID) AS players,
    COALESCE(SUM(p.Hours_Played), 0) AS hours_played
FROM Video_Games AS g
LEFT JOIN Plays_Games AS p ON p.GameID = g.GameID
GROUP BY g.GType
ORDER BY
{% if sort == 'fewest' %}titles, g.GType
{% elif sort == 'name' %}g.GType
{% else %}titles DESC, g.GType
{% endif %}
