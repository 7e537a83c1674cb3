/*---
title: Students in detention
description: >
  One row per student place in a detention: the student (id, first and last name), the
  detention (id, type, start), the supervising teacher's name, and the incident that led to
  it (id and type). Optionally one student (by id or name), one detention type, or one
  supervising teacher by last name. Most recent detention first.
examples:
  - who sat detention and for which incident
  - students in lunch detention
  - detention history for Rupert Marks
  - kids Mr Bergnaum kept back
keywords: [detention, detentions, detained, kept back, sat, students, student, pupils, kids,
           who, incident, reason, why, teacher, supervised, history, roster, attendance]
params:
  student_id: {type: int, optional: true, min: 1, label: student id}
  student_first_name: {type: string, optional: true, label: student first name}
  student_last_name: {type: string, optional: true, label: student last name}
  detention_type:
    type: choice
    optional: true
    choices: [AFTER, BREAK, LUNCH]
    synonyms:
      after school: AFTER
      after-school: AFTER
      break: BREAK
      break time: BREAK
      recess: BREAK
      lunch: LUNCH
      lunchtime: LUNCH
  teacher_last_name: {type: string, optional: true, label: supervising teacher last name}
owner: "@pastoral-data"
---*/
SELECT
    x.student_id,
    s.first_name AS student_first_name,
    s.last_name AS student_last_name,
    x.detention_id,
    TRIM(d.detention_type_code) AS detention_type_code,
    d.datetime_detention_start,
    t.first_name AS teacher_first_name,
    t.last_name AS teacher_last_name,
    x.incident_id,
    i.incident_type_code
FROM Students_in_Detention AS x
LEFT JOIN Students AS s ON s.student_id = x.student_id
LEFT JOIN Detention AS d ON d.detention_id = x.detention_id
LEFT JOIN Teachers AS t ON t.teacher_id = d.teacher_id
LEFT JOIN Behavior_Incident AS i ON i.incident_id = x.incident_id
WHERE 1 = 1
{% if student_id %}AND x.student_id = :student_id
{% endif %}{% if student_first_name %}AND s.first_name = :student_first_name
{% endif %}{% if student_last_name %}AND s.last_name = :student_last_name
{% endif %}{% if detention_type %}AND TRIM(d.detention_type_code) = :detention_type
{% endif %}{% if teacher_last_name %}AND t.last_name = :teacher_last_name
{% endif %}ORDER BY d.datetime_detention_start DESC, x.detention_id, x.student_id
