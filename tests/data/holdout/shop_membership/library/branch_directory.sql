/*---
title: Branches
description: >
  One row per branch: branch id, name, year opened, street (address road), city and its
  membership amount (the number of memberships the branch reports). Optionally one branch by
  name, the branches of one city, opened in one year or within a range of years, or with a
  membership amount within bounds (all bounds inclusive). By name (default), year opened,
  most memberships first or fewest first; optionally the top n.
examples:
  - list all branches with their address
  - branches in Oxford
  - which branches opened in 2009
  - top 3 branches by memberships
  - branches with at least 100 memberships
  - where is the Taverner branch
keywords: [branch, branches, shop, shops, store, stores, address, road, street, city,
           opened, open year, opening year, membership amount, memberships, location]
params:
  branch: {type: string, optional: true, label: branch name}
  city: {type: string, optional: true, label: city}
  open_year: {type: int, optional: true, label: opened in year}
  opened_from: {type: int, optional: true, label: opened from year (inclusive)}
  opened_to: {type: int, optional: true, label: opened up to year (inclusive)}
  min_memberships: {type: int, optional: true, min: 0, label: at least (memberships)}
  max_memberships: {type: int, optional: true, min: 0, label: at most (memberships)}
  sort:
    type: choice
    choices: [name, open_year, most_memberships, fewest_memberships]
    default: name
    synonyms: {alphabetical: name, by name: name, by open year: open_year,
               opening year: open_year, oldest first: open_year, by year opened: open_year,
               most memberships: most_memberships, biggest: most_memberships,
               largest: most_memberships, fewest memberships: fewest_memberships,
               smallest: fewest_memberships}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-analytics"
---*/
SELECT Branch_ID AS branch_id, Name AS branch, Open_year AS open_year,
       Address_road AS address_road, City AS city, membership_amount AS memberships
FROM branch
WHERE 1 = 1
{% if branch %}AND Name = :branch
{% endif %}{% if city %}AND City = :city
{% endif %}{% if open_year is not none %}AND Open_year = :open_year
{% endif %}{% if opened_from is not none %}AND Open_year >= :opened_from
{% endif %}{% if opened_to is not none %}AND Open_year <= :opened_to
{% endif %}{% if min_memberships is not none %}AND membership_amount >= :min_memberships
{% endif %}{% if max_memberships is not none %}AND membership_amount <= :max_memberships
{% endif %}ORDER BY
{% if sort == 'open_year' %}Open_year, Name
{% elif sort == 'most_memberships' %}membership_amount DESC, Name
{% elif sort == 'fewest_memberships' %}membership_amount, Name
{% else %}Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
