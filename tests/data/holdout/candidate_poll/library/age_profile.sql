/*---
title: Ages today
description: >
  Each person's age in whole years today, from their date of birth, with their birth year and
  whether they are a candidate. Optionally one person or one sex. Oldest first.
examples:
  - how old is everyone
  - how old is Guillaume Samica
  - ages of the men
  - current age of each person
keywords: [age, ages, old, how old, years old, birth year, born in, current age, today]
params:
  person: {type: string, optional: true, label: name}
  sex:
    type: choice
    optional: true
    label: sex
    choices: [M, F]
    synonyms: {male: M, males: M, men: M, man: M, female: F, females: F, women: F,
               woman: F}
owner: "@polling-analytics"
---*/
SELECT Name AS name, Sex AS sex,
       year(strptime(Date_of_Birth, '%d.%m.%Y')) AS birth_year,
       date_diff('year', strptime(Date_of_Birth, '%d.%m.%Y')::DATE, current_date) AS age_years,
       People_ID IN (SELECT People_ID FROM candidate) AS is_candidate
FROM people
WHERE 1 = 1
{% if person %}AND Name = :person
{% endif %}{% if sex %}AND Sex = :sex
{% endif %}ORDER BY strptime(Date_of_Birth, '%d.%m.%Y'), Name
