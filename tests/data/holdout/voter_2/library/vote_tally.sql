/*---
title: Vote tally by office and candidate
description: >
  One row per office and student who received votes for it (president, vice president,
  secretary, treasurer, class president, class senator): the votes received, the cycles
  they came in, and the candidate's id, first and last name, age, sex, major, advisor and
  city code. Optionally one office, one election cycle, or ballots of one registration date;
  and only candidates of one sex, major, advisor, city code or age range (inclusive). By
  office then most votes (default), most votes overall, or candidate last name.
examples:
  - who got votes for treasurer
  - spring results for class senator
  - vote counts for every office
  - women who received president votes
  - candidates from NYC with secretary votes
keywords: [vote, votes, voted, received, receive, got, get, candidate, candidates, tally,
           results, result, count, counts, office, offices, president, vice president,
           secretary, treasurer, class president, class senator, senator, election, cycle,
           spring, fall, who, students, name, names, age, ages, sex, female, male, major,
           majors, advisor, advisors, city, city code, winner, most, leading]
params:
  office:
    type: choice
    optional: true
    choices: [president, vice_president, secretary, treasurer, class_president, class_senator]
    synonyms: {president: president, presidential: president, vice president: vice_president,
               vice-president: vice_president, vp: vice_president, veep: vice_president,
               secretary: secretary, treasurer: treasurer, class president: class_president,
               class pres: class_president, class senator: class_senator,
               senator: class_senator}
  cycle:
    type: choice
    optional: true
    choices: [Spring, Fall]
    synonyms: {spring: Spring, spring cycle: Spring, fall: Fall, autumn: Fall,
               fall cycle: Fall}
  registered_on: {type: date, optional: true, label: voters' registration date}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: candidate's major code}
  advisor: {type: int, optional: true, min: 1000, max: 9999, label: candidate's advisor}
  city_code: {type: string, optional: true, label: candidate's city code}
  min_age: {type: int, optional: true, min: 10, max: 99, label: candidate age at least}
  max_age: {type: int, optional: true, min: 10, max: 99, label: candidate age at most}
  sort:
    type: choice
    choices: [office, most_votes, last_name]
    default: office
    synonyms: {by office: office, most votes: most_votes, top: most_votes,
               winner: most_votes, leading: most_votes, by name: last_name,
               alphabetical: last_name}
owner: "@student-gov-data"
---*/
WITH votes AS (
    SELECT 1 AS office_order, 'president' AS office, Election_Cycle AS cycle,
           Registration_Date AS registration_date, President_Vote AS candidate
    FROM Voting_record
    UNION ALL
    SELECT 2, 'vice_president', Election_Cycle, Registration_Date, Vice_President_Vote
    FROM Voting_record
    UNION ALL
    SELECT 3, 'secretary', Election_Cycle, Registration_Date, Secretary_Vote
    FROM Voting_record
    UNION ALL
    SELECT 4, 'treasurer', Election_Cycle, Registration_Date, Treasurer_Vote
    FROM Voting_record
    UNION ALL
    SELECT 5, 'class_president', Election_Cycle, Registration_Date, Class_President_Vote
    FROM Voting_record
    UNION ALL
    SELECT 6, 'class_senator', Election_Cycle, Registration_Date, Class_Senator_Vote
    FROM Voting_record
)
SELECT
    v.office,
    v.candidate AS candidate_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    COUNT(*) AS votes,
    string_agg(DISTINCT v.cycle, ', ' ORDER BY v.cycle) AS cycles,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    s.Advisor AS advisor,
    s.city_code
FROM votes AS v
JOIN Student AS s ON s.StuID = v.candidate
WHERE 1 = 1
{% if office %}AND v.office = :office
{% endif %}{% if cycle %}AND v.cycle = :cycle
{% endif %}{% if registered_on %}AND v.registration_date = CAST(:registered_on AS DATE)
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND s.Major = :major
{% endif %}{% if advisor is not none and advisor is not false %}AND s.Advisor = :advisor
{% endif %}{% if city_code %}AND s.city_code = :city_code
{% endif %}{% if min_age is not none and min_age is not false %}AND s.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND s.Age <= :max_age
{% endif %}GROUP BY v.office_order, v.office, v.candidate, s.Fname, s.LName, s.Age, s.Sex,
    s.Major, s.Advisor, s.city_code
ORDER BY
{% if sort == 'most_votes' %}votes DESC, v.office_order, candidate_id
{% elif sort == 'last_name' %}last_name, first_name, v.office_order
{% else %}v.office_order, votes DESC, candidate_id
{% endif %}
