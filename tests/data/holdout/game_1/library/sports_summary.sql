/*---
title: Sports overview
description: >
  One row per sport we field: athletes on the roster, how many of them are on scholarship,
  training hours per week (total and average) and games played (total). With `scholarship`
  every figure counts only the scholarship (Y) or only the non-scholarship (N) roster places.
  Most athletes first (default), most hours, most games, or alphabetical.
examples:
  - athletes per sport
  - sports overview for the athletics board
  - which sport holds the most scholarships
  - games played per sport by scholarship athletes only
  - training load by sport
keywords: [sport, sports, per sport, each sport, by sport, team, teams, athletes, number,
           how many, count, offer, scholarship, scholarships, games, games played, total,
           hours, hours per week, training, most, different, distinct, overview]
params:
  scholarship:
    type: choice
    optional: true
    choices: ["Y", "N"]
    synonyms: {on scholarship: "Y", scholarship: "Y", scholarships: "Y", scholarship students: "Y",
               scholarship athletes: "Y", funded: "Y", not on scholarship: "N",
               no scholarship: "N", without scholarship: "N", walk-on: "N", walk-ons: "N",
               unfunded: "N"}
  sort:
    type: choice
    choices: [most_athletes, most_hours, most_games, name]
    default: most_athletes
    synonyms: {most athletes: most_athletes, most students: most_athletes,
               biggest: most_athletes, most hours: most_hours, most training: most_hours,
               most games: most_games, alphabetical: name, a to z: name}
owner: "@campus-rec-analytics"
---*/
SELECT
    SportName AS sport,
    COUNT(DISTINCT StuID) AS athletes,
    COUNT(DISTINCT CASE WHEN OnScholarship = 'Y' THEN StuID END) AS on_scholarship,
    SUM(HoursPerWeek) AS hours_per_week_total,
    ROUND(AVG(HoursPerWeek), 1) AS hours_per_week_avg,
    SUM(GamesPlayed) AS games_played
FROM SportsInfo
WHERE 1 = 1
{% if scholarship %}AND OnScholarship = :scholarship
{% endif %}GROUP BY SportName
ORDER BY
{% if sort == 'most_hours' %}hours_per_week_total DESC, SportName
{% elif sort == 'most_games' %}games_played DESC, SportName
{% elif sort == 'name' %}SportName
{% else %}athletes DESC, SportName
{% endif %}
