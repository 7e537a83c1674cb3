/*---
title: Detentions
description: >
  One row per detention session: detention id, type (after school, break time, lunch-time)
  and its description, the supervising teacher (id, first and last name), start and end,
  the summary, and how many students sat it. Optionally one type or one teacher (by id or
  name). Most recent start first.
examples:
  - list of detentions
  - lunch detentions this year
  - detentions supervised by Hobart Bergnaum
  - when did teacher 11 run detentions
keywords: [detention, detentions, session, sessions, supervised, supervisor, run, ran,
           teacher, start, end, started, ended, date, dates, when, summary, summaries, type,
           after school, break, lunch, list, all]
params:
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
      breaktime: BREAK
      recess: BREAK
      lunch: LUNCH
      lunchtime: LUNCH
      lunch-time: LUNCH
  teacher_id: {type: int, optional: true, min: 1, label: teacher id}
  teacher_first_name: {type: string, optional: true, label: teacher first name}
  teacher_last_name: {type: string, optional: true, label: teacher last name}
owner: "@pastoral-data"
---*/
-- The source stores the break-time code as 'BREAK ' (trailing space): codes are compared trimmed.
SELECT
    d.detention_id,
    TRIM(d.detention_type_code) AS detention_type_code,
    r.detention_type_description,
    d.teacher_id,
    t.first_name AS teacher_first_name,
    t.last_name AS teacher_last_name,
    d.datetime_detention_start,
    d.datetime_detention_end,
    d.detention_summary,
    (SELECT COUNT(DISTINCT x.student_id) FROM Students_in_Detention AS x
     WHERE x.detention_id = d.detention_id) AS students
FROM Detention AS d
LEFT JOIN Ref_Detention_Type AS r ON r.detention_type_code = d.detention_type_code
LEFT JOIN Teachers AS t ON t.teacher_id = d.teacher_id
WHERE 1 = 1
{% if detention_type %}AND TRIM(d.detention_type_code) = :detention_type
{% endif %}{% if teacher_id %}AND d.teacher_id = :teacher_id
{% endif %}{% if teacher_first_name %}AND t.first_name = :teacher_first_name
{% endif %}{% if teacher_last_name %}AND t.last_name = :teacher_last_name
{% endif %}ORDER BY d.datetime_detention_start DESC, d.detention_id
