/*---
title: Ballots (voting records)
description: >
  One row per voting record: the voter's student id and name, registration date, election
  cycle (Spring or Fall), and the student id voted for as president, vice president,
  secretary, treasurer, class president and class senator. Optionally one cycle, one voter
  (student id) or one registration date. By registration date (default) or voter.
examples:
  - show all the ballots
  - what did student 1003 vote in the fall
  - ballots from voters registered on 2013-08-30
  - full voting record for the spring cycle
keywords: [voting, vote, votes, voted, voter, voters, ballot, ballots, record, records,
           voting record, voting records, registration, registered, registration date, date,
           election, cycle, election cycle, spring, fall, autumn, president, vice president,
           secretary, treasurer, class president, class senator, senator, list, all]
params:
  cycle:
    type: choice
    optional: true
    choices: [Spring, Fall]
    synonyms: {spring: Spring, spring cycle: Spring, fall: Fall, autumn: Fall,
               fall cycle: Fall}
  voter_id: {type: int, optional: true, min: 1000, max: 9999, label: voter student id}
  registered_on: {type: date, optional: true, label: registration date}
  sort:
    type: choice
    choices: [registration_date, voter]
    default: registration_date
    synonyms: {by date: registration_date, by registration: registration_date,
               by voter: voter, by student: voter}
owner: "@student-gov-data"
---*/
SELECT
    v.StuID AS voter_id,
    s.Fname AS voter_first_name,
    s.LName AS voter_last_name,
    v.Registration_Date AS registration_date,
    v.Election_Cycle AS election_cycle,
    v.President_Vote AS president_vote,
    v.Vice_President_Vote AS vice_president_vote,
    v.Secretary_Vote AS secretary_vote,
    v.Treasurer_Vote AS treasurer_vote,
    v.Class_President_Vote AS class_president_vote,
    v.Class_Senator_Vote AS class_senator_vote
FROM Voting_record AS v
LEFT JOIN Student AS s ON s.StuID = v.StuID
WHERE 1 = 1
{% if cycle %}AND v.Election_Cycle = :cycle
{% endif %}{% if voter_id is not none and voter_id is not false %}AND v.StuID = :voter_id
{% endif %}{% if registered_on %}AND v.Registration_Date = CAST(:registered_on AS DATE)
{% endif %}ORDER BY
{% if sort == 'voter' %}v.StuID, v.Election_Cycle
{% else %}v.Registration_Date, v.StuID, v.Election_Cycle
{% endif %}
