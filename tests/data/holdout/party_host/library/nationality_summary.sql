/*---
title: Hosts by nationality
description: >
  Hosts grouped by nationality: how many hosts, average, youngest and oldest age, and how
  many of them have hosted a party on record. Most hosts first (default), fewest, oldest
  average age, or by nationality.
examples:
  - number of hosts per nationality
  - which nationality has the most hosts
  - average host age by country
keywords: [nationality, nationalities, nation, nations, country, countries, per nationality,
           each nationality, by nationality, by country, how many hosts, number of hosts,
           count, common, most common]
params:
  sort:
    type: choice
    choices: [most_hosts, fewest_hosts, average_age, name]
    default: most_hosts
    synonyms: {most: most_hosts, most common: most_hosts, fewest: fewest_hosts,
               least common: fewest_hosts, age: average_age, oldest: average_age,
               alphabetical: name, by name: name}
owner: "@events-analytics"
---*/
SELECT h.Nationality AS nationality, COUNT(*) AS hosts, ROUND(AVG(h.Age), 1) AS average_age,
       MIN(h.Age) AS youngest_age, MAX(h.Age) AS oldest_age,
       COUNT(*) FILTER (WHERE h.Host_ID IN (SELECT Host_ID FROM party_host)) AS hosts_with_a_party
FROM host AS h
GROUP BY h.Nationality
ORDER BY
{% if sort == 'fewest_hosts' %}hosts, nationality
{% elif sort == 'average_age' %}average_age DESC
{% elif sort == 'name' %}nationality
{% else %}hosts DESC, nationality
{% endif %}
