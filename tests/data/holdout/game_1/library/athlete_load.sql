/*---
title: Athlete load
description: >
  One row per student on at least one sports roster: student id, first and last name, age,
  how many sports, which ones, training hours per week over all their sports, games played
  over all their sports, and whether any of their places is on scholarship. Optionally one
  student by id or name, or only athletes with at least a given number of weekly hours or of
  sports. Most weekly hours first (default), most sports, most games, or by student id.
examples:
  - weekly training load per athlete
  - multi-sport athletes
  - athletes training 40+ hours a week across their sports
  - season totals for student 1033
  - how many different students are on a team
keywords: [athlete, athletes, student, students, sporty, per student, each student, load,
           workload, sports, number of sports, how many sports, total, hours, hours per week,
           weekly, training, games, games played, season, multi-sport, first name,
           last name, id, ids, how many, involved, play, plays]
params:
  stuid: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_weekly_hours: {type: int, optional: true, min: 0, label: weekly hours over all sports at least}
  min_sports: {type: int, optional: true, min: 1, label: sports at least}
  sort:
    type: choice
    choices: [most_hours, most_sports, most_games, id]
    default: most_hours
    synonyms: {most hours: most_hours, most training: most_hours, most sports: most_sports,
               most games: most_games, by id: id, student id: id}
owner: "@campus-rec-analytics"
---*/
SELECT
    i.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    COUNT(*) AS sports,
    STRING_AGG(i.SportName, ', ' ORDER BY i.SportName) AS sport_list,
    SUM(i.HoursPerWeek) AS hours_per_week,
    SUM(i.GamesPlayed) AS games_played,
    MAX(i.OnScholarship) AS any_scholarship
FROM SportsInfo AS i
LEFT JOIN Student AS s ON s.StuID = i.StuID
WHERE 1 = 1
{% if stuid %}AND i.StuID = :stuid
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}GROUP BY i.StuID, s.Fname, s.LName, s.Age
HAVING 1 = 1
{% if min_weekly_hours is not none and min_weekly_hours is not false %}AND SUM(i.HoursPerWeek) >= :min_weekly_hours
{% endif %}{% if min_sports is not none and min_sports is not false %}AND COUNT(*) >= :min_sports
{% endif %}ORDER BY
{% if sort == 'most_sports' %}sports DESC, hours_per_week DESC, i.StuID
{% elif sort == 'most_games' %}games_played DESC, i.StuID
{% elif sort == 'id' %}i.StuID
{% else %}hours_per_week DESC, i.StuID
{% endif %}
