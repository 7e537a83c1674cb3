/*---
title: Activity catalogue
description: >
  One row per activity on offer (Chess, Canoeing, Football, ...), with its activity id and
  how many students, how many faculty members and how many people in all take part.
  Activities nobody has joined are listed with zeros. Optionally one activity by name. By
  name (default), by id, most or fewest students, most faculty, or most participants first.
examples:
  - what clubs and activities are there
  - signups per activity
  - most popular activity with students
  - which activity draws the most faculty
  - how many people do Chess
keywords: [activity, activities, club, clubs, sport, sports, hobby, hobbies, offered, on
           offer, available, catalogue, catalog, list, all, participants, participate,
           participating, involved, members, signups, students, faculty, popular, popularity,
           how many, number, count, most, fewest, least, largest, each, per]
params:
  activity: {type: string, optional: true, label: activity name}
  sort:
    type: choice
    choices: [name, id, most_students, fewest_students, most_faculty, most_participants]
    default: name
    synonyms: {by name: name, alphabetical: name, by id: id, most students: most_students,
               most popular with students: most_students, fewest students: fewest_students,
               least popular: fewest_students, most faculty: most_faculty,
               most participants: most_participants, most popular: most_participants,
               most people: most_participants}
owner: "@activities-data"
---*/
WITH students AS (
    SELECT actid, COUNT(DISTINCT stuid) AS n FROM Participates_in GROUP BY actid
),
faculty AS (
    SELECT actid, COUNT(DISTINCT FacID) AS n FROM Faculty_Participates_in GROUP BY actid
)
SELECT
    a.actid AS activity_id,
    a.activity_name AS activity,
    COALESCE(s.n, 0) AS students,
    COALESCE(f.n, 0) AS faculty,
    COALESCE(s.n, 0) + COALESCE(f.n, 0) AS participants
FROM Activity AS a
LEFT JOIN students AS s ON s.actid = a.actid
LEFT JOIN faculty AS f ON f.actid = a.actid
WHERE 1 = 1
{% if activity %}AND a.activity_name = :activity
{% endif %}ORDER BY
{% if sort == 'id' %}a.actid
{% elif sort == 'most_students' %}students DESC, a.activity_name
{% elif sort == 'fewest_students' %}students, a.activity_name
{% elif sort == 'most_faculty' %}faculty DESC, a.activity_name
{% elif sort == 'most_participants' %}participants DESC, a.activity_name
{% else %}a.activity_name
{% endif %}
