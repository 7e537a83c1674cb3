/*---
title: Schools and buses by school type
description: >
  Per school type (Public, Private, Private Catholic): how many schools, how many school
  buses serve them, full-time buses and the average years their drivers have worked.
  Most schools first (default), most buses first, or by type.
examples:
  - number of buses for each type of school
  - how many schools of each type
  - bus coverage by school type
keywords: [school type, type of school, types, each type, per type, by type, public,
           private, catholic, how many schools, number of schools, number of buses,
           buses per type, count]
params:
  sort:
    type: choice
    choices: [most_schools, most_buses, type]
    default: most_schools
    synonyms: {schools: most_schools, buses: most_buses, most buses: most_buses,
               alphabetical: type, by type: type}
owner: "@transport-ops"
---*/
SELECT s.Type AS type, COUNT(DISTINCT s.School_ID) AS schools, COUNT(b.Driver_ID) AS buses,
       COUNT(CASE WHEN b.If_full_time = 'T' THEN 1 END) AS full_time_buses,
       ROUND(AVG(b.Years_Working), 1) AS average_years_working
FROM school AS s
LEFT JOIN school_bus AS b ON b.School_ID = s.School_ID
GROUP BY s.Type
ORDER BY
{% if sort == 'most_buses' %}buses DESC, type
{% elif sort == 'type' %}type
{% else %}schools DESC, type
{% endif %}
