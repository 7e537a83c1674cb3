/*---
title: Project catalogue
description: >
  One row per research project: its code, name, hours budgeted, and how many scientists are
  assigned to it. Optionally one project (by name or code), a range of hours (inclusive), or
  only projects with at least a number of scientists. Sorted by name (default), most or
  fewest hours, or most scientists; optionally only the first n.
examples:
  - list all our research projects with their hours
  - which projects have more than 500 hours budgeted
  - biggest project by hours
  - how many people are on each project
keywords: [project, projects, research, code, hours, budget, effort, staffed, scientists
           assigned, headcount, team size, longest, shortest, catalogue, list]
params:
  project: {type: string, optional: true, label: project name}
  code: {type: string, optional: true, label: project code}
  min_hours: {type: int, optional: true, min: 0, label: at least this many hours}
  max_hours: {type: int, optional: true, min: 0, label: at most this many hours}
  min_scientists: {type: int, optional: true, min: 0, label: at least this many scientists}
  sort:
    type: choice
    choices: [name, most_hours, fewest_hours, most_scientists]
    default: name
    synonyms: {alphabetical: name, by name: name, most hours: most_hours, longest: most_hours,
               biggest: most_hours, largest: most_hours, fewest hours: fewest_hours,
               shortest: fewest_hours, smallest: fewest_hours, least hours: fewest_hours,
               most scientists: most_scientists, most people: most_scientists,
               biggest team: most_scientists}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n}
owner: "@research-ops"
---*/
SELECT
    p.Code AS code,
    p.Name AS project,
    p.Hours AS hours,
    COUNT(a.Scientist) AS scientists
FROM Projects AS p
LEFT JOIN AssignedTo AS a ON a.Project = p.Code
WHERE 1 = 1
{% if project %}AND p.Name = :project
{% endif %}{% if code %}AND p.Code = :code
{% endif %}{% if min_hours is not none and min_hours is not false %}AND p.Hours >= :min_hours
{% endif %}{% if max_hours is not none and max_hours is not false %}AND p.Hours <= :max_hours
{% endif %}GROUP BY p.Code, p.Name, p.Hours
{% if min_scientists is not none and min_scientists is not false %}HAVING COUNT(a.Scientist) >= :min_scientists
{% endif %}ORDER BY
{% if sort == 'most_hours' %}p.Hours DESC, p.Name
{% elif sort == 'fewest_hours' %}p.Hours, p.Name
{% elif sort == 'most_scientists' %}scientists DESC, p.Name
{% else %}p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
