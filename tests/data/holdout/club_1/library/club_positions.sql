/*---
title: Club positions
description: >
  One row per position held in a club (President, Vice-President, CTO, ...): how many
  students hold it and in which clubs. Optionally one club only. By position.
examples:
  - what officer roles do the clubs have
  - list of club positions and who holds how many
keywords: [position, positions, role, roles, officer, officers, title, titles, board,
           committee, held, hold, how many, number, club, clubs, each, per, list]
params:
  club: {type: string, optional: true, label: club name}
owner: "@student-life-data"
---*/
SELECT
    m.Position AS position,
    COUNT(*) AS holders,
    STRING_AGG(DISTINCT c.ClubName, ', ' ORDER BY c.ClubName) AS clubs
FROM Member_of_club AS m
JOIN Club AS c ON c.ClubID = m.ClubID
WHERE m.Position IS NOT NULL
{% if club %}AND c.ClubName = :club
{% endif %}GROUP BY m.Position
ORDER BY 1
