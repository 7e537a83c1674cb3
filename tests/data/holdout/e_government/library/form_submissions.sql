/*---
title: Form submissions
description: >
  One row per form a party has started: party id and email, the form (id, name, type), its
  status (Not Started, Work In Progress, Partially Completed, Completed), when completion
  started and when it was fully completed. Optionally one party, one form or one status.
  By party.
examples:
  - form submissions and their status
  - which parties have completed a form
  - forms party 11 is working on
  - who is filling in the Marriage Certificate
keywords: [submission, submissions, submitted, filled, filling, fill in, form status,
           status, completed, complete, in progress, not started, partially, started]
params:
  party_id: {type: int, optional: true, min: 1, label: party id}
  form: {type: string, optional: true, label: form name}
  status:
    type: choice
    optional: true
    label: form status
    choices: [Not Started, Work In Progress, Partially Completed, Completed]
    synonyms: {not started: Not Started, in progress: Work In Progress, wip: Work In Progress,
               partially completed: Partially Completed, partial: Partially Completed,
               completed: Completed, done: Completed, finished: Completed}
owner: "@egov-data"
---*/
SELECT pf.party_id, p.party_email AS email, pf.form_id, f.form_name,
       f.form_type_code AS form_type, pf.form_status_code AS status,
       CAST(pf.date_completion_started AS DATE) AS started,
       CAST(pf.date_fully_completed AS DATE) AS completed
FROM Party_Forms AS pf
LEFT JOIN Parties AS p ON p.party_id = pf.party_id
LEFT JOIN Forms AS f ON f.form_id = pf.form_id
WHERE 1 = 1
{% if party_id is not none %}AND pf.party_id = :party_id
{% endif %}{% if form %}AND f.form_name = :form
{% endif %}{% if status %}AND pf.form_status_code = :status
{% endif %}ORDER BY pf.party_id, pf.form_id
