/*---
title: Tryouts
description: >
  Every tryout: the player (id, name, training hours), the college and its state, the position
  tried for and the decision. Optionally one player, one college, one position or one decision;
  sorted by player name or college.
examples:
  - all tryout results
  - who was offered a spot at LSU
  - midfielders at the tryouts
  - where did Eddie try out
  - tryouts grouped by school
keywords: [tryout, tryouts, tried out, try out, trial, trials, player, players, students,
           college, school, state, position, decision, result, outcome, accepted, rejected,
           offer, roster, goalie, mid, striker]
params:
  player: {type: string, optional: true, label: player name}
  college: {type: string, optional: true, label: college name}
  position:
    type: choice
    choices: [goalie, mid, striker]
    optional: true
    synonyms: {goalkeeper: goalie, keeper: goalie, gk: goalie, goal: goalie, midfield: mid,
               midfielder: mid, mid-field: mid, midfielders: mid, forward: striker,
               attacker: striker, strikers: striker, goalies: goalie}
  decision:
    type: choice
    choices: ["yes", "no"]
    optional: true
    synonyms: {accepted: "yes", offered: "yes", made the team: "yes", successful: "yes",
               admitted: "yes", rejected: "no", cut: "no", turned down: "no", declined: "no"}
  sort:
    type: choice
    choices: [player, college]
    default: player
    synonyms: {name: player, alphabetical: player, school: college, by college: college}
owner: "@athletics-analytics"
---*/
SELECT
    t.pID,
    p.pName,
    p.HS AS training_hours,
    t.cName,
    c.state,
    t.pPos,
    t.decision
FROM Tryout AS t
JOIN Player AS p ON p.pID = t.pID
JOIN College AS c ON c.cName = t.cName
WHERE 1 = 1
{% if player %}AND p.pName = :player
{% endif %}{% if college %}AND t.cName = :college
{% endif %}{% if position %}AND t.pPos = :position
{% endif %}{% if decision %}AND t.decision = :decision
{% endif %}ORDER BY
{% if sort == 'college' %}t.cName, p.pName
{% else %}p.pName, t.cName
{% endif %}
