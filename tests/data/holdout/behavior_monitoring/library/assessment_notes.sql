/*---
title: Assessment notes
description: >
  One row per assessment note a teacher wrote about a student: note id, date of the note,
  student id, first and last name, teacher id, first and last name, and the note's text.
  Optionally only the notes about one student (by id or name) or by one teacher (by id or
  name). Oldest first (default) or newest first.
examples:
  - show me the assessment notes
  - notes Mr Moore wrote this term
  - every note on file for student 12
  - latest assessment notes first
  - what did teachers write about Julia Balistreri
keywords: [assessment, assessments, note, notes, assessment notes, date, dates, text, written,
           wrote, teacher, student, about, feedback, comments, record, list, all, how many]
params:
  student_id: {type: int, optional: true, min: 1, label: student id}
  student_first_name: {type: string, optional: true, label: student first name}
  student_last_name: {type: string, optional: true, label: student last name}
  teacher_id: {type: int, optional: true, min: 1, label: teacher id}
  teacher_first_name: {type: string, optional: true, label: teacher first name}
  teacher_last_name: {type: string, optional: true, label: teacher last name}
  sort:
    type: choice
    choices: [oldest, newest]
    default: oldest
    synonyms:
      ascending: oldest
      oldest first: oldest
      chronological: oldest
      descending: newest
      newest first: newest
      latest: newest
      most recent: newest
owner: "@pastoral-data"
---*/
SELECT
    n.notes_id,
    n.date_of_notes,
    n.student_id,
    s.first_name AS student_first_name,
    s.last_name AS student_last_name,
    n.teacher_id,
    t.first_name AS teacher_first_name,
    t.last_name AS teacher_last_name,
    n.text_of_notes,
    n.other_details
FROM Assessment_Notes AS n
LEFT JOIN Students AS s ON s.student_id = n.student_id
LEFT JOIN Teachers AS t ON t.teacher_id = n.teacher_id
WHERE 1 = 1
{% if student_id %}AND n.student_id = :student_id
{% endif %}{% if student_first_name %}AND s.first_name = :student_first_name
{% endif %}{% if student_last_name %}AND s.last_name = :student_last_name
{% endif %}{% if teacher_id %}AND n.teacher_id = :teacher_id
{% endif %}{% if teacher_first_name %}AND t.first_name = :teacher_first_name
{% endif %}{% if teacher_last_name %}AND t.last_name = :teacher_last_name
{% endif %}ORDER BY
{% if sort == 'newest' %}n.date_of_notes DESC, n.notes_id
{% else %}n.date_of_notes, n.notes_id
{% endif %}
