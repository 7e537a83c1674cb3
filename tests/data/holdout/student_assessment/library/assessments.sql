/*---
title: Candidate assessments
description: >
  One row per candidate assessment: candidate id and name, cell phone and email, the
  qualification assessed (A to D), the assessment date and the outcome code (Pass or Fail).
  Optionally one outcome, one qualification or one candidate. Most recent first (default),
  or oldest first.
examples:
  - which candidates passed
  - failed assessments with phone numbers
  - latest candidate assessment
  - who was assessed for qualification B
keywords: [assessment, assessments, assessed, exam, test, qualification, outcome, outcome
           code, assessment code, result, results, pass, passed, fail, failed, assessment
           date, candidate]
params:
  outcome:
    type: choice
    choices: [Pass, Fail]
    optional: true
    synonyms: {passed: Pass, passing: Pass, pass: Pass, failed: Fail, failing: Fail,
               fail: Fail}
  qualification: {type: string, optional: true, label: qualification}
  candidate_id: {type: int, optional: true, label: candidate id}
  sort:
    type: choice
    choices: [newest, oldest]
    default: newest
    synonyms: {most recent: newest, most recently: newest, latest: newest, last: newest,
               earliest: oldest, first: oldest, chronological: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@admissions-data"
---*/
SELECT ca.candidate_id, c.candidate_details, p.first_name, p.last_name,
       p.cell_mobile_number, p.email_address, ca.qualification, ca.assessment_date,
       ca.asessment_outcome_code AS outcome
FROM Candidate_Assessments AS ca
JOIN Candidates AS c ON c.candidate_id = ca.candidate_id
JOIN People AS p ON p.person_id = ca.candidate_id
WHERE 1 = 1
{% if outcome %}AND ca.asessment_outcome_code = :outcome
{% endif %}{% if qualification %}AND ca.qualification = :qualification
{% endif %}{% if candidate_id is not none and candidate_id is not false %}AND ca.candidate_id = :candidate_id
{% endif %}ORDER BY
{% if sort == 'oldest' %}ca.assessment_date
{% else %}ca.assessment_date DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
