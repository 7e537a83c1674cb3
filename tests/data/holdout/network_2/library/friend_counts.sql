/*---
title: Friends per person
description: >
  One row per person (with 0 for someone who lists no friend): how many friends they list,
  the average, youngest and oldest age of those friends, and their longest friendship in
  years. Optionally one person, at least (min_friends) or at most (max_friends) a number of
  friends. Most friends first (default), fewest first, oldest friends on average first, or
  by name.
examples:
  - friend count for each member
  - who has the most friends
  - members with no friends at all
  - whose friends are the youngest on average
keywords: [friends, friend, how many friends, number of friends, count, per person, each
           person, most, fewest, no friends, none, exactly, only one, lonely, average age,
           friends' age, oldest, youngest, longest friendship]
params:
  person: {type: string, optional: true, label: person's name}
  min_friends: {type: int, optional: true, min: 0, max: 1000, label: friends at least}
  max_friends: {type: int, optional: true, min: 0, max: 1000, label: friends at most}
  sort:
    type: choice
    choices: [most_friends, fewest_friends, oldest_friends, youngest_friends, name]
    default: most_friends
    synonyms: {most: most_friends, most friends: most_friends, fewest: fewest_friends,
               least friends: fewest_friends, oldest friends: oldest_friends,
               oldest average age: oldest_friends, youngest friends: youngest_friends,
               alphabetical: name, by name: name}
owner: "@growth-analytics"
---*/
SELECT
    p.name AS person,
    COUNT(pf.friend) AS friends,
    ROUND(AVG(fr.age), 2) AS friends_average_age,
    MIN(fr.age) AS youngest_friend_age,
    MAX(fr.age) AS oldest_friend_age,
    MAX(pf.year) AS longest_friendship_years
FROM Person AS p
LEFT JOIN PersonFriend AS pf ON pf.name = p.name
LEFT JOIN Person AS fr ON fr.name = pf.friend
WHERE 1 = 1
{% if person %}AND p.name = :person
{% endif %}GROUP BY p.name
HAVING 1 = 1
{% if min_friends is not none and min_friends is not false %}AND COUNT(pf.friend) >= :min_friends
{% endif %}{% if max_friends is not none and max_friends is not false %}AND COUNT(pf.friend) <= :max_friends
{% endif %}ORDER BY
{% if sort == 'fewest_friends' %}friends, p.name
{% elif sort == 'oldest_friends' %}friends_average_age DESC NULLS LAST, p.name
{% elif sort == 'youngest_friends' %}friends_average_age NULLS LAST, p.name
{% elif sort == 'name' %}p.name
{% else %}friends DESC, p.name
{% endif %}
