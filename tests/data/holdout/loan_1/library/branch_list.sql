/*---
title: Branch directory
description: >
  Every bank branch: branch id, branch name, city, state and the number of customers it
  reports. Optionally one branch by name, the branches of one city or one state, or only
  branches whose customer count lies in a window; sorted by branch name (default), most
  customers first or fewest customers first; cut to the first n.
examples:
  - list our branches with their city and state
  - where is the high street branch located
  - branches in Texas
  - which branch serves the most clients
  - branches with 200 to 400 customers on the books
keywords: [branch, branches, bank, banks, office, offices, location, located, where, city,
           cities, state, states, name, names, customers, clients, customer count, biggest,
           largest, smallest, how many, list]
params:
  branch: {type: string, optional: true, label: branch name}
  city: {type: string, optional: true, label: city}
  state: {type: string, optional: true, label: state}
  min_customers: {type: int, optional: true, min: 0, label: customers at least}
  max_customers: {type: int, optional: true, min: 0, label: customers at most}
  sort:
    type: choice
    choices: [name, most_customers, fewest_customers]
    default: name
    synonyms: {alphabetical: name, a to z: name, by name: name, biggest: most_customers,
               largest: most_customers, most clients: most_customers,
               smallest: fewest_customers, fewest clients: fewest_customers}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n branches}
owner: "@retail-banking-analytics"
---*/
SELECT
    branch_ID,
    bname,
    city,
    state,
    no_of_customers
FROM bank
WHERE 1 = 1
{% if branch %}AND bname = :branch
{% endif %}{% if city %}AND city = :city
{% endif %}{% if state %}AND state = :state
{% endif %}{% if min_customers is not none and min_customers is not false %}AND no_of_customers >= :min_customers
{% endif %}{% if max_customers is not none and max_customers is not false %}AND no_of_customers <= :max_customers
{% endif %}ORDER BY
{% if sort == 'most_customers' %}no_of_customers DESC, bname
{% elif sort == 'fewest_customers' %}no_of_customers, bname
{% else %}bname, branch_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
