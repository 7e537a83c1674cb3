/*---
title: Teacher activity
description: >
  Every teacher (those with nothing logged included) with what they logged: teacher id,
  first and last name, assessment notes written, detentions supervised and students kept
  in them. The detention figures can be restricted to one detention type (after school,
  break time, lunch-time). Optionally one teacher (by id or name), or only teachers with at
  least a given number of detentions. Most detentions first (default), most notes, or by
  last name; optionally only the first n rows.
examples:
  - detentions and notes per teacher
  - which teachers hand out the most lunch detentions
  - top 5 teachers by assessment notes written
  - how many detentions has Edmond Lang supervised
keywords: [teacher, teachers, staff, per teacher, each teacher, activity, workload, notes,
           assessment notes, written, wrote, detentions, detention, supervised, handed out,
           gave, kept, students, count, number of, most, top, how many, after school,
           break, lunch, type]
params:
  teacher_id: {type: int, optional: true, min: 1, label: teacher id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  detention_type:
    type: choice
    optional: true
    choices: [AFTER, BREAK, LUNCH]
    synonyms:
      after school: AFTER
      after-school: AFTER
      afterschool: AFTER
      break: BREAK
      break time: BREAK
      recess: BREAK
      lunch: LUNCH
      lunchtime: LUNCH
      lunch-time: LUNCH
  min_detentions: {type: int, optional: true, min: 0, label: detentions at least}
  n: {type: int, optional: true, min: 1, max: 100, label: how many rows}
  sort:
    type: choice
    choices: [most_detentions, most_notes, last_name]
    default: most_detentions
    synonyms:
      most detentions: most_detentions
      most notes: most_notes
      most assessment notes: most_notes
      alphabetical: last_name
      by name: last_name
owner: "@pastoral-data"
---*/
WITH notes AS (
    SELECT teacher_id, COUNT(*) AS n FROM Assessment_Notes GROUP BY teacher_id
), detentions AS (
    SELECT
        d.teacher_id,
        COUNT(DISTINCT d.detention_id) AS n,
        COUNT(DISTINCT x.student_id) AS students
    FROM Detention AS d
    LEFT JOIN Students_in_Detention AS x ON x.detention_id = d.detention_id
    WHERE 1 = 1
    {% if detention_type %}AND TRIM(d.detention_type_code) = :detention_type
    {% endif %}GROUP BY d.teacher_id
)
SELECT
    t.teacher_id,
    t.first_name,
    t.last_name,
    COALESCE(n.n, 0) AS assessment_notes,
    COALESCE(d.n, 0) AS detentions,
    COALESCE(d.students, 0) AS students_detained
FROM Teachers AS t
LEFT JOIN notes AS n ON n.teacher_id = t.teacher_id
LEFT JOIN detentions AS d ON d.teacher_id = t.teacher_id
WHERE 1 = 1
{% if teacher_id %}AND t.teacher_id = :teacher_id
{% endif %}{% if first_name %}AND t.first_name = :first_name
{% endif %}{% if last_name %}AND t.last_name = :last_name
{% endif %}{% if min_detentions is not none and min_detentions is not false %}AND COALESCE(d.n, 0) >= :min_detentions
{% endif %}ORDER BY
{% if sort == 'most_notes' %}assessment_notes DESC, t.teacher_id
{% elif sort == 'last_name' %}t.last_name, t.first_name, t.teacher_id
{% else %}detentions DESC, t.teacher_id
{% endif %}
{% if n %}LIMIT :n
{% endif %}
