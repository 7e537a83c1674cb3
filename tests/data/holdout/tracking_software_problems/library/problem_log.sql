/*---
title: Problem log entries
description: >
  One row per entry in the problem log: log id, problem id, product, the staff member the
  entry is assigned to, category (Datatabase, GUI, Middleware), status (Reported, Solved),
  date, description and fix. Optionally one problem, one product, entries assigned to one
  staff member, one category or status, or entries logged after / before a date (strict).
  Sorted newest first (default), oldest first, or by log id.
examples:
  - show the problem log
  - log entries for problem 12
  - GUI log entries that are still reported
  - which log entries are assigned to Kristian Lynch
  - latest log entry
  - solved middleware entries
keywords: [log, logs, log entry, log entries, problem log, history, entry, entries, assigned,
           assignee, category, status, fix, fixes, solved, resolved, reported, open, gui,
           database, middleware, logged]
params:
  problem_id: {type: int, optional: true, min: 1, max: 1000000, label: problem id}
  product: {type: string, optional: true, label: product name}
  assigned_to: {type: string, optional: true, label: assigned staff member,
                values: "SELECT staff_first_name || ' ' || staff_last_name FROM Staff UNION SELECT staff_first_name FROM Staff UNION SELECT staff_last_name FROM Staff"}
  category:
    type: choice
    choices: [Datatabase, GUI, Middleware]
    optional: true
    synonyms: {database: Datatabase, db: Datatabase, data: Datatabase, gui: GUI,
               ui: GUI, user interface: GUI, front end: GUI, frontend: GUI,
               middleware: Middleware, infrastructure: Middleware, architecture: Middleware}
  status:
    type: choice
    choices: [Reported, Solved]
    optional: true
    synonyms: {open: Reported, reported: Reported, unresolved: Reported, outstanding: Reported,
               solved: Solved, resolved: Solved, fixed: Solved, closed: Solved}
  logged_after: {type: date, optional: true, label: logged after (exclusive)}
  logged_before: {type: date, optional: true, label: logged before (exclusive)}
  sort:
    type: choice
    choices: [newest, oldest, log_id]
    default: newest
    synonyms: {latest: newest, most recent: newest, recent: newest, earliest: oldest,
               first: oldest, by id: log_id, log id: log_id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@support-analytics"
---*/
SELECT l.problem_log_id AS log_id, l.problem_id, pr.product_name AS product,
       s.staff_first_name || ' ' || s.staff_last_name AS assigned_to,
       l.problem_category_code AS category, l.problem_status_code AS status,
       l.log_entry_date AS logged_at, l.log_entry_description AS description,
       l.log_entry_fix AS fix, l.other_log_details AS other_details
FROM Problem_Log AS l
JOIN Staff AS s ON s.staff_id = l.assigned_to_staff_id
JOIN Problems AS p ON p.problem_id = l.problem_id
JOIN Product AS pr ON pr.product_id = p.product_id
WHERE 1 = 1
{% if problem_id %}AND l.problem_id = :problem_id
{% endif %}{% if product %}AND pr.product_name = :product
{% endif %}{% if assigned_to %}AND :assigned_to IN (s.staff_first_name, s.staff_last_name,
    s.staff_first_name || ' ' || s.staff_last_name)
{% endif %}{% if category %}AND l.problem_category_code = :category
{% endif %}{% if status %}AND l.problem_status_code = :status
{% endif %}{% if logged_after %}AND CAST(l.log_entry_date AS DATE) > :logged_after
{% endif %}{% if logged_before %}AND CAST(l.log_entry_date AS DATE) < :logged_before
{% endif %}ORDER BY
{% if sort == 'oldest' %}l.log_entry_date
{% elif sort == 'log_id' %}l.problem_log_id
{% else %}l.log_entry_date DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
