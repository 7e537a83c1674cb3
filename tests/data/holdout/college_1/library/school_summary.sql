/*---
title: Schools at a glance
description: >
  One row per school (BUS for business, A&SCI for arts and sciences): how many departments it
  has, at how many distinct department addresses (locations), how many professors belong to
  its departments, and how many courses and class sections its departments offer. Optionally
  one school. By school code (default), or most or fewest professors, departments or classes
  first.
examples:
  - how big is each school
  - departments and faculty per school
  - number of sections the business school runs
  - which school has the most professors
keywords: [school, schools, school code, per school, each school, departments, department,
           locations, location, addresses, address, buildings, professors, faculty, staff,
           courses, classes, sections, how many, number, count, total, most, fewest, least,
           smallest, biggest, largest, size, exist, different, distinct]
params:
  school:
    type: choice
    optional: true
    choices: [BUS, "A&SCI"]
    synonyms: {business: BUS, business school: BUS, school of business: BUS,
               "arts and sciences": "A&SCI", "arts & sciences": "A&SCI", "a&s": "A&SCI",
               "arts and science": "A&SCI", "a&sci": "A&SCI"}
  sort:
    type: choice
    choices: [code, most_professors, fewest_professors, most_departments, fewest_departments,
              most_classes]
    default: code
    synonyms: {by code: code, most professors: most_professors,
               largest faculty: most_professors, fewest professors: fewest_professors,
               least professors: fewest_professors, smallest faculty: fewest_professors,
               most departments: most_departments, fewest departments: fewest_departments,
               most classes: most_classes, most sections: most_classes}
owner: "@registrar-analytics"
---*/
WITH departments AS (
    SELECT SCHOOL_CODE, COUNT(*) AS departments, COUNT(DISTINCT DEPT_ADDRESS) AS locations
    FROM DEPARTMENT
    GROUP BY SCHOOL_CODE
),
faculty AS (
    SELECT d.SCHOOL_CODE, COUNT(*) AS professors
    FROM PROFESSOR AS p
    JOIN DEPARTMENT AS d ON d.DEPT_CODE = p.DEPT_CODE
    GROUP BY d.SCHOOL_CODE
),
offer AS (
    SELECT d.SCHOOL_CODE, COUNT(DISTINCT c.CRS_CODE) AS courses, COUNT(cl.CLASS_CODE) AS classes
    FROM COURSE AS c
    JOIN DEPARTMENT AS d ON d.DEPT_CODE = c.DEPT_CODE
    LEFT JOIN CLASS AS cl ON cl.CRS_CODE = c.CRS_CODE
    GROUP BY d.SCHOOL_CODE
)
SELECT
    s.SCHOOL_CODE AS school_code,
    s.departments,
    s.locations,
    COALESCE(f.professors, 0) AS professors,
    COALESCE(o.courses, 0) AS courses,
    COALESCE(o.classes, 0) AS classes
FROM departments AS s
LEFT JOIN faculty AS f ON f.SCHOOL_CODE = s.SCHOOL_CODE
LEFT JOIN offer AS o ON o.SCHOOL_CODE = s.SCHOOL_CODE
WHERE 1 = 1
{% if school %}AND s.SCHOOL_CODE = :school
{% endif %}ORDER BY
{% if sort == 'most_professors' %}professors DESC, 1
{% elif sort == 'fewest_professors' %}professors, 1
{% elif sort == 'most_departments' %}s.departments DESC, 1
{% elif sort == 'fewest_departments' %}s.departments, 1
{% elif sort == 'most_classes' %}classes DESC, 1
{% else %}1
{% endif %}
