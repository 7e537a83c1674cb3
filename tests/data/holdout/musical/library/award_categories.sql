/*---
title: Award categories
description: >
  One row per award and category we track: how many of our musicals were nominated in it and
  how many won. For the awards-season planning deck. Optionally one award.
examples:
  - which categories do we track
  - categories per award
  - Drama Desk categories we were up for
keywords: [category, categories, award category, award categories, track, planning,
           awards season, deck, section, sections]
params:
  award:
    type: choice
    optional: true
    label: award
    choices: [Tony Award, Drama Desk Award]
    synonyms: {tony: Tony Award, tonys: Tony Award, tony awards: Tony Award,
               drama desk: Drama Desk Award, drama desk awards: Drama Desk Award}
owner: "@theatre-analytics"
---*/
SELECT Award AS award, Category AS category, COUNT(*) AS musicals_nominated,
       COUNT(*) FILTER (WHERE "Result" = 'Won') AS won
FROM musical
WHERE 1 = 1
{% if award %}AND Award = :award
{% endif %}GROUP BY Award, Category
ORDER BY Award, Category
