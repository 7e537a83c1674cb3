/*---
title: Players by official language
description: >
  One row per official native language of the players' countries: the countries and how
  many match-season players. Optionally only players of one position.
examples:
  - players per language
  - what languages do our forwards' countries speak
  - language breakdown of the roster
keywords: [language, languages, official language, native language, per language,
           by language, speak, spoken, english, linguistic]
params:
  position:
    type: choice
    choices: [Defender, Midfielder, Forward]
    optional: true
    synonyms: {defender: Defender, defenders: Defender, defence: Defender, defense: Defender,
               defensive: Defender, back: Defender, midfielder: Midfielder,
               midfielders: Midfielder, midfield: Midfielder, forward: Forward,
               forwards: Forward, striker: Forward, strikers: Forward, attacker: Forward}
owner: "@league-analytics"
---*/
SELECT c.Official_native_language AS official_native_language,
       string_agg(DISTINCT c.Country_name, ', ' ORDER BY c.Country_name) AS countries,
       COUNT(*) AS players
FROM match_season AS m
JOIN country AS c ON c.Country_id = m.Country
WHERE 1 = 1
{% if position %}AND m.Position = :position
{% endif %}GROUP BY c.Official_native_language
ORDER BY players DESC, c.Official_native_language
