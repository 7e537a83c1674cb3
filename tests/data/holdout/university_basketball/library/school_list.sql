/*---
title: Schools
description: >
  One row per school (university or college): name, location, state, year founded,
  affiliation (Public, Private/Methodist), enrollment, nickname, primary athletic conference
  and its basketball team, if it has one. Optionally one school, affiliation, state or
  conference, founded before or after a year (strict), or enrollment above or below a figure
  (strict). Oldest first (default), or newest, largest or smallest enrollment, or by name.
examples:
  - list the schools with their nicknames
  - which schools are public and where are they
  - the oldest university and its conference
  - schools with more than 20000 students
  - universities in PA
keywords: [school, schools, university, universities, college, colleges, location, located,
           where, founded, founding year, oldest, newest, affiliation, public, private,
           enrollment, students enrolled, nickname, mascot, conference, primary conference,
           state]
params:
  school: {type: string, optional: true, label: school}
  affiliation: {type: string, optional: true, label: affiliation}
  state: {type: string, optional: true, label: state (two letters),
          values: "SELECT DISTINCT split_part(Location, ', ', 2) FROM university"}
  conference: {type: string, optional: true, label: primary conference}
  founded_before: {type: int, optional: true, label: founded before (year)}
  founded_after: {type: int, optional: true, label: founded after (year)}
  min_enrollment: {type: int, optional: true, min: 0, label: enrollment above}
  max_enrollment: {type: int, optional: true, min: 0, label: enrollment below}
  sort:
    type: choice
    choices: [oldest, newest, largest, smallest, name]
    default: oldest
    synonyms: {founded: oldest, founding year: oldest, earliest: oldest, longest: oldest,
               most recent: newest, youngest: newest, latest: newest,
               biggest: largest, most students: largest, largest enrollment: largest,
               fewest students: smallest, smallest enrollment: smallest,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@athletics-analytics"
---*/
SELECT u.School AS school, u.Location AS location,
       split_part(u.Location, ', ', 2) AS state, u.Founded AS founded,
       u.Affiliation AS affiliation, u.Enrollment AS enrollment, u.Nickname AS nickname,
       u.Primary_conference AS primary_conference, b.Team_Name AS basketball_team
FROM university AS u
LEFT JOIN basketball_match AS b ON b.School_ID = u.School_ID
WHERE 1 = 1
{% if school %}AND u.School = :school
{% endif %}{% if affiliation %}AND u.Affiliation = :affiliation
{% endif %}{% if state %}AND split_part(u.Location, ', ', 2) = :state
{% endif %}{% if conference %}AND u.Primary_conference = :conference
{% endif %}{% if founded_before is not none and founded_before is not false %}AND u.Founded < :founded_before
{% endif %}{% if founded_after is not none and founded_after is not false %}AND u.Founded > :founded_after
{% endif %}{% if min_enrollment is not none and min_enrollment is not false %}AND u.Enrollment > :min_enrollment
{% endif %}{% if max_enrollment is not none and max_enrollment is not false %}AND u.Enrollment < :max_enrollment
{% endif %}ORDER BY
{% if sort == 'newest' %}u.Founded DESC
{% elif sort == 'largest' %}u.Enrollment DESC
{% elif sort == 'smallest' %}u.Enrollment
{% elif sort == 'name' %}u.School
{% else %}u.Founded
{% endif %}{% if n %}LIMIT :n
{% endif %}
