/*---
title: Course counts
description: >
  One row: how many courses, their total and average credits, how many instructors teach
  them and how many departments offer them. Optionally only courses of one credit value or
  a credit range (inclusive), one meeting-days pattern, or one department (by number or
  name).
examples:
  - number of courses in the catalog
  - how many classes are worth at least 4 credits
  - how many courses does Computer Science offer
keywords: [how many, number, count, total, courses, course, classes, class, credits,
           credit, average credits, catalog, offered, department, days, instructors]
params:
  credits: {type: int, optional: true, min: 0, max: 10, label: credits (exactly)}
  min_credits: {type: int, optional: true, min: 0, max: 10, label: credits at least}
  max_credits: {type: int, optional: true, min: 0, max: 10, label: credits at most}
  days: {type: string, optional: true, label: "meeting days as stored (MTW, ThF, ...)"}
  dept_no: {type: int, optional: true, min: 1, max: 999, label: department number}
  department: {type: string, optional: true, label: department name}
owner: "@registrar-data"
---*/
SELECT
    COUNT(*) AS courses,
    SUM(c.Credits) AS total_credits,
    ROUND(AVG(c.Credits), 2) AS average_credits,
    COUNT(DISTINCT c.Instructor) AS instructors,
    COUNT(DISTINCT c.DNO) AS departments
FROM Course AS c
LEFT JOIN Department AS d ON d.DNO = c.DNO
WHERE 1 = 1
{% if credits is not none and credits is not false %}AND c.Credits = :credits
{% endif %}{% if min_credits is not none and min_credits is not false %}AND c.Credits >= :min_credits
{% endif %}{% if max_credits is not none and max_credits is not false %}AND c.Credits <= :max_credits
{% endif %}{% if days %}AND c.Days = :days
{% endif %}{% if dept_no is not none and dept_no is not false %}AND c.DNO = :dept_no
{% endif %}{% if department %}AND lower(d.DName) = lower(:department)
{% endif %}
