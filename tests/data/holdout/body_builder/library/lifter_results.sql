/*---
title: Lifter results
description: >
  One row per body builder (competing lifter): ids, name, snatch, clean and jerk and total (kg),
  with height (cm), body weight (kg), birth date and birth place. Optionally one lifter by
  name, lifters born in one state or one month, a total or snatch strictly above / below a
  mark, or height and body weight within bounds (inclusive). Highest total first (default),
  or lowest total, best or lowest snatch, best clean and jerk, heaviest, lightest, tallest,
  shortest, or by name; optionally the top n.
examples:
  - results table for all lifters
  - what did Cam Fowler lift
  - lifters totalling over 310
  - snatch and clean & jerk for everyone, best snatch first
  - who is the heaviest lifter
  - lifters born in Michigan and their totals
keywords: [body builder, body builders, bodybuilder, lifter, lifters, athlete, athletes,
           competitor, snatch, clean and jerk, clean jerk, total, score, scores, result,
           results, lifted, ranking, leaderboard]
params:
  lifter: {type: string, optional: true, label: lifter name}
  birth_state:
    type: choice
    optional: true
    label: birth state
    choices: [Alaska, Illinois, Michigan, Minnesota, New Hampshire]
    synonyms: {ak: Alaska, il: Illinois, mi: Michigan, mn: Minnesota, nh: New Hampshire}
  birth_month:
    type: choice
    optional: true
    label: birth month
    choices: [January, February, March, April, May, June, July, August, September,
              October, November, December]
    synonyms: {jan: January, feb: February, mar: March, apr: April, jun: June, jul: July,
               aug: August, sep: September, sept: September, oct: October, nov: November,
               dec: December}
  total_over: {type: number, optional: true, label: total strictly above (kg)}
  total_under: {type: number, optional: true, label: total strictly below (kg)}
  snatch_over: {type: number, optional: true, label: snatch strictly above (kg)}
  snatch_under: {type: number, optional: true, label: snatch strictly below (kg)}
  min_height: {type: int, optional: true, label: height at least (cm)}
  max_height: {type: int, optional: true, label: height at most (cm)}
  min_weight: {type: int, optional: true, label: body weight at least (kg)}
  max_weight: {type: int, optional: true, label: body weight at most (kg)}
  sort:
    type: choice
    choices: [total, total_asc, snatch, snatch_asc, clean_jerk, heaviest, lightest,
              tallest, shortest, name]
    default: total
    synonyms: {highest total: total, best total: total, by total: total,
               lowest total: total_asc, ascending total: total_asc,
               best snatch: snatch, highest snatch: snatch, lowest snatch: snatch_asc,
               ascending snatch: snatch_asc, best clean and jerk: clean_jerk,
               highest clean and jerk: clean_jerk, heaviest: heaviest,
               heaviest first: heaviest, lightest: lightest, tallest: tallest,
               shortest: shortest, by name: name, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@strength-stats"
---*/
SELECT b.Body_Builder_ID AS body_builder_id, b.People_ID AS people_id, p.Name AS name, b.Snatch AS snatch,
       b.Clean_Jerk AS clean_jerk, b.Total AS total, p.Height AS height, p.Weight AS weight,
       p.Birth_Date AS birth_date, p.Birth_Place AS birth_place
FROM body_builder AS b
JOIN people AS p ON p.People_ID = b.People_ID
WHERE 1 = 1
{% if lifter %}AND p.Name = :lifter
{% endif %}{% if birth_state %}AND trim(split_part(p.Birth_Place, ',', 2)) = :birth_state
{% endif %}{% if birth_month %}AND p.Birth_Date LIKE (:birth_month || ' %')
{% endif %}{% if total_over is not none %}AND b.Total > :total_over
{% endif %}{% if total_under is not none %}AND b.Total < :total_under
{% endif %}{% if snatch_over is not none %}AND b.Snatch > :snatch_over
{% endif %}{% if snatch_under is not none %}AND b.Snatch < :snatch_under
{% endif %}{% if min_height is not none %}AND p.Height >= :min_height
{% endif %}{% if max_height is not none %}AND p.Height <= :max_height
{% endif %}{% if min_weight is not none %}AND p.Weight >= :min_weight
{% endif %}{% if max_weight is not none %}AND p.Weight <= :max_weight
{% endif %}ORDER BY
{% if sort == 'total_asc' %}b.Total, p.Name
{% elif sort == 'snatch' %}b.Snatch DESC, p.Name
{% elif sort == 'snatch_asc' %}b.Snatch, p.Name
{% elif sort == 'clean_jerk' %}b.Clean_Jerk DESC, p.Name
{% elif sort == 'heaviest' %}p.Weight DESC, p.Name
{% elif sort == 'lightest' %}p.Weight, p.Name
{% elif sort == 'tallest' %}p.Height DESC, p.Name
{% elif sort == 'shortest' %}p.Height, p.Name
{% elif sort == 'name' %}p.Name
{% else %}b.Total DESC, p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
