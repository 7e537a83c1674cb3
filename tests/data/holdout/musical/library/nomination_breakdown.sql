/*---
title: Nominations breakdown
description: >
  Nominations counted by result (default), by award or by year: the number of nominations,
  the number won and the musicals in each group. Optionally only one award. Biggest group
  first.
examples:
  - how many nominations were won vs not
  - nominations by award
  - most frequent outcome of our nominations
  - count of nominations per year
keywords: [breakdown, split, result, results, outcome, outcomes, won, lost, frequent,
           common, by award, per award, by year, per year, how many, count, counts, tally]
params:
  by:
    type: choice
    choices: [result, award, year]
    default: result
    synonyms: {by result: result, per result: result, outcome: result, by award: award,
               per award: award, by year: year, per year: year, yearly: year}
  award:
    type: choice
    optional: true
    label: award
    choices: [Tony Award, Drama Desk Award]
    synonyms: {tony: Tony Award, tonys: Tony Award, tony awards: Tony Award,
               drama desk: Drama Desk Award, drama desk awards: Drama Desk Award}
owner: "@theatre-analytics"
---*/
SELECT
{% if by == 'award' %}Award AS award,
{% elif by == 'year' %}"Year" AS year,
{% else %}"Result" AS result,
{% endif %}COUNT(*) AS nominations, COUNT(*) FILTER (WHERE "Result" = 'Won') AS won,
       string_agg(Name, '; ' ORDER BY Musical_ID) AS musicals
FROM musical
WHERE 1 = 1
{% if award %}AND Award = :award
{% endif %}GROUP BY 1
ORDER BY nominations DESC, 1
