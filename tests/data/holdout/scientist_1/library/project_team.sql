/*---
title: Project team
description: >
  The scientists assigned to one project (named by its name or its code), with their SSN.
examples:
  - who is on project AeH3
  - team for A Matter of Time
  - people staffed on the bridge design project
keywords: [team, members, staff, who is on, who works on, people on, scientists on, project]
params:
  project: {type: string, label: project name or code}
owner: "@research-ops"
---*/
SELECT p.Code AS code, p.Name AS project, s.Name AS scientist, s.SSN AS ssn
FROM Projects AS p
JOIN AssignedTo AS a ON a.Project = p.Code
JOIN Scientists AS s ON s.SSN = a.Scientist
WHERE (p.Name = :project OR p.Code = :project)
ORDER BY s.Name
