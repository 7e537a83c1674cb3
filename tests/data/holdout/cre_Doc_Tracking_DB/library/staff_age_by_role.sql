/*---
title: Staff age profile by role
description: >
  One row per role: employees, the earliest and latest date of birth, and the average age
  in years as of today.
examples:
  - average age per role
  - age profile of the team
  - how old are our editors on average
keywords: [age, ages, average age, how old, profile, demographics, birth year, oldest,
           youngest, per role]
params: {}
owner: "@records-data"
---*/
SELECT e.Role_Code AS role_code, r.Role_Name AS role_name, COUNT(*) AS employees,
       MIN(e.Date_of_Birth) AS earliest_birth, MAX(e.Date_of_Birth) AS latest_birth,
       ROUND(AVG(date_diff('day', e.Date_of_Birth, current_date) / 365.25), 1) AS average_age
FROM Employees AS e
JOIN Roles AS r ON r.Role_Code = e.Role_Code
GROUP BY e.Role_Code, r.Role_Name
ORDER BY e.Role_Code
