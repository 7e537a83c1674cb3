/*---
title: Staff
description: >
  One row per staff member: id, first and last name, gender code, email, phone, and how
  many complaints they handle (new, open, closed). Optionally one staff member by last
  name or email. Sorted by last name (default) or most complaints handled.
examples:
  - staff contact list
  - how many complaints is each agent handling
  - email of staff member Lowe
keywords: [staff, staff member, employee, employees, agent, agents, team, handler, handles,
           handled, first name, last name, email, phone, gender, workload, assigned]
params:
  staff: {type: string, optional: true, label: last name}
  staff_email: {type: string, optional: true}
  sort:
    type: choice
    choices: [last_name, most_complaints, fewest_complaints]
    default: last_name
    synonyms: {alphabetical: last_name, by name: last_name, most complaints: most_complaints,
               busiest: most_complaints, most: most_complaints,
               fewest complaints: fewest_complaints, least: fewest_complaints}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@cx-analytics"
---*/
SELECT s.staff_id, s.first_name, s.last_name, s.gender, s.email_address AS email,
       s.phone_number AS phone, COUNT(cp.complaint_id) AS complaints,
       COUNT(cp.complaint_id) FILTER (WHERE cp.complaint_status_code = 'New') AS new,
       COUNT(cp.complaint_id) FILTER (WHERE cp.complaint_status_code = 'Open') AS open,
       COUNT(cp.complaint_id) FILTER (WHERE cp.complaint_status_code = 'Closed') AS closed
FROM Staff AS s
LEFT JOIN Complaints AS cp ON cp.staff_id = s.staff_id
WHERE 1 = 1
{% if staff %}AND s.last_name = :staff
{% endif %}{% if staff_email %}AND lower(s.email_address) = lower(:staff_email)
{% endif %}GROUP BY s.staff_id, s.first_name, s.last_name, s.gender, s.email_address, s.phone_number
ORDER BY
{% if sort == 'most_complaints' %}complaints DESC, s.last_name
{% elif sort == 'fewest_complaints' %}complaints, s.last_name
{% else %}s.last_name, s.first_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
