/*---
title: Hours by field
description: >
  Projects grouped by research field, read from the first letters of the project code (AeH
  aerodynamics, Ast astronomy, Bte biotechnology, Che chemistry): projects, total hours,
  average hours, scientists assigned.
examples:
  - hours per research area
  - how is effort split between aerodynamics and astronomy
  - portfolio by discipline
keywords: [field, fields, area, discipline, department, portfolio, aerodynamics, astronomy,
           biotechnology, chemistry, split, mix, by field]
params: {}
owner: "@research-ops"
---*/
SELECT
    CASE LEFT(p.Code, 3)
        WHEN 'AeH' THEN 'Aerodynamics'
        WHEN 'Ast' THEN 'Astronomy'
        WHEN 'Bte' THEN 'Biotechnology'
        WHEN 'Che' THEN 'Chemistry'
        ELSE LEFT(p.Code, 3)
    END AS field,
    COUNT(*) AS projects,
    SUM(p.Hours) AS total_hours,
    ROUND(AVG(p.Hours), 1) AS average_hours,
    SUM((SELECT COUNT(*) FROM AssignedTo AS a WHERE a.Project = p.Code)) AS scientists
FROM Projects AS p
GROUP BY 1
ORDER BY total_hours DESC
