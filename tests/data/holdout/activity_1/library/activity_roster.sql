/*---
title: Activity roster
description: >
  One row per person taking part in an activity: the activity, whether the person is a
  student or a faculty member, their id, first and last name, and for students their age and
  home city code, for faculty their rank and building. Optionally one activity by name, or
  only students or only faculty. By activity then last name (default), or by last name.
examples:
  - who plays Soccer
  - members of the Chess club
  - faculty who go Mountain Climbing
  - full roster of every activity
keywords: [roster, members, member, participants, participant, who, plays, play, does, do,
           doing, joined, signed up, takes part, involved, activity, activities, club, sport,
           team, students, faculty, names, list]
params:
  activity: {type: string, optional: true, label: activity name}
  role:
    type: choice
    optional: true
    choices: [student, faculty]
    synonyms: {students: student, only students: student, faculty members: faculty,
               faculty member: faculty, staff: faculty, teachers: faculty}
  sort:
    type: choice
    choices: [activity, last_name]
    default: activity
    synonyms: {by activity: activity, by last name: last_name, by name: last_name,
               alphabetical: last_name}
owner: "@activities-data"
---*/
WITH people AS (
    SELECT DISTINCT
        p.actid, 'student' AS role, s.StuID AS person_id, s.Fname AS first_name,
        s.LName AS last_name, CAST(s.Age AS VARCHAR) AS age_or_rank,
        s.city_code AS city_or_building
    FROM Participates_in AS p
    JOIN Student AS s ON s.StuID = p.stuid
    UNION
    SELECT DISTINCT
        fp.actid, 'faculty' AS role, f.FacID, f.Fname, f.Lname, f.Rank, f.Building
    FROM Faculty_Participates_in AS fp
    JOIN Faculty AS f ON f.FacID = fp.FacID
)
SELECT
    a.activity_name AS activity,
    pe.role,
    pe.person_id AS id,
    pe.first_name,
    pe.last_name,
    pe.age_or_rank,
    pe.city_or_building
FROM people AS pe
JOIN Activity AS a ON a.actid = pe.actid
WHERE 1 = 1
{% if activity %}AND a.activity_name = :activity
{% endif %}{% if role %}AND pe.role = :role
{% endif %}ORDER BY
{% if sort == 'last_name' %}pe.last_name, pe.first_name, a.activity_name
{% else %}a.activity_name, pe.role DESC, pe.last_name, pe.first_name
{% endif %}
