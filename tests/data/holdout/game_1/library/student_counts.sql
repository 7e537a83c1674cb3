/*---
title: Students per major, advisor, city, sex or age
description: >
  How many students there are per major (default), advisor, home city, sex or age, with the
  mean, lowest and highest age of each group. Optionally only groups with at least a given
  number of students. Biggest groups first (default), smallest first, or in the order of the
  group's value.
examples:
  - student numbers by major
  - advisor loads
  - advisors with 3+ advisees
  - where do our students come from, by city
  - age profile per major
keywords: [how many, number of students, count, head count, headcount, students, per, each,
           by, group, groups, major, majors, advisor, advisors, adviser, advisees, load, city,
           cities, home city, sex, gender, age, ages, average age, mean age, min age, max age,
           youngest, oldest, distinct, different, at least, biggest, smallest]
params:
  by:
    type: choice
    choices: [major, advisor, city, sex, age]
    default: major
    synonyms: {majors: major, per major: major, advisors: advisor, adviser: advisor,
               per advisor: advisor, advisees: advisor, cities: city, home city: city,
               city code: city, per city: city, gender: sex, genders: sex, ages: age,
               per age: age}
  min_students: {type: int, optional: true, min: 1, label: groups with at least this many students}
  sort:
    type: choice
    choices: [most, fewest, value]
    default: most
    synonyms: {biggest: most, largest: most, smallest: fewest, least: fewest,
               in order: value, ascending: value}
owner: "@campus-rec-analytics"
---*/
SELECT
    {% if by == 'advisor' %}Advisor AS advisor{% elif by == 'city' %}city_code AS city{% elif by == 'sex' %}Sex AS sex{% elif by == 'age' %}Age AS age{% else %}Major AS major{% endif %},
    COUNT(*) AS students,
    ROUND(AVG(Age), 2) AS average_age,
    MIN(Age) AS min_age,
    MAX(Age) AS max_age
FROM Student
GROUP BY 1
{% if min_students is not none and min_students is not false %}HAVING COUNT(*) >= :min_students
{% endif %}ORDER BY
{% if sort == 'fewest' %}students, 1
{% elif sort == 'value' %}1
{% else %}students DESC, 1
{% endif %}
