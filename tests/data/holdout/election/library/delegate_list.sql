/*---
title: Delegates
description: >
  Every election record: the delegate, the district and its county, the counties represented,
  the party line (party and year), the year first elected and the committee. Optionally one
  district, one county, one party or one committee.
examples:
  - who are our delegates
  - delegates elected in district 3
  - which delegates sit on Ways and Means
  - Working Families delegates and their committees
  - delegates representing Colony
keywords: [delegate, delegates, representative, representatives, member, members, election,
           elections, elected, record, records, district, districts, county, counties, party,
           committee, committees, first elected, assignment]
params:
  district: {type: int, optional: true, min: 1, label: district number}
  county: {type: string, optional: true, label: county name}
  party:
    type: choice
    choices: [Democratic, Liberal, Independence, Working Families]
    optional: true
    synonyms: {democrat: Democratic, democrats: Democratic, dem: Democratic, dems: Democratic,
               liberals: Liberal, independents: Independence, independence party: Independence,
               wfp: Working Families, working families party: Working Families}
  committee: {type: string, optional: true, label: committee name}
owner: "@elections-data"
---*/
SELECT
    e.Election_ID,
    e.Delegate,
    e.District,
    c.County_name,
    e.Counties_Represented,
    p.Party,
    p.Year AS party_year,
    e.First_Elected,
    e.Committee
FROM election AS e
LEFT JOIN county AS c ON c.County_Id = e.District
LEFT JOIN party AS p ON p.Party_ID = e.Party
WHERE 1 = 1
{% if district %}AND e.District = :district
{% endif %}{% if county %}AND c.County_name = :county
{% endif %}{% if party %}AND p.Party = :party
{% endif %}{% if committee %}AND e.Committee = :committee
{% endif %}ORDER BY e.District, e.Delegate
