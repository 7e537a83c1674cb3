/*---
title: Project search
description: >
  Projects whose name contains a word or phrase (any case), with code, hours and how many
  scientists work on them.
examples:
  - projects with "hockey" in the name
  - find the aerodynamics projects
  - any project about telescopes?
keywords: [search, find, contains, containing, word, named like, mentions, about, project
           name, projects]
params:
  name_contains: {type: string, label: word in the project name}
owner: "@research-ops"
---*/
SELECT p.Code AS code, p.Name AS project, p.Hours AS hours, COUNT(a.Scientist) AS scientists
FROM Projects AS p
LEFT JOIN AssignedTo AS a ON a.Project = p.Code
WHERE p.Name ILIKE '%' || :name_contains || '%'
GROUP BY p.Code, p.Name, p.Hours
ORDER BY p.Name
