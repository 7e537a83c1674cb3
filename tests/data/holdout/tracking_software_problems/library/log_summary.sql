/*---
title: Problem log summary
description: >
  Problem log entries counted per category (default), per status or per year logged: log
  entries, distinct problems, solved and still-reported entries, first and last entry date.
  Optionally only one status or category. Sorted by most entries (default) or by the group.
examples:
  - log entries per category
  - how many entries are solved vs reported
  - problem log by year
  - which category has the most log entries
keywords: [log, logs, log entries, category, categories, status, statuses, per category,
           by category, per status, by status, per year, by year, yearly, count, breakdown,
           solved, reported, gui, database, middleware]
params:
  by:
    type: choice
    choices: [category, status, year]
    default: category
    synonyms: {per category: category, by category: category, categories: category,
               problem category: category, per status: status, by status: status,
               statuses: status, per year: year, by year: year, yearly: year, annual: year}
  status:
    type: choice
    choices: [Reported, Solved]
    optional: true
    synonyms: {open: Reported, unresolved: Reported, outstanding: Reported, resolved: Solved,
               fixed: Solved, closed: Solved}
  category:
    type: choice
    choices: [Datatabase, GUI, Middleware]
    optional: true
    synonyms: {database: Datatabase, db: Datatabase, ui: GUI, user interface: GUI,
               infrastructure: Middleware, architecture: Middleware}
  sort:
    type: choice
    choices: [most, group]
    default: most
    synonyms: {most entries: most, highest: most, alphabetical: group, chronological: group}
owner: "@support-analytics"
---*/
SELECT
{% if by == 'status' %}l.problem_status_code AS status,
{% elif by == 'year' %}CAST(EXTRACT(year FROM l.log_entry_date) AS INTEGER) AS year,
{% else %}l.problem_category_code AS category, MIN(c.problem_category_description) AS category_description,
{% endif %}       COUNT(*) AS log_entries, COUNT(DISTINCT l.problem_id) AS problems,
       COUNT(*) FILTER (WHERE l.problem_status_code = 'Solved') AS solved,
       COUNT(*) FILTER (WHERE l.problem_status_code = 'Reported') AS still_reported,
       MIN(l.log_entry_date) AS first_entry, MAX(l.log_entry_date) AS last_entry
FROM Problem_Log AS l
LEFT JOIN Problem_Category_Codes AS c ON c.problem_category_code = l.problem_category_code
WHERE 1 = 1
{% if status %}AND l.problem_status_code = :status
{% endif %}{% if category %}AND l.problem_category_code = :category
{% endif %}GROUP BY 1
ORDER BY
{% if sort == 'group' %}1
{% else %}log_entries DESC, 1
{% endif %}
