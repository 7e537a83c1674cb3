/*---
title: Candidates
description: >
  One row per candidate: candidate id, the name on the candidate record, first, middle and
  last name, email, cell phone and login, how many assessments they sat and the outcome of
  the latest one. Optionally one candidate by id, email or last name. By candidate id
  (default), or by last name.
examples:
  - list all candidates with their contact details
  - who is the candidate with email x@example.com
  - candidate 141's phone number
keywords: [candidate, candidates, applicant, applicants, name, first name, last name,
           email, e-mail, email address, phone, cell, mobile, cell mobile number, login,
           contact, contact details, candidate id]
params:
  candidate_id: {type: int, optional: true, label: candidate id}
  email: {type: string, optional: true, label: email address}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [id, name]
    default: id
    synonyms: {candidate id: id, by id: id, last name: name, alphabetical: name, by name: name}
owner: "@admissions-data"
---*/
SELECT c.candidate_id, c.candidate_details, p.first_name, p.middle_name, p.last_name,
       p.email_address, p.cell_mobile_number, p.login_name,
       (SELECT COUNT(*) FROM Candidate_Assessments AS ca WHERE ca.candidate_id = c.candidate_id) AS assessments,
       (SELECT ca.asessment_outcome_code FROM Candidate_Assessments AS ca
        WHERE ca.candidate_id = c.candidate_id ORDER BY ca.assessment_date DESC LIMIT 1) AS latest_outcome
FROM Candidates AS c
JOIN People AS p ON p.person_id = c.candidate_id
WHERE 1 = 1
{% if candidate_id is not none and candidate_id is not false %}AND c.candidate_id = :candidate_id
{% endif %}{% if email %}AND p.email_address = :email
{% endif %}{% if last_name %}AND p.last_name = :last_name
{% endif %}ORDER BY
{% if sort == 'name' %}p.last_name, p.first_name
{% else %}c.candidate_id
{% endif %}
