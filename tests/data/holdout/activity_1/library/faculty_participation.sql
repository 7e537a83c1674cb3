/*---
title: Faculty in activities
description: >
  One row per faculty member who takes part in at least one activity: faculty id, first and
  last name, rank, building, how many different activities they join and which ones (names,
  comma-separated). Optionally one rank, one building, one person by first and/or last name,
  or only those in at least a given number of activities. By last name (default), most
  activities first, or by faculty id.
examples:
  - which faculty take part in activities
  - what does Goodrich do outside teaching
  - faculty with 3 or more activities
  - most active faculty member
keywords: [faculty, faculty member, faculty members, staff, professor, instructor,
           participate, participates, participating, participation, involved, takes part,
           joins, plays, activity, activities, clubs, which, names, how many, number, count,
           most, active, at least, each, per]
params:
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, full professors: Professor,
               associate professor: AssocProf, associate professors: AssocProf,
               assistant professor: AsstProf, assistant professors: AsstProf,
               instructors: Instructor}
  building: {type: string, optional: true, label: building}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_activities: {type: int, optional: true, min: 1, max: 16, label: at least this many activities}
  sort:
    type: choice
    choices: [last_name, most_activities, faculty_id]
    default: last_name
    synonyms: {by last name: last_name, alphabetical: last_name, most: most_activities,
               most activities: most_activities, most active: most_activities,
               by id: faculty_id, by faculty id: faculty_id}
owner: "@activities-data"
---*/
SELECT
    f.FacID AS faculty_id,
    f.Fname AS first_name,
    f.Lname AS last_name,
    f.Rank AS rank,
    f.Building AS building,
    COUNT(DISTINCT a.actid) AS activities,
    string_agg(DISTINCT a.activity_name, ', ' ORDER BY a.activity_name) AS activity_names
FROM Faculty AS f
JOIN Faculty_Participates_in AS fp ON fp.FacID = f.FacID
JOIN Activity AS a ON a.actid = fp.actid
WHERE 1 = 1
{% if rank %}AND f.Rank = :rank
{% endif %}{% if building %}AND f.Building = :building
{% endif %}{% if first_name %}AND f.Fname = :first_name
{% endif %}{% if last_name %}AND f.Lname = :last_name
{% endif %}GROUP BY f.FacID, f.Fname, f.Lname, f.Rank, f.Building
{% if min_activities %}HAVING COUNT(DISTINCT a.actid) >= :min_activities
{% endif %}ORDER BY
{% if sort == 'most_activities' %}activities DESC, f.Lname, f.FacID
{% elif sort == 'faculty_id' %}f.FacID
{% else %}f.Lname, f.Fname, f.FacID
{% endif %}
