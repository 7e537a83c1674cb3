/*---
title: Project staff assignments
description: >
  One row per project staff assignment: staff id, project id and details, role code and
  description (Project Leader, Project Researcher), the date the person started on the project
  and the date they left. Optionally one role or one project. Earliest start first (default),
  latest start, latest leaving date, or by staff id.
examples:
  - who leads which project
  - project team start and end dates
  - staff on project 2
  - who joined a project most recently
keywords: [staff, project staff, staff member, staff members, members, team, assignment,
           assignments, role, roles, leader, leaders, researcher, researchers, start, started,
           starting, from, to, until, left, leave, leaving, stop, stopped, dates, date, when,
           work, working, first, last, latest, earliest]
params:
  role:
    type: choice
    optional: true
    choices: [leader, researcher]
    synonyms: {leaders: leader, project leader: leader, lead: leader, leads: leader,
               researchers: researcher, project researcher: researcher, research role: researcher}
  project_id: {type: int, optional: true, min: 1, label: project id}
  sort:
    type: choice
    choices: [earliest_start, latest_start, latest_end, staff_id]
    default: earliest_start
    synonyms: {first: earliest_start, earliest: earliest_start, most recent: latest_start,
               latest start: latest_start, last to leave: latest_end, latest end: latest_end,
               last left: latest_end, by staff id: staff_id}
owner: "@grants-analytics"
---*/
SELECT
    s.staff_id,
    s.project_id,
    p.project_details,
    s.role_code,
    r.role_description,
    s.date_from,
    s.date_to
FROM Project_Staff AS s
JOIN Projects AS p ON p.project_id = s.project_id
JOIN Staff_Roles AS r ON r.role_code = s.role_code
WHERE 1 = 1
{% if role %}AND s.role_code = :role
{% endif %}{% if project_id %}AND s.project_id = :project_id
{% endif %}ORDER BY
{% if sort == 'latest_start' %}s.date_from DESC, s.staff_id
{% elif sort == 'latest_end' %}s.date_to DESC, s.staff_id
{% elif sort == 'staff_id' %}s.staff_id
{% else %}s.date_from, s.staff_id
{% endif %}
