/*---
title: Student allergy roster
description: >
  One row per student with at least one allergy on file: student id, first and last name,
  sex, age, home city, how many allergies, and the allergies themselves with their type
  (alphabetical). A record whose student is not in the directory still appears, without name.
  Optionally only students with a given allergy, with at least one allergy of a given type,
  of one sex or city, one student by id or by first or last name, or students with at least
  a given number of allergies. Most allergies first (default), by last name, or by id.
examples:
  - who has a Nuts allergy on file
  - kids with an environmental allergy
  - boys with a pet allergy
  - students carrying three or more allergies
  - allergy list for student 1031
  - what is Eric Rugh allergic to
keywords: [allergic, allergy, allergies, roster, students, student, kids, who, has, have,
           affected, suffer, sensitive, intolerant, reaction, on file, first name, last name,
           named, girl, boy, female, male, food, environmental, animal, number of allergies,
           several, multiple, at least, ids]
params:
  allergy: {type: string, optional: true, label: has this allergy}
  allergy_type:
    type: choice
    optional: true
    choices: [food, environmental, animal]
    synonyms: {foods: food, food allergy: food, food allergies: food, dietary: food,
               environment: environmental, seasonal: environmental, airborne: environmental,
               pollen: environmental, animals: animal, pet: animal, pets: animal}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, woman: F, women: F, girl: F, girls: F,
               male: M, males: M, man: M, men: M, boy: M, boys: M}
  city: {type: string, optional: true, label: home city code}
  stuid: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_allergies: {type: int, optional: true, min: 1, label: at least this many allergies}
  sort:
    type: choice
    choices: [most_allergies, name, id]
    default: most_allergies
    synonyms: {most: most_allergies, alphabetical: name, last name: name, a to z: name,
               student id: id, by id: id}
owner: "@student-health-analytics"
---*/
SELECT
    h.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Sex AS sex,
    s.Age AS age,
    s.city_code AS city,
    COUNT(*) AS allergies,
    STRING_AGG(h.Allergy || ' (' || t.AllergyType || ')', ', ' ORDER BY h.Allergy) AS allergy_list
FROM Has_Allergy AS h
JOIN Allergy_Type AS t ON t.Allergy = h.Allergy
LEFT JOIN Student AS s ON s.StuID = h.StuID
WHERE 1 = 1
{% if allergy %}AND h.StuID IN (SELECT x.StuID FROM Has_Allergy AS x WHERE x.Allergy = :allergy)
{% endif %}{% if allergy_type %}AND h.StuID IN (
    SELECT x.StuID FROM Has_Allergy AS x
    JOIN Allergy_Type AS xt ON xt.Allergy = x.Allergy
    WHERE xt.AllergyType = :allergy_type)
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if city %}AND s.city_code = :city
{% endif %}{% if stuid %}AND h.StuID = :stuid
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}GROUP BY h.StuID, s.Fname, s.LName, s.Sex, s.Age, s.city_code
{% if min_allergies is not none and min_allergies is not false %}HAVING COUNT(*) >= :min_allergies
{% endif %}ORDER BY
{% if sort == 'name' %}s.LName, s.Fname, h.StuID
{% elif sort == 'id' %}h.StuID
{% else %}allergies DESC, h.StuID
{% endif %}
