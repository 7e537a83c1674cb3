/*---
title: Staff workload
description: >
  One row per staff member (0 shown): problems they reported, problem closures they
  authorised, problem log entries assigned to them and how many of those are solved, and
  the products they reported problems for. Optionally one staff member (first name, last
  name or full name). Sorted by most problems reported (default), most closures authorised,
  most log entries assigned, or by last name.
examples:
  - staff workload
  - how many problems has each staff member reported
  - who has the most log entries assigned
  - who authorised the most closures
  - workload for Kenton Champlin
keywords: [staff, employee, employees, engineer, engineers, team, people, person, who,
           workload, reported, reporter, assigned, assignee, authorised, authorized, closures,
           per staff, each staff member, busiest]
params:
  staff: {type: string, optional: true, label: staff member,
          values: "SELECT staff_first_name || ' ' || staff_last_name FROM Staff UNION SELECT staff_first_name FROM Staff UNION SELECT staff_last_name FROM Staff"}
  sort:
    type: choice
    choices: [reported, authorised, assigned, name]
    default: reported
    synonyms: {most reported: reported, reports: reported, authorized: authorised,
               closures: authorised, most closures: authorised, assignments: assigned,
               most assigned: assigned, log entries: assigned, alphabetical: name,
               by name: name, last name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@support-analytics"
---*/
SELECT s.staff_id, s.staff_first_name AS first_name, s.staff_last_name AS last_name,
       (SELECT COUNT(*) FROM Problems AS p WHERE p.reported_by_staff_id = s.staff_id) AS problems_reported,
       (SELECT COUNT(*) FROM Problems AS p WHERE p.closure_authorised_by_staff_id = s.staff_id) AS closures_authorised,
       (SELECT COUNT(*) FROM Problem_Log AS l WHERE l.assigned_to_staff_id = s.staff_id) AS log_entries_assigned,
       (SELECT COUNT(*) FROM Problem_Log AS l WHERE l.assigned_to_staff_id = s.staff_id
          AND l.problem_status_code = 'Solved') AS log_entries_solved,
       (SELECT string_agg(DISTINCT pr.product_name, ', ' ORDER BY pr.product_name)
          FROM Problems AS p JOIN Product AS pr ON pr.product_id = p.product_id
          WHERE p.reported_by_staff_id = s.staff_id) AS products_reported
FROM Staff AS s
WHERE 1 = 1
{% if staff %}AND :staff IN (s.staff_first_name, s.staff_last_name,
    s.staff_first_name || ' ' || s.staff_last_name)
{% endif %}ORDER BY
{% if sort == 'authorised' %}closures_authorised DESC, s.staff_last_name
{% elif sort == 'assigned' %}log_entries_assigned DESC, s.staff_last_name
{% elif sort == 'name' %}s.staff_last_name, s.staff_first_name
{% else %}problems_reported DESC, s.staff_last_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
