/*---
title: Colleagues
description: >
  For one scientist, the other scientists who share at least one of their projects, and the
  projects they share.
examples:
  - who works with Joe Stevens
  - Carol Smith's colleagues
  - teammates of Kumar Swamy
keywords: [colleagues, coworkers, teammates, works with, shares, same project, together]
params:
  scientist: {type: string, label: scientist's name}
owner: "@research-ops"
---*/
SELECT o.Name AS colleague, p.Name AS shared_project
FROM Scientists AS s
JOIN AssignedTo AS a ON a.Scientist = s.SSN
JOIN AssignedTo AS b ON b.Project = a.Project AND b.Scientist <> a.Scientist
JOIN Scientists AS o ON o.SSN = b.Scientist
JOIN Projects AS p ON p.Code = a.Project
WHERE s.Name = :scientist
ORDER BY o.Name
