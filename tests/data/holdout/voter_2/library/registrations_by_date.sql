/*---
title: Voter registrations by date
description: >
  One row per registration date and election cycle: how many voting records carry that
  registration date in that cycle, and whose they are. Latest date first.
examples:
  - registration dates per cycle
  - when did our voters register
  - registrations by date
keywords: [registration, registrations, registered, register, registration date,
           registration dates, date, dates, when, cycle, election cycle, spring, fall,
           voters, records, per date, by date, distinct]
owner: "@student-gov-data"
---*/
SELECT
    v.Registration_Date AS registration_date,
    v.Election_Cycle AS election_cycle,
    COUNT(*) AS voting_records,
    string_agg(DISTINCT CAST(v.StuID AS VARCHAR), ', ' ORDER BY CAST(v.StuID AS VARCHAR)) AS voter_ids
FROM Voting_record AS v
GROUP BY v.Registration_Date, v.Election_Cycle
ORDER BY v.Registration_Date DESC, v.Election_Cycle
