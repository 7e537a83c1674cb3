/*---
title: Student behaviour record
description: >
  Every student (those with a clean record included) with their totals: student id, first
  and last name, behaviour incidents, detentions sat, assessment notes, tenancies and
  average monthly rental. Optionally one student (by id or name), or only students with at
  least a given number of incidents or of detentions. Most incidents first (default), most
  detentions, most assessment notes, highest average rent, or by student id.
examples:
  - behaviour summary per student
  - students on the watch list with 3+ incidents
  - which pupil has had the most detentions
  - Rupert Marks's record
  - who pays the most rent on average
keywords: [student, students, pupil, pupils, record, records, summary, profile, overview,
           per student, each student, incidents, incident, detentions, detention, notes,
           assessment notes, count, number of, most, how many, total, average, rent,
           rental, monthly rental, watch list, repeat offenders, at least, involved]
params:
  student_id: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_incidents: {type: int, optional: true, min: 0, label: incidents at least}
  min_detentions: {type: int, optional: true, min: 0, label: detentions at least}
  sort:
    type: choice
    choices: [most_incidents, most_detentions, most_notes, highest_rent, id]
    default: most_incidents
    synonyms:
      most incidents: most_incidents
      most detentions: most_detentions
      most notes: most_notes
      most assessment notes: most_notes
      highest rent: highest_rent
      highest average rent: highest_rent
      highest rental: highest_rent
      by id: id
      student id: id
owner: "@pastoral-data"
---*/
WITH incidents AS (
    SELECT student_id, COUNT(*) AS n FROM Behavior_Incident GROUP BY student_id
), detentions AS (
    SELECT student_id, COUNT(DISTINCT detention_id) AS n FROM Students_in_Detention
    GROUP BY student_id
), notes AS (
    SELECT student_id, COUNT(*) AS n FROM Assessment_Notes GROUP BY student_id
), rentals AS (
    SELECT student_id, COUNT(*) AS n, AVG(monthly_rental) AS average_rent
    FROM Student_Addresses GROUP BY student_id
)
SELECT
    s.student_id,
    s.first_name,
    s.last_name,
    COALESCE(i.n, 0) AS incidents,
    COALESCE(d.n, 0) AS detentions,
    COALESCE(n.n, 0) AS assessment_notes,
    COALESCE(r.n, 0) AS tenancies,
    r.average_rent AS average_monthly_rental
FROM Students AS s
LEFT JOIN incidents AS i ON i.student_id = s.student_id
LEFT JOIN detentions AS d ON d.student_id = s.student_id
LEFT JOIN notes AS n ON n.student_id = s.student_id
LEFT JOIN rentals AS r ON r.student_id = s.student_id
WHERE 1 = 1
{% if student_id %}AND s.student_id = :student_id
{% endif %}{% if first_name %}AND s.first_name = :first_name
{% endif %}{% if last_name %}AND s.last_name = :last_name
{% endif %}{% if min_incidents is not none and min_incidents is not false %}AND COALESCE(i.n, 0) >= :min_incidents
{% endif %}{% if min_detentions is not none and min_detentions is not false %}AND COALESCE(d.n, 0) >= :min_detentions
{% endif %}ORDER BY
{% if sort == 'most_detentions' %}detentions DESC, s.student_id
{% elif sort == 'most_notes' %}assessment_notes DESC, s.student_id
{% elif sort == 'highest_rent' %}average_monthly_rental DESC NULLS LAST, s.student_id
{% elif sort == 'id' %}s.student_id
{% else %}incidents DESC, s.student_id
{% endif %}
