/*---
title: Who plays what
description: >
  One row per student and game they have logged time on: student id, first and last name,
  title, genre and hours logged. Optionally one title, one genre, one student by id or by
  first or last name, or only rows with at least a given number of hours. Most hours first
  (default), by student, or by title.
examples:
  - who has been playing RNG Stone
  - which games does student 1008 play
  - what does Derek Lee play
  - everyone logging time on shooters
  - players with 100+ hours on a single title
keywords: [who, plays, play, played, playing, player, players, gamer, gamers, student,
           students, game, games, title, titles, video game, hours, logged, time, first name,
           last name, named, genre, ids]
params:
  game: {type: string, optional: true, label: game title}
  game_type:
    type: choice
    optional: true
    choices: [Collectible card game, Walking Simulator, Role-playing game, Grand strategy,
              Frist-person shooter, Massively multiplayer online game]
    synonyms: {card game: Collectible card game, card games: Collectible card game,
               ccg: Collectible card game, walking sim: Walking Simulator,
               rpg: Role-playing game, rpgs: Role-playing game, strategy: Grand strategy,
               shooter: Frist-person shooter, shooters: Frist-person shooter,
               fps: Frist-person shooter, first-person shooter: Frist-person shooter,
               mmo: Massively multiplayer online game, mmorpg: Massively multiplayer online game}
  stuid: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_hours: {type: int, optional: true, min: 0, label: hours on the title at least}
  sort:
    type: choice
    choices: [most_hours, student, game]
    default: most_hours
    synonyms: {most hours: most_hours, by student: student, by name: student,
               by game: game, by title: game}
owner: "@campus-rec-analytics"
---*/
SELECT
    p.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    g.GName AS game,
    g.GType AS game_type,
    p.Hours_Played AS hours_played
FROM Plays_Games AS p
JOIN Video_Games AS g ON g.GameID = p.GameID
JOIN Student AS s ON s.StuID = p.StuID
WHERE 1 = 1
{% if game %}AND g.GName = :game
{% endif %}{% if game_type %}AND g.GType = :game_type
{% endif %}{% if stuid %}AND p.StuID = :stuid
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}{% if min_hours is not none and min_hours is not false %}AND p.Hours_Played >= :min_hours
{% endif %}ORDER BY
{% if sort == 'student' %}s.LName, s.Fname, p.StuID, g.GName
{% elif sort == 'game' %}g.GName, p.Hours_Played DESC
{% else %}p.Hours_Played DESC, p.StuID, g.GName
{% endif %}
