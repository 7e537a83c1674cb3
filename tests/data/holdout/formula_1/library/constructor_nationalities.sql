/*---
title: Constructors per nationality
description: >
  One row per team nationality (British, Italian, French...): how many constructors of that
  nationality have entered since 1950, and their names. Most constructors first (default) or
  alphabetical by nationality.
examples:
  - how many British teams have there been
  - constructor count by country
  - which nationalities have the most F1 teams
keywords: [constructor, constructors, team, teams, nationality, nationalities, country,
           countries, how many, number of, count, each nationality, per nationality,
           different, breakdown]
params:
  sort:
    type: choice
    choices: [most, nationality]
    default: most
    synonyms: {most teams: most, biggest: most, alphabetical: nationality, a to z: nationality}
owner: "@f1-stats"
---*/
SELECT
    nationality,
    COUNT(*) AS constructors,
    STRING_AGG(name, ', ' ORDER BY name) AS constructor_names
FROM constructors
GROUP BY nationality
ORDER BY
{% if sort == 'nationality' %}nationality
{% else %}constructors DESC, nationality
{% endif %}
