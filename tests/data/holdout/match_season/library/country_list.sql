/*---
title: Countries
description: >
  One row per country: name, capital, official native language(s), and how many
  match-season players come from it. Optionally one country, or countries whose official
  language contains a word (e.g. English). Most players first (default), or by name.
examples:
  - countries with their capitals
  - what language do they speak in Iran
  - player count per country
  - countries where english is an official language
keywords: [country, countries, nation, nations, capital, capitals, language, languages,
           official language, native language, spoken, players per country, nationality]
params:
  country: {type: string, optional: true, label: country}
  language: {type: string, optional: true, label: official language contains}
  sort:
    type: choice
    choices: [players, name]
    default: players
    synonyms: {most players: players, by players: players, alphabetical: name, by name: name,
               a-z: name}
owner: "@league-analytics"
---*/
SELECT c.Country_name AS country, c.Capital AS capital,
       c.Official_native_language AS official_native_language,
       COUNT(m.Season) AS players
FROM country AS c
LEFT JOIN match_season AS m ON m.Country = c.Country_id
WHERE 1 = 1
{% if country %}AND lower(c.Country_name) = lower(:country)
{% endif %}{% if language %}AND c.Official_native_language ILIKE '%' || :language || '%'
{% endif %}GROUP BY c.Country_id, c.Country_name, c.Capital, c.Official_native_language
ORDER BY
{% if sort == 'name' %}c.Country_name
{% else %}players DESC, c.Country_name
{% endif %}
