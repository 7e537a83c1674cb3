/*---
title: Ballot lines per year
description: Per election year, the number of party lines, how many different governor
  candidates they carried and which, to see cross-endorsements.
examples:
  - how many party lines were on the ballot each year
  - cross-endorsed governor candidates by year
  - fusion voting overview
keywords: [ballot, lines, year, years, cross-endorsement, cross endorsed, fusion, parties per
           year, governor candidates, election year]
params: {}
owner: "@elections-data"
---*/
SELECT
    Year,
    COUNT(*) AS party_lines,
    COUNT(DISTINCT Governor) AS governor_candidates,
    string_agg(DISTINCT Governor, ', ') AS governors
FROM party
GROUP BY Year
ORDER BY Year
