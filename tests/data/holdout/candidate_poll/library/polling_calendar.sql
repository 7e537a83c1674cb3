/*---
title: Polling calendar
description: >
  One row per poll fieldwork period as published (such as "Nov 9–10, 2006"): the poll source,
  the number of candidates measured and their average unsure rate. For scheduling the next
  wave of fieldwork. In the order the polls were loaded.
examples:
  - when were the polls fielded
  - polling calendar
  - fieldwork dates for each poll
keywords: [calendar, fieldwork, fielded, when, schedule, wave, waves, dates, date, period,
           timing]
params: {}
owner: "@polling-analytics"
---*/
SELECT c."Date" AS fieldwork_dates, c.Poll_Source AS poll_source, COUNT(*) AS candidates,
       ROUND(AVG(c.Unsure_rate), 3) AS avg_unsure
FROM candidate AS c
GROUP BY c."Date", c.Poll_Source
ORDER BY MIN(c.Candidate_ID)
