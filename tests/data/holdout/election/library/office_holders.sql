/*---
title: Candidates per office
description: >
  For one statewide office (governor by default), every person who appears on a party ticket
  for it, on how many tickets and for which parties, most often first.
examples:
  - who ran for attorney general and how often
  - lieutenant governor candidates
  - everyone nominated for US Senate
  - who was on the most tickets for governor
keywords: [office, governor, lieutenant governor, comptroller, attorney general, senate,
           senator, candidate, candidates, nominee, person, people, times, how often, most,
           frequently, tickets]
params:
  office:
    type: choice
    choices: [governor, lieutenant_governor, comptroller, attorney_general, us_senate]
    default: governor
    synonyms: {lieutenant governor: lieutenant_governor, lt governor: lieutenant_governor,
               lt. governor: lieutenant_governor, attorney general: attorney_general,
               ag: attorney_general, senate: us_senate, senator: us_senate,
               us senate: us_senate, us senator: us_senate}
owner: "@elections-data"
---*/
SELECT
    person,
    COUNT(*) AS times,
    string_agg(DISTINCT Party, ', ') AS parties
FROM (
    SELECT
        Party,
        {% if office == 'lieutenant_governor' %}Lieutenant_Governor
        {%- elif office == 'comptroller' %}Comptroller
        {%- elif office == 'attorney_general' %}Attorney_General
        {%- elif office == 'us_senate' %}US_Senate
        {%- else %}Governor{% endif %} AS person
    FROM party
) AS t
WHERE person <> '(no election)'
GROUP BY person
ORDER BY times DESC, person
