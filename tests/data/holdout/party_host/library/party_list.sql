/*---
title: Parties
description: >
  One row per party series: theme, location, first and last year, how many years it ran,
  its number of hosts, and the hosts on record with the one in charge. Optionally one theme,
  one location, a range on the number of hosts (more than / fewer than, strict), or series
  running in a given year. By first year (default), or most hosts, fewest hosts, longest
  run, or theme.
examples:
  - list the parties with their location
  - which party had the most hosts
  - parties at Heineken Music Hall Amsterdam
  - what parties were running in 2003
keywords: [party, parties, event, events, theme, themes, location, venue, where, first year,
           last year, started, ended, ran, running, run, number of hosts, hosts, series]
params:
  theme: {type: string, optional: true, label: party theme}
  location: {type: string, optional: true, label: location}
  min_hosts: {type: int, optional: true, min: 0, label: more than (hosts)}
  max_hosts: {type: int, optional: true, min: 0, label: fewer than (hosts)}
  active_in: {type: int, optional: true, label: running in year}
  sort:
    type: choice
    choices: [first_year, most_hosts, fewest_hosts, longest_run, theme]
    default: first_year
    synonyms: {chronological: first_year, oldest: first_year, started: first_year,
               most hosts: most_hosts, largest: most_hosts, biggest: most_hosts,
               fewest hosts: fewest_hosts, least hosts: fewest_hosts, smallest: fewest_hosts,
               number of hosts: most_hosts, longest: longest_run, duration: longest_run,
               alphabetical: theme, by theme: theme}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@events-analytics"
---*/
SELECT p.Party_Theme AS theme, p.Location AS location, p.First_year AS first_year,
       p.Last_year AS last_year, p.Last_year - p.First_year + 1 AS years_running,
       p.Number_of_hosts AS number_of_hosts,
       (SELECT STRING_AGG(h.Name, ', ' ORDER BY h.Name) FROM party_host AS ph
        JOIN host AS h ON h.Host_ID = ph.Host_ID WHERE ph.Party_ID = p.Party_ID) AS hosts_on_record,
       (SELECT STRING_AGG(h.Name, ', ' ORDER BY h.Name) FROM party_host AS ph
        JOIN host AS h ON h.Host_ID = ph.Host_ID
        WHERE ph.Party_ID = p.Party_ID AND ph.Is_Main_in_Charge) AS main_in_charge
FROM party AS p
WHERE 1 = 1
{% if theme %}AND p.Party_Theme = :theme
{% endif %}{% if location %}AND p.Location = :location
{% endif %}{% if min_hosts is not none and min_hosts is not false %}AND p.Number_of_hosts > :min_hosts
{% endif %}{% if max_hosts is not none and max_hosts is not false %}AND p.Number_of_hosts < :max_hosts
{% endif %}{% if active_in is not none and active_in is not false %}AND p.First_year <= :active_in AND p.Last_year >= :active_in
{% endif %}ORDER BY
{% if sort == 'most_hosts' %}p.Number_of_hosts DESC
{% elif sort == 'fewest_hosts' %}p.Number_of_hosts, p.Party_Theme
{% elif sort == 'longest_run' %}years_running DESC, p.First_year
{% elif sort == 'theme' %}p.Party_Theme
{% else %}p.First_year, p.Party_Theme
{% endif %}{% if n %}LIMIT :n
{% endif %}
