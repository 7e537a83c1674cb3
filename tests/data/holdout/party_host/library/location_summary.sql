/*---
title: Parties by location
description: >
  Party series grouped by location: how many parties, their themes, total and average number
  of hosts, and the years covered. Most parties first (default), most hosts, or by location.
examples:
  - how many parties per location
  - which venue has hosted the most parties
  - party themes by venue
keywords: [location, locations, venue, venues, per location, each location, by location,
           where, place, places, how many parties, number of parties]
params:
  sort:
    type: choice
    choices: [most_parties, most_hosts, name]
    default: most_parties
    synonyms: {most: most_parties, most hosts: most_hosts, alphabetical: name, by name: name}
owner: "@events-analytics"
---*/
SELECT Location AS location, COUNT(*) AS parties,
       STRING_AGG(Party_Theme, ', ' ORDER BY Party_Theme) AS themes,
       SUM(Number_of_hosts) AS total_hosts, ROUND(AVG(Number_of_hosts), 1) AS average_hosts,
       MIN(First_year) AS first_year, MAX(Last_year) AS last_year
FROM party
GROUP BY Location
ORDER BY
{% if sort == 'most_hosts' %}total_hosts DESC
{% elif sort == 'name' %}location
{% else %}parties DESC, location
{% endif %}
