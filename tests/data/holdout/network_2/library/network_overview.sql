/*---
title: Network at a glance
description: >
  One row for the whole network: how many people, their average, youngest and oldest age,
  how many different cities and different jobs they come from, how many friendships are
  recorded and the average friendship length in years.
examples:
  - how big is the network
  - average member age overall
  - how many distinct occupations are there
  - number of cities our users live in
keywords: [network, overall, total, all, everyone, how many, number, count, people, persons,
           average, mean, age, youngest, oldest, distinct, different, cities, city, jobs, job,
           occupations, friendships, summary, overview, size]
owner: "@growth-analytics"
---*/
SELECT
    COUNT(*) AS people,
    ROUND(AVG(p.age), 2) AS average_age,
    MIN(p.age) AS youngest_age,
    MAX(p.age) AS oldest_age,
    COUNT(DISTINCT p.city) AS cities,
    COUNT(DISTINCT p.job) AS jobs,
    (SELECT COUNT(*) FROM PersonFriend) AS friendships,
    (SELECT ROUND(AVG(year), 2) FROM PersonFriend) AS average_friendship_years
FROM Person AS p
