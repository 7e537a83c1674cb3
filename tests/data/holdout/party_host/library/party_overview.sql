/*---
title: Parties overview
description: >
  One row over all parties: how many party series and locations, the total, average,
  smallest and largest number of hosts, the earliest first year and latest last year, and
  how many hosts are on record.
examples:
  - parties overview
  - average number of hosts per party
  - how many parties in total
keywords: [overview, summary, overall, total, all parties, altogether, how many parties,
           number of parties, count, average, mean, minimum, maximum, headline]
params: {}
owner: "@events-analytics"
---*/
SELECT COUNT(*) AS parties, COUNT(DISTINCT Location) AS locations,
       SUM(Number_of_hosts) AS total_hosts, ROUND(AVG(Number_of_hosts), 2) AS average_hosts,
       MIN(Number_of_hosts) AS fewest_hosts, MAX(Number_of_hosts) AS most_hosts,
       MIN(First_year) AS earliest_year, MAX(Last_year) AS latest_year,
       (SELECT COUNT(*) FROM host) AS hosts_on_record
FROM party
