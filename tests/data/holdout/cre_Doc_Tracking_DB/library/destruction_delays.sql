/*---
title: Destruction timeliness
description: >
  One row per document type: documents scheduled for destruction, how many were destroyed
  after their planned date, before it, or on the day, and the average delay in days
  (negative when early).
examples:
  - are we destroying documents on schedule
  - late destructions by document type
  - average destruction delay
keywords: [late, early, on time, delay, overdue, schedule, timeliness, planned, actual,
           destruction, compliance, days late]
params: {}
owner: "@records-data"
---*/
SELECT d.Document_Type_Code AS type_code,
       COUNT(*) AS scheduled,
       COUNT(*) FILTER (WHERE x.Actual_Destruction_Date > x.Planned_Destruction_Date) AS late,
       COUNT(*) FILTER (WHERE x.Actual_Destruction_Date < x.Planned_Destruction_Date) AS early,
       COUNT(*) FILTER (WHERE x.Actual_Destruction_Date = x.Planned_Destruction_Date) AS on_the_day,
       ROUND(AVG(date_diff('day', x.Planned_Destruction_Date, x.Actual_Destruction_Date)), 1) AS avg_delay_days
FROM Documents_to_be_Destroyed AS x
JOIN All_Documents AS d ON d.Document_ID = x.Document_ID
GROUP BY d.Document_Type_Code
ORDER BY d.Document_Type_Code
