/*---
title: Form progress summary
description: >
  Form submissions counted per form (default), per status or per party: how many, and how
  many are completed, partially completed, in progress and not started. Optionally one
  status. Most submissions first.
examples:
  - how many forms in each status
  - which form is used most
  - form completion rate per form
  - number of forms each party has
keywords: [form, forms, status, statuses, progress, count, how many, per form, by form,
           per status, by status, per party, completed, completion, most, used, popular]
params:
  by:
    type: choice
    choices: [form, status, party]
    default: form
    synonyms: {per form: form, by form: form, per status: status, by status: status,
               per party: party, by party: party}
  status:
    type: choice
    optional: true
    label: form status
    choices: [Not Started, Work In Progress, Partially Completed, Completed]
    synonyms: {in progress: Work In Progress, partial: Partially Completed, done: Completed}
owner: "@egov-data"
---*/
SELECT
{% if by == 'status' %}pf.form_status_code AS status,
{% elif by == 'party' %}pf.party_id,
{% else %}f.form_name,
{% endif %}COUNT(*) AS submissions,
       COUNT(*) FILTER (WHERE pf.form_status_code = 'Completed') AS completed,
       COUNT(*) FILTER (WHERE pf.form_status_code = 'Partially Completed') AS partially_completed,
       COUNT(*) FILTER (WHERE pf.form_status_code = 'Work In Progress') AS in_progress,
       COUNT(*) FILTER (WHERE pf.form_status_code = 'Not Started') AS not_started
FROM Party_Forms AS pf
LEFT JOIN Forms AS f ON f.form_id = pf.form_id
WHERE 1 = 1
{% if status %}AND pf.form_status_code = :status
{% endif %}GROUP BY 1
ORDER BY submissions DESC, 1
