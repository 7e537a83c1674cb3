/*---
title: Gamers
description: >
  One row per student who has logged time on at least one video game: student id, first and
  last name, how many titles they play, total hours logged and the titles. Optionally one
  student by id or name, or only students with at least a given number of titles or hours.
  Most hours first (default), most titles, or by student id.
examples:
  - our gamers and their total hours
  - how many students use the game lounge
  - students playing two or more titles
  - total play time for student 1010
  - heaviest gamers
keywords: [gamer, gamers, players, student, students, play, plays, played, video games,
           games, hours, total hours, play time, logged, per student, each student, how many,
           number, titles, heaviest, ids, id]
params:
  stuid: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_games: {type: int, optional: true, min: 1, label: titles played at least}
  min_hours: {type: int, optional: true, min: 0, label: total hours at least}
  sort:
    type: choice
    choices: [most_hours, most_games, id]
    default: most_hours
    synonyms: {most hours: most_hours, heaviest: most_hours, most titles: most_games,
               most games: most_games, student id: id, by id: id}
owner: "@campus-rec-analytics"
---*/
SELECT
    p.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    COUNT(DISTINCT p.GameID) AS titles,
    SUM(p.Hours_Played) AS hours_played,
    STRING_AGG(g.GName, ', ' ORDER BY g.GName) AS title_list
FROM Plays_Games AS p
JOIN Video_Games AS g ON g.GameID = p.GameID
LEFT JOIN Student AS s ON s.StuID = p.StuID
WHERE 1 = 1
{% if stuid %}AND p.StuID = :stuid
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}GROUP BY p.StuID, s.Fname, s.LName
HAVING 1 = 1
{% if min_games is not none and min_games is not false %}AND COUNT(DISTINCT p.GameID) >= :min_games
{% endif %}{% if min_hours is not none and min_hours is not false %}AND SUM(p.Hours_Played) >= :min_hours
{% endif %}ORDER BY
{% if sort == 'most_games' %}titles DESC, hours_played DESC, p.StuID
{% elif sort == 'id' %}p.StuID
{% else %}hours_played DESC, p.StuID
{% endif %}
