/*---
title: Party tickets
description: >
  Each party's statewide ticket per election year: governor, lieutenant governor, comptroller,
  attorney general and US Senate candidates. Optionally one party, one year or one governor
  candidate.
examples:
  - the 2002 tickets
  - who ran on the Independence line
  - which tickets had Carl McCall at the top
  - statewide slate of each party
keywords: [party, parties, ticket, tickets, slate, line, ballot, year, governor, lieutenant
           governor, comptroller, attorney general, senate, senator, candidates, nominees]
params:
  party:
    type: choice
    choices: [Democratic, Liberal, Independence, Working Families]
    optional: true
    synonyms: {democrat: Democratic, democrats: Democratic, dem: Democratic, dems: Democratic,
               liberals: Liberal, independents: Independence, independence party: Independence,
               wfp: Working Families, working families party: Working Families}
  year: {type: int, optional: true, min: 1900, max: 2100, label: election year}
  governor: {type: string, optional: true, label: governor candidate}
owner: "@elections-data"
---*/
SELECT
    Party_ID,
    Year,
    Party,
    Governor,
    Lieutenant_Governor,
    Comptroller,
    Attorney_General,
    US_Senate
FROM party
WHERE 1 = 1
{% if party %}AND Party = :party
{% endif %}{% if year %}AND Year = :year
{% endif %}{% if governor %}AND Governor = :governor
{% endif %}ORDER BY Year, Party
