/*---
title: Are two people friends?
description: >
  For two people, every friendship recorded between them in either direction: who listed
  whom and for how many years. No row means they are not friends.
examples:
  - are Bob and Zach connected
  - how long have Dan and Zach been friends
  - check whether Alice knows Zach
keywords: [are, friends, connected, know, knows, between, pair, two people, how long,
           years, since, friendship, relationship, check]
params:
  person_a: {type: string, label: first person}
  person_b: {type: string, label: second person}
owner: "@growth-analytics"
---*/
SELECT
    pf.name AS listed_by,
    pf.friend AS friend,
    pf.year AS years
FROM PersonFriend AS pf
WHERE (pf.name = :person_a AND pf.friend = :person_b)
   OR (pf.name = :person_b AND pf.friend = :person_a)
ORDER BY pf.year DESC
