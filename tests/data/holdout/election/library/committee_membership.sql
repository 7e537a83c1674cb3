/*---
title: Committees
description: >
  Every committee with its number of delegates, their parties and the counties they come from,
  largest first. Optionally counting only the delegates of one party.
examples:
  - committee sizes
  - which committees have Independence members
  - party make-up of each committee
keywords: [committee, committees, members, membership, seats, delegates, parties, party,
           make-up, composition, counties, per committee, each committee]
params:
  party:
    type: choice
    choices: [Democratic, Liberal, Independence, Working Families]
    optional: true
    synonyms: {democrat: Democratic, democrats: Democratic, dem: Democratic, dems: Democratic,
               liberals: Liberal, independents: Independence, independence party: Independence,
               wfp: Working Families, working families party: Working Families}
owner: "@elections-data"
---*/
SELECT
    e.Committee,
    COUNT(*) AS delegates,
    string_agg(DISTINCT p.Party, ', ') AS parties,
    string_agg(DISTINCT c.County_name, ', ') AS counties
FROM election AS e
LEFT JOIN party AS p ON p.Party_ID = e.Party
LEFT JOIN county AS c ON c.County_Id = e.District
WHERE 1 = 1
{% if party %}AND p.Party = :party
{% endif %}GROUP BY e.Committee
ORDER BY delegates DESC, e.Committee
