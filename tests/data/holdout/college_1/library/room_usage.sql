/*---
title: Classroom usage
description: >
  One row per classroom that has classes scheduled: how many class sections meet there, how
  many different courses and professors, and the list of courses. Optionally only rooms with
  at least a given number of classes. Busiest rooms first (default) or by room.
examples:
  - how busy is each classroom
  - rooms used by three or more sections
  - room utilisation this term
keywords: [room, rooms, classroom, classrooms, class room, usage, utilisation, utilization,
           busy, busiest, classes, sections, held, hosted, how many, number, each, per,
           at least, courses, professors]
params:
  min_classes: {type: int, optional: true, min: 1, label: rooms with at least this many classes}
  sort:
    type: choice
    choices: [busiest, room]
    default: busiest
    synonyms: {most classes: busiest, most used: busiest, by room: room, alphabetical: room}
owner: "@registrar-analytics"
---*/
SELECT
    cl.CLASS_ROOM AS room,
    COUNT(*) AS classes,
    COUNT(DISTINCT cl.CRS_CODE) AS courses,
    COUNT(DISTINCT cl.PROF_NUM) AS professors,
    STRING_AGG(DISTINCT cl.CRS_CODE, ', ' ORDER BY cl.CRS_CODE) AS course_list
FROM CLASS AS cl
GROUP BY cl.CLASS_ROOM
{% if min_classes is not none and min_classes is not false %}HAVING COUNT(*) >= :min_classes
{% endif %}ORDER BY
{% if sort == 'room' %}1
{% else %}classes DESC, 1
{% endif %}
