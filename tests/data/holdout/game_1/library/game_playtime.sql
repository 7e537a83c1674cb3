/*---
title: Play time per game
description: >
  Every title in the catalogue (titles nobody played included, with zero): game id, title,
  genre, how many students played it and the hours they logged in total and on average.
  Optionally one genre, or only titles with at least a given number of hours in total. Most
  hours first (default), fewest hours, most players, or alphabetical.
examples:
  - total hours logged per title
  - our most played game
  - titles with 500+ hours on the clock
  - how much has each RPG been played
  - which games have the most players
keywords: [hours, hours played, play time, playtime, played, logged, total, time, usage,
           game, games, title, titles, video game, per game, each game, most played, popular,
           players, at least, id, ids]
params:
  game_type:
    type: choice
    optional: true
    choices: [Collectible card game, Walking Simulator, Role-playing game, Grand strategy,
              Frist-person shooter, Massively multiplayer online game]
    synonyms: {card game: Collectible card game, card games: Collectible card game,
               ccg: Collectible card game, walking sim: Walking Simulator,
               rpg: Role-playing game, rpgs: Role-playing game, strategy: Grand strategy,
               shooter: Frist-person shooter, fps: Frist-person shooter,
               first-person shooter: Frist-person shooter, mmo: Massively multiplayer online game,
               mmorpg: Massively multiplayer online game}
  min_hours: {type: int, optional: true, min: 0, label: total hours at least}
  sort:
    type: choice
    choices: [most_hours, fewest_hours, most_players, name]
    default: most_hours
    synonyms: {most played: most_hours, most hours: most_hours, least played: fewest_hours,
               fewest hours: fewest_hours, most players: most_players, popular: most_players,
               alphabetical: name, a to z: name, title: name}
owner: "@campus-rec-analytics"
---*/
SELECT
    g.GameID AS game_id,
    g.GName AS game,
    g.GType AS game_type,
    COUNT(DISTINCT p.StuID) AS players,
    COALESCE(SUM(p.Hours_Played), 0) AS hours_played,
    ROUND(AVG(p.Hours_Played), 1) AS avg_hours_per_player
FROM Video_Games AS g
LEFT JOIN Plays_Games AS p ON p.GameID = g.GameID
WHERE 1 = 1
{% if game_type %}AND g.GType = :game_type
{% endif %}GROUP BY g.GameID, g.GName, g.GType
{% if min_hours is not none and min_hours is not false %}HAVING COALESCE(SUM(p.Hours_Played), 0) >= :min_hours
{% endif %}ORDER BY
{% if sort == 'fewest_hours' %}hours_played, g.GName
{% elif sort == 'most_players' %}players DESC, hours_played DESC, g.GName
{% elif sort == 'name' %}g.GName
{% else %}hours_played DESC, g.GName
{% endif %}
