/*---
title: Award nominations
description: >
  One row per musical and its award nomination: musical id, musical, year, award (Tony Award
  or Drama Desk Award), category, nominee and result (Won or Nominated). Optionally one
  musical, one nominee, one award, one result, one category or one year. In musical id order.
examples:
  - which awards was Wicked up for
  - what was Cleavant Derricks nominated for
  - Drama Desk nominations
  - which shows won their category
  - nominations in 1986
  - list of musicals with award, category and result
keywords: [nomination, nominations, nominated, nominee, award, awards, category, categories,
           result, won, win, musical, musicals, show, shows, tony, drama desk]
params:
  musical: {type: string, optional: true, label: musical}
  nominee: {type: string, optional: true, label: nominee}
  award:
    type: choice
    optional: true
    label: award
    choices: [Tony Award, Drama Desk Award]
    synonyms: {tony: Tony Award, tonys: Tony Award, tony awards: Tony Award,
               drama desk: Drama Desk Award, drama desk awards: Drama Desk Award}
  result:
    type: choice
    optional: true
    label: result
    choices: [Won, Nominated]
    synonyms: {won: Won, win: Won, wins: Won, winner: Won, winners: Won, winning: Won,
               lost: Nominated, nominated only: Nominated, did not win: Nominated}
  category: {type: string, optional: true, label: award category}
  year: {type: int, optional: true, label: award year}
owner: "@theatre-analytics"
---*/
SELECT Musical_ID AS musical_id, Name AS musical, "Year" AS year, Award AS award,
       Category AS category, Nominee AS nominee, "Result" AS result
FROM musical
WHERE 1 = 1
{% if musical %}AND Name = :musical
{% endif %}{% if nominee %}AND Nominee = :nominee
{% endif %}{% if award %}AND Award = :award
{% endif %}{% if result %}AND "Result" = :result
{% endif %}{% if category %}AND Category = :category
{% endif %}{% if year is not none %}AND "Year" = :year
{% endif %}ORDER BY Musical_ID
