/*---
title: Reference calendar
description: >
  One row per day of the records office's reference calendar: the calendar date (with time),
  its day number, and how many documents were stored on that date. Optionally one year,
  or a range of years (inclusive). Oldest date first.
examples:
  - list the reference calendar
  - calendar entries with their day numbers
  - which calendar dates are in 2008
keywords: [calendar, calendar date, calendar dates, calendar items, calendar entries, day,
           days, day number, day numbers, reference calendar, dates]
params:
  year: {type: int, optional: true, min: 1900, max: 2100, label: year}
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: from year}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: to year}
owner: "@records-data"
---*/
SELECT c.Calendar_Date AS calendar_date, c.Day_Number AS day_number,
       COUNT(d.Document_ID) AS documents_stored
FROM Ref_Calendar AS c
LEFT JOIN All_Documents AS d ON d.Date_Stored = c.Calendar_Date
WHERE 1 = 1
{% if year is not none and year is not false %}AND year(c.Calendar_Date) = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND year(c.Calendar_Date) >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND year(c.Calendar_Date) <= :to_year
{% endif %}GROUP BY c.Calendar_Date, c.Day_Number
ORDER BY c.Calendar_Date
