/*---
title: Nominees
description: >
  One row per nominee: how many musicals they were nominated for, how many of those they won,
  the awards involved and the musicals. Optionally counting only one award's nominations, or
  only nominees with a number of nominations within bounds (inclusive). Most nominations
  first (default) or by name.
examples:
  - how many nominations does each nominee have
  - who got nominated the most
  - nominees with at least 4 nominations
  - Tony nominations per nominee
  - nominee leaderboard
keywords: [nominee, nominees, nominated, nominations, person, people, who, most nominated,
           times, count, per nominee, each nominee, wins, leaderboard]
params:
  award:
    type: choice
    optional: true
    label: award
    choices: [Tony Award, Drama Desk Award]
    synonyms: {tony: Tony Award, tonys: Tony Award, tony awards: Tony Award,
               drama desk: Drama Desk Award, drama desk awards: Drama Desk Award}
  min_nominations: {type: int, optional: true, min: 0, label: at least (nominations)}
  max_nominations: {type: int, optional: true, min: 0, label: at most (nominations)}
  sort:
    type: choice
    choices: [most, name]
    default: most
    synonyms: {most nominations: most, most nominated: most, by name: name,
               alphabetical: name}
owner: "@theatre-analytics"
---*/
SELECT Nominee AS nominee, COUNT(*) AS nominations,
       COUNT(*) FILTER (WHERE "Result" = 'Won') AS wins,
       string_agg(DISTINCT Award, ', ' ORDER BY Award) AS awards,
       string_agg(Name, '; ' ORDER BY Musical_ID) AS musicals
FROM musical
WHERE 1 = 1
{% if award %}AND Award = :award
{% endif %}GROUP BY Nominee
HAVING 1 = 1
{% if min_nominations is not none %}AND COUNT(*) >= :min_nominations
{% endif %}{% if max_nominations is not none %}AND COUNT(*) <= :max_nominations
{% endif %}ORDER BY
{% if sort == 'name' %}Nominee
{% else %}nominations DESC, Nominee
{% endif %}
