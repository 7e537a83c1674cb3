/*---
title: Fleet breakdown
description: >
  Ships counted per flag (default), ship type, ship class or year built (`by`), with the
  oldest and newest year built in each group. Most ships first (default) or by group.
examples:
  - how many ships per flag
  - fleet by type
  - number of ships built each year
  - what flags do we sail under
keywords: [fleet, ships, vessels, how many ships, number of ships, count, per flag, each
           flag, flags, by flag, type, types, per type, class, classes, year built, built
           year, each year, registry, breakdown, distribution]
params:
  by:
    type: choice
    choices: [flag, type, class, built_year]
    default: flag
    synonyms: {flags: flag, country: flag, registry: flag, ship type: type, types: type,
               ship class: class, classes: class, year: built_year, year built: built_year,
               built year: built_year, build year: built_year}
  sort:
    type: choice
    choices: [most_ships, fewest_ships, group]
    default: most_ships
    synonyms: {most: most_ships, fewest: fewest_ships, least: fewest_ships,
               alphabetical: group, by name: group}
owner: "@fleet-data"
---*/
SELECT
{% if by == 'type' %}s.Type{% elif by == 'class' %}s.Class{% elif by == 'built_year' %}CAST(s.Built_Year AS VARCHAR){% else %}s.Flag{% endif %} AS grouping,
    COUNT(*) AS ships, MIN(s.Built_Year) AS oldest_built, MAX(s.Built_Year) AS newest_built
FROM Ship AS s
GROUP BY grouping
ORDER BY
{% if sort == 'fewest_ships' %}ships, grouping
{% elif sort == 'group' %}grouping
{% else %}ships DESC, grouping
{% endif %}
