/*---
title: Problem code reference
description: >
  The reference codes used in the problem log with their descriptions: problem category
  codes (default) or problem status codes, and how many log entries use each.
examples:
  - what problem categories are there
  - list the status codes and what they mean
  - describe the problem category codes
  - what does the Middleware category mean
keywords: [code, codes, reference, lookup, meaning, mean, means, description, describe,
           definition, category, categories, category code, status, statuses, status code,
           types, kinds]
params:
  kind:
    type: choice
    choices: [category, status]
    default: category
    synonyms: {categories: category, category codes: category, problem categories: category,
               statuses: status, status codes: status, states: status}
  code: {type: string, optional: true, label: code,
         values: "SELECT problem_category_code FROM Problem_Category_Codes UNION SELECT problem_status_code FROM Problem_Status_Codes"}
owner: "@support-analytics"
---*/
{% if kind == 'status' %}SELECT s.problem_status_code AS code, s.problem_status_description AS description,
       (SELECT COUNT(*) FROM Problem_Log AS l WHERE l.problem_status_code = s.problem_status_code) AS log_entries
FROM Problem_Status_Codes AS s
{% if code %}WHERE s.problem_status_code = :code
{% endif %}ORDER BY s.problem_status_code
{% else %}SELECT c.problem_category_code AS code, c.problem_category_description AS description,
       (SELECT COUNT(*) FROM Problem_Log AS l WHERE l.problem_category_code = c.problem_category_code) AS log_entries
FROM Problem_Category_Codes AS c
{% if code %}WHERE c.problem_category_code = :code
{% endif %}ORDER BY c.problem_category_code
{% endif %}
