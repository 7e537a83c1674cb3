/*---
title: Problems
description: >
  One row per reported software problem: problem id, product id and name, who reported it, when it was
  reported and closed, who authorised the closure, and its description. Optionally one
  problem, one product, problems reported by or closed by one staff member (first name, last
  name or full name), or reported after / before a date (strict). Sorted newest report first
  (default), oldest first, by problem id or by product.
examples:
  - list all problems with their product and reporter
  - problems reported for the wechat product
  - problems reported by Lacey Bosco
  - problems reported after 1990-01-01
  - details of problem 7
  - who signed off the closure of problem 3
keywords: [problem, problems, issue, issues, bug, bugs, ticket, tickets, incident, reported,
           reporter, raised, logged by, closed, closure, authorised, authorized, signed off,
           description, product, date reported, date closed]
params:
  problem_id: {type: int, optional: true, min: 1, max: 1000000, label: problem id}
  product: {type: string, optional: true, label: product name}
  reported_by: {type: string, optional: true, label: reported by (staff name),
                values: "SELECT staff_first_name || ' ' || staff_last_name FROM Staff UNION SELECT staff_first_name FROM Staff UNION SELECT staff_last_name FROM Staff"}
  closed_by: {type: string, optional: true, label: closure authorised by (staff name),
              values: "SELECT staff_first_name || ' ' || staff_last_name FROM Staff UNION SELECT staff_first_name FROM Staff UNION SELECT staff_last_name FROM Staff"}
  reported_after: {type: date, optional: true, label: reported after (exclusive)}
  reported_before: {type: date, optional: true, label: reported before (exclusive)}
  sort:
    type: choice
    choices: [newest, oldest, problem_id, product]
    default: newest
    synonyms: {latest: newest, most recent: newest, recent: newest, earliest: oldest,
               first: oldest, oldest first: oldest, by id: problem_id, id: problem_id,
               by product: product, product name: product}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@support-analytics"
---*/
SELECT p.problem_id, p.product_id, pr.product_name AS product,
       rs.staff_first_name || ' ' || rs.staff_last_name AS reported_by,
       p.date_problem_reported AS reported_at, p.date_problem_closed AS closed_at,
       cs.staff_first_name || ' ' || cs.staff_last_name AS closure_authorised_by,
       p.problem_description AS description, p.other_problem_details AS other_details
FROM Problems AS p
JOIN Product AS pr ON pr.product_id = p.product_id
JOIN Staff AS rs ON rs.staff_id = p.reported_by_staff_id
JOIN Staff AS cs ON cs.staff_id = p.closure_authorised_by_staff_id
WHERE 1 = 1
{% if problem_id %}AND p.problem_id = :problem_id
{% endif %}{% if product %}AND pr.product_name = :product
{% endif %}{% if reported_by %}AND :reported_by IN (rs.staff_first_name, rs.staff_last_name,
    rs.staff_first_name || ' ' || rs.staff_last_name)
{% endif %}{% if closed_by %}AND :closed_by IN (cs.staff_first_name, cs.staff_last_name,
    cs.staff_first_name || ' ' || cs.staff_last_name)
{% endif %}{% if reported_after %}AND CAST(p.date_problem_reported AS DATE) > :reported_after
{% endif %}{% if reported_before %}AND CAST(p.date_problem_reported AS DATE) < :reported_before
{% endif %}ORDER BY
{% if sort == 'oldest' %}p.date_problem_reported
{% elif sort == 'problem_id' %}p.problem_id
{% elif sort == 'product' %}pr.product_name, p.problem_id
{% else %}p.date_problem_reported DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
