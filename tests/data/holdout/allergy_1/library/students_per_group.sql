/*---
title: Students per major, city, advisor, sex or age
description: >
  Head count of students per major (default), home city, advisor, sex or age, with the
  average, youngest and oldest age in each group. Largest groups first (default), smallest
  first, or by the group's own value.
examples:
  - head count by major
  - enrolment per home city
  - advisor caseloads
  - gender split of the student body
  - age distribution of the student body
keywords: [students, head count, headcount, number of students, count, how many, per, each,
           by, major, majors, city, cities, advisor, advisors, caseload, sex, gender, male,
           female, age, ages, distribution, average age, mean age, youngest, oldest, largest,
           biggest, most, smallest, fewest, different, distinct]
params:
  by:
    type: choice
    choices: [major, city, advisor, sex, age]
    default: major
    synonyms: {majors: major, per major: major, cities: city, per city: city,
               city_code: city, home city: city, advisors: advisor, per advisor: advisor,
               adviser: advisor, gender: sex, genders: sex, male and female: sex,
               ages: age, per age: age, age group: age}
  sort:
    type: choice
    choices: [most, fewest, value]
    default: most
    synonyms: {largest: most, biggest: most, most students: most, smallest: fewest,
               fewest students: fewest, least: fewest, ascending: value, in order: value}
owner: "@student-health-analytics"
---*/
SELECT
    {% if by == 'city' %}city_code AS city{% elif by == 'advisor' %}Advisor AS advisor{% elif by == 'sex' %}Sex AS sex{% elif by == 'age' %}Age AS age{% else %}Major AS major{% endif %},
    COUNT(*) AS students,
    ROUND(AVG(Age), 2) AS average_age,
    MIN(Age) AS youngest_age,
    MAX(Age) AS oldest_age
FROM Student
GROUP BY 1
ORDER BY
{% if sort == 'fewest' %}students, 1
{% elif sort == 'value' %}1
{% else %}students DESC, 1
{% endif %}
