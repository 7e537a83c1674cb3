/*---
title: Scientist directory
description: >
  One row per scientist: SSN, name, how many projects they are assigned to, and the total
  hours of those projects. Optionally one scientist by name, or only scientists on at least
  a number of projects. Sorted by name (default), most projects, or most hours; optionally
  only the first n.
examples:
  - list of all scientists
  - who is on the most projects
  - show me each researcher and their total project hours
  - ssn of our staff scientists
keywords: [scientist, scientists, researcher, researchers, staff, people, SSN, social security
           number, name, workload, projects per scientist, hours per scientist, directory]
params:
  scientist: {type: string, optional: true, label: scientist's name}
  min_projects: {type: int, optional: true, min: 0, label: at least this many projects}
  sort:
    type: choice
    choices: [name, most_projects, most_hours]
    default: name
    synonyms: {alphabetical: name, by name: name, most projects: most_projects,
               busiest: most_projects, most hours: most_hours, heaviest workload: most_hours}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n}
owner: "@research-ops"
---*/
SELECT
    s.SSN AS ssn,
    s.Name AS scientist,
    COUNT(p.Code) AS projects,
    COALESCE(SUM(p.Hours), 0) AS total_hours
FROM Scientists AS s
LEFT JOIN AssignedTo AS a ON a.Scientist = s.SSN
LEFT JOIN Projects AS p ON p.Code = a.Project
WHERE 1 = 1
{% if scientist %}AND s.Name = :scientist
{% endif %}GROUP BY s.SSN, s.Name
{% if min_projects is not none and min_projects is not false %}HAVING COUNT(p.Code) >= :min_projects
{% endif %}ORDER BY
{% if sort == 'most_projects' %}projects DESC, s.Name
{% elif sort == 'most_hours' %}total_hours DESC, s.Name
{% else %}s.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
