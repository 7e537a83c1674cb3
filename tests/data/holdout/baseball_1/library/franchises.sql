/*---
title: Franchise list
description: >
  One row per franchise: franchise id, franchise name, whether it is active (Y), defunct
  (N) or a National Association club (NA), and its National Association id if any.
  Optionally only active, defunct or National Association franchises, or one franchise
  by name. By franchise name (default) or franchise id.
examples:
  - list of current franchises
  - which franchises are defunct
  - national association clubs
keywords: [franchise, franchises, club, clubs, organization, organizations, active,
           current, defunct, inactive, folded, national association, list, how many]
params:
  active:
    type: choice
    optional: true
    choices: ['Y', 'N', 'NA']
    synonyms: {active: 'Y', current: 'Y', still active: 'Y', existing: 'Y', defunct: 'N',
               inactive: 'N', folded: 'N', national association: 'NA'}
  franchise: {type: string, optional: true, label: franchise name}
  sort:
    type: choice
    choices: [name, franchise_id]
    default: name
    synonyms: {alphabetical: name, by name: name, by id: franchise_id}
owner: "@baseball-data"
---*/
SELECT
    franchise_id,
    franchise_name,
    active,
    na_assoc
FROM team_franchise
WHERE 1 = 1
{% if active %}AND active = :active
{% endif %}{% if franchise %}AND franchise_name = :franchise
{% endif %}ORDER BY
{% if sort == 'franchise_id' %}franchise_id
{% else %}franchise_name, franchise_id
{% endif %}
