/*---
title: Friends of friends
description: >
  For one person: the people their friends list as friends (second-degree connections),
  other than the person, with whom they are connected through and whether they are already
  a direct friend. Suggestions for "people you may know".
examples:
  - second-degree connections of Bob
  - people Zach may know
  - friends of Dan's friends
keywords: [friends of friends, friend of a friend, second degree, 2nd degree, extended,
           network, reach, may know, suggestions, recommend, through, via, mutual]
params:
  person: {type: string, label: whose network}
owner: "@growth-analytics"
---*/
SELECT DISTINCT
    f2.friend AS friend_of_friend,
    f1.friend AS through_friend,
    EXISTS (
        SELECT 1 FROM PersonFriend AS d WHERE d.name = f1.name AND d.friend = f2.friend
    ) AS already_friend
FROM PersonFriend AS f1
JOIN PersonFriend AS f2 ON f2.name = f1.friend
WHERE f1.name = :person
  AND f2.friend <> :person
ORDER BY friend_of_friend, through_friend
