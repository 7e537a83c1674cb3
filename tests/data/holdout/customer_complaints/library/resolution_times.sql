/*---
title: Complaint resolution times
description: >
  Closed complaints with the days between raising and closing, longest first. Optionally
  one complaint type.
examples:
  - how long do complaints take to close
  - resolution time per complaint
keywords: [resolution, resolve, resolved, time to close, days to close, turnaround, sla,
           duration, how long]
params:
  complaint_type:
    type: choice
    optional: true
    choices: [Product Failure, Product Unusable]
    synonyms: {failure: Product Failure, unusable: Product Unusable}
owner: "@cx-analytics"
---*/
SELECT complaint_id, complaint_type_code AS type, date_complaint_raised AS raised,
       date_complaint_closed AS closed,
       date_diff('day', date_complaint_raised, date_complaint_closed) AS days_to_close
FROM Complaints
WHERE complaint_status_code = 'Closed'
{% if complaint_type %}AND complaint_type_code = :complaint_type
{% endif %}ORDER BY days_to_close DESC
