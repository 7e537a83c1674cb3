/*---
title: Who hosted which party
description: >
  One row per party-host pairing on record: the party's theme, location and number of
  hosts, the host's name, nationality and age, and whether they were the main host in
  charge. Optionally one theme, location, host or nationality, hosts older than an age
  (strict), parties with more than so many hosts (strict), or main hosts only. By theme
  (default), or by host age (youngest or oldest first).
examples:
  - which host hosted which party
  - who hosted Spring
  - parties hosted by Americans
  - who was in charge of each party
keywords: [hosted, hosted by, host of, hosts of, party host, party hosts, lineup, who hosted,
           in charge, main host, lead host, led, pairing, assignment, theme, location]
params:
  theme: {type: string, optional: true, label: party theme}
  location: {type: string, optional: true, label: party location}
  host: {type: string, optional: true, label: host name}
  nationality: {type: string, optional: true, label: host nationality}
  min_host_age: {type: int, optional: true, label: host older than}
  min_party_hosts: {type: int, optional: true, min: 0, label: party has more than (hosts)}
  main_only: {type: bool, default: false, label: main host in charge only}
  sort:
    type: choice
    choices: [theme, youngest, oldest]
    default: theme
    synonyms: {by theme: theme, party: theme, host age: youngest, age: youngest,
               youngest first: youngest, oldest first: oldest}
owner: "@events-analytics"
---*/
SELECT p.Party_Theme AS theme, p.Location AS location, p.Number_of_hosts AS party_hosts,
       h.Name AS host, h.Nationality AS nationality, h.Age AS age,
       ph.Is_Main_in_Charge AS main_in_charge
FROM party_host AS ph
JOIN party AS p ON p.Party_ID = ph.Party_ID
JOIN host AS h ON h.Host_ID = ph.Host_ID
WHERE 1 = 1
{% if theme %}AND p.Party_Theme = :theme
{% endif %}{% if location %}AND p.Location = :location
{% endif %}{% if host %}AND h.Name = :host
{% endif %}{% if nationality %}AND h.Nationality = :nationality
{% endif %}{% if min_host_age is not none and min_host_age is not false %}AND h.Age > :min_host_age
{% endif %}{% if min_party_hosts is not none and min_party_hosts is not false %}AND p.Number_of_hosts > :min_party_hosts
{% endif %}{% if main_only %}AND ph.Is_Main_in_Charge
{% endif %}ORDER BY
{% if sort == 'youngest' %}h.Age, h.Name
{% elif sort == 'oldest' %}h.Age DESC, h.Name
{% else %}p.Party_Theme, h.Name
{% endif %}
