/*---
title: Delegates by year first elected
description: Delegates grouped by the year they were first elected (the class), oldest class
  first, with their names. Optionally only classes up to a year.
examples:
  - longest-serving delegates
  - the class of 1994
  - who has been in the house since before 2000
keywords: [seniority, tenure, first elected, class, veteran, longest serving, newcomers,
           freshman, years in office, since]
params:
  elected_by: {type: int, optional: true, min: 1900, max: 2100, label: first elected in or before this year}
owner: "@elections-data"
---*/
SELECT
    First_Elected,
    COUNT(*) AS delegates,
    string_agg(Delegate, '; ' ORDER BY Delegate) AS delegate_names
FROM election
WHERE 1 = 1
{% if elected_by %}AND First_Elected <= :elected_by
{% endif %}GROUP BY First_Elected
ORDER BY First_Elected
