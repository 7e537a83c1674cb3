/*---
title: Branch network by state or city
description: >
  The branch network summed up per state (default) or per city: number of branches, total
  customers the branches report, average customers per branch, and the largest branch with
  its customer count. Optionally only the branches of one state or one city. Most customers
  first (default), fewest first, or by place name.
examples:
  - customer base per state
  - how are our branches spread across cities
  - average branch size in Texas
  - total clients of the Austin branches
  - which city has the fewest customers
keywords: [state, states, city, cities, location, locations, place, region, per state,
           per city, each state, each city, branches, branch count, banks, customers, clients,
           customer base, total, sum, average, avg, mean, size, spread, footprint, network,
           how many, most, fewest, different, distinct]
params:
  by:
    type: choice
    choices: [state, city]
    default: state
    synonyms: {states: state, per state: state, by state: state, cities: city,
               per city: city, by city: city, town: city, towns: city}
  state: {type: string, optional: true, label: only branches in this state}
  city: {type: string, optional: true, label: only branches in this city}
  sort:
    type: choice
    choices: [most_customers, fewest_customers, name]
    default: most_customers
    synonyms: {most: most_customers, biggest: most_customers, largest: most_customers,
               fewest: fewest_customers, least: fewest_customers, smallest: fewest_customers,
               alphabetical: name, a to z: name}
owner: "@retail-banking-analytics"
---*/
SELECT
    {% if by == 'city' %}city, state{% else %}state{% endif %},
    COUNT(*) AS branches,
    SUM(no_of_customers) AS total_customers,
    ROUND(AVG(no_of_customers), 1) AS avg_customers_per_branch,
    ARG_MAX(bname, no_of_customers) AS largest_branch,
    MAX(no_of_customers) AS largest_branch_customers
FROM bank
WHERE 1 = 1
{% if state %}AND state = :state
{% endif %}{% if city %}AND city = :city
{% endif %}GROUP BY {% if by == 'city' %}city, state{% else %}state{% endif %}
ORDER BY
{% if sort == 'fewest_customers' %}total_customers, 1
{% elif sort == 'name' %}1
{% else %}total_customers DESC, 1
{% endif %}
