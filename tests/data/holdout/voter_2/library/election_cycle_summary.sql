/*---
title: Election cycles at a glance
description: >
  One row per election cycle (Spring, Fall): voting records, distinct voters, earliest and
  latest registration date of those voters. Cycle order.
examples:
  - ballots per election cycle
  - turnout spring vs fall
  - how many people voted in each cycle
keywords: [election, elections, cycle, cycles, election cycle, spring, fall, each cycle,
           per cycle, by cycle, voting, records, voting records, ballots, votes, turnout,
           voters, how many, number, count, registration]
owner: "@student-gov-data"
---*/
SELECT
    Election_Cycle AS election_cycle,
    COUNT(*) AS voting_records,
    COUNT(DISTINCT StuID) AS voters,
    MIN(Registration_Date) AS earliest_registration,
    MAX(Registration_Date) AS latest_registration
FROM Voting_record
GROUP BY Election_Cycle
ORDER BY CASE Election_Cycle WHEN 'Spring' THEN 1 WHEN 'Fall' THEN 2 ELSE 3 END
