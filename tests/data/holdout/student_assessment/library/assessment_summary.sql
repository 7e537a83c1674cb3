/*---
title: Assessment pass rates
description: >
  Assessments grouped by qualification: how many candidates were assessed, how many passed
  and failed, and the pass rate (%). By qualification.
examples:
  - pass rate by qualification
  - how many passed and failed each qualification
keywords: [pass rate, passing rate, fail rate, success rate, qualification, per
           qualification, each qualification, passed, failed, outcomes, breakdown]
params: {}
owner: "@admissions-data"
---*/
SELECT qualification, COUNT(*) AS assessed,
       COUNT(*) FILTER (WHERE asessment_outcome_code = 'Pass') AS passed,
       COUNT(*) FILTER (WHERE asessment_outcome_code = 'Fail') AS failed,
       ROUND(100.0 * COUNT(*) FILTER (WHERE asessment_outcome_code = 'Pass') / COUNT(*), 1) AS pass_rate_pct
FROM Candidate_Assessments
GROUP BY qualification
ORDER BY qualification
