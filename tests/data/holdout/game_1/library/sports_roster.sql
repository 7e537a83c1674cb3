/*---
title: Varsity sports roster
description: >
  One row per student and sport they are on the team for: student id, first and last name,
  sex, age, major, sport, training hours per week, games played this season and whether the
  place is on an athletic scholarship (Y/N). Optionally one sport, scholarship or not, one
  sex or major, one student by id or by first or last name. Ordered by sport (default), most
  training hours, most games, or by last name.
examples:
  - who is on the soccer team
  - athletes on a sports scholarship
  - walk-on athletes without a scholarship
  - women on the basketball roster
  - which sports does student 1019 do
  - scholarship athletes in major 550
keywords: [roster, team, teams, athlete, athletes, sport, sports, varsity, plays, play,
           playing, player, players, scholarship, scholarships, on scholarship, student,
           students, sporty, who, first name, last name, ids, id, female, male, women, men,
           major, hours per week, training, games played]
params:
  sport: {type: string, optional: true, label: sport}
  scholarship:
    type: choice
    optional: true
    choices: ["Y", "N"]
    synonyms: {on scholarship: "Y", scholarship: "Y", scholarships: "Y", scholarship students: "Y",
               with scholarship: "Y", funded: "Y", not on scholarship: "N",
               no scholarship: "N", without scholarship: "N", without a scholarship: "N",
               walk-on: "N", walk-ons: "N", unfunded: "N"}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, girl: F,
               male: M, males: M, men: M, man: M, boys: M, boy: M}
  major: {type: int, optional: true, min: 0, label: major code}
  stuid: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [sport, most_hours, most_games, name]
    default: sport
    synonyms: {by sport: sport, most hours: most_hours, most training: most_hours,
               most games: most_games, by name: name, last name: name, alphabetical: name}
owner: "@campus-rec-analytics"
---*/
SELECT
    i.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Sex AS sex,
    s.Age AS age,
    s.Major AS major,
    i.SportName AS sport,
    i.HoursPerWeek AS hours_per_week,
    i.GamesPlayed AS games_played,
    i.OnScholarship AS on_scholarship
FROM SportsInfo AS i
LEFT JOIN Student AS s ON s.StuID = i.StuID
WHERE 1 = 1
{% if sport %}AND i.SportName = :sport
{% endif %}{% if scholarship %}AND i.OnScholarship = :scholarship
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND s.Major = :major
{% endif %}{% if stuid %}AND i.StuID = :stuid
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}ORDER BY
{% if sort == 'most_hours' %}i.HoursPerWeek DESC, i.StuID
{% elif sort == 'most_games' %}i.GamesPlayed DESC, i.StuID
{% elif sort == 'name' %}s.LName, s.Fname, i.StuID, i.SportName
{% else %}i.SportName, s.LName, i.StuID
{% endif %}
