/*---
title: Time slot usage
description: >
  One row per time slot: its meeting days, start and end times, and how many sections have
  been scheduled in it, in total and per semester. Optionally only one semester.
examples:
  - which time slots are used the most
  - meeting times and how full each slot is
  - the weekly timetable grid
keywords: [time slot, time slots, slot, slots, timetable, meeting, meets, days, day, start,
           end, time, times, hour, morning, afternoon, usage, grid, weekly]
params:
  semester:
    type: choice
    optional: true
    choices: [Fall, Spring]
    synonyms: {fall: Fall, autumn: Fall, spring: Spring}
owner: "@registrar-data"
---*/
WITH slots AS (
    SELECT
        time_slot_id,
        string_agg(day, '' ORDER BY CASE day WHEN 'M' THEN 1 WHEN 'T' THEN 2 WHEN 'W' THEN 3
                                              WHEN 'R' THEN 4 WHEN 'F' THEN 5 ELSE 6 END) AS days,
        MIN(printf('%02d:%02d', start_hr, start_min)) AS starts,
        MAX(printf('%02d:%02d', end_hr, end_min)) AS ends
    FROM time_slot
    GROUP BY time_slot_id
)
SELECT
    sl.time_slot_id,
    sl.days,
    sl.starts,
    sl.ends,
    COUNT(s.course_id) AS sections,
    COUNT(s.course_id) FILTER (WHERE s.semester = 'Fall') AS fall_sections,
    COUNT(s.course_id) FILTER (WHERE s.semester = 'Spring') AS spring_sections
FROM slots AS sl
LEFT JOIN section AS s ON s.time_slot_id = sl.time_slot_id
{% if semester %}AND s.semester = :semester
{% endif %}GROUP BY sl.time_slot_id, sl.days, sl.starts, sl.ends
ORDER BY sl.time_slot_id
