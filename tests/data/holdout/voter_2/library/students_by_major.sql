/*---
title: Students per major
description: >
  One row per major code: students, women, men, average, youngest and oldest age, and how
  many advisors they have. Optionally counting only one sex (majors without such students
  drop out). By major code (default), or most or fewest students first.
examples:
  - headcount by major
  - which major is the biggest
  - majors ranked by number of women
  - smallest majors
keywords: [major, majors, per major, each major, by major, field, program, study, studying,
           studied, students, how many, number, count, most, fewest, least, largest,
           biggest, smallest, popular, common, female, male, women, men, age]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  sort:
    type: choice
    choices: [major, most_students, fewest_students]
    default: major
    synonyms: {by code: major, by major: major, most students: most_students,
               biggest: most_students, largest: most_students, most popular: most_students,
               most common: most_students, fewest students: fewest_students,
               smallest: fewest_students, least students: fewest_students,
               least popular: fewest_students}
owner: "@student-gov-data"
---*/
SELECT
    Major AS major,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE Sex = 'M') AS men,
    ROUND(AVG(Age), 2) AS average_age,
    MIN(Age) AS youngest_age,
    MAX(Age) AS oldest_age,
    COUNT(DISTINCT Advisor) AS advisors
FROM Student
WHERE 1 = 1
{% if sex %}AND Sex = :sex
{% endif %}GROUP BY Major
ORDER BY
{% if sort == 'most_students' %}students DESC, major
{% elif sort == 'fewest_students' %}students, major
{% else %}major
{% endif %}
