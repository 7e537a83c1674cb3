/*---
title: Players
description: >
  Every player with id, name, training hours and whether they hold a yellow card. Optionally
  only carded or uncarded players, or a range of training hours; sorted by name or hours.
examples:
  - show me all players
  - players on a yellow card
  - who has trained at least 1200 hours
  - players with the fewest practice hours
keywords: [player, players, athlete, athletes, student, students, name, training, trained,
           hours, practice, practiced, card, yellow card, carded, booked]
params:
  card:
    type: choice
    choices: ["yes", "no"]
    optional: true
    synonyms: {carded: "yes", booked: "yes", yellow card: "yes", with a card: "yes",
               no card: "no", uncarded: "no", clean: "no"}
  min_hours: {type: int, optional: true, min: 0, label: trained at least this many hours}
  max_hours: {type: int, optional: true, min: 0, label: trained at most this many hours}
  sort:
    type: choice
    choices: [name, most_hours, fewest_hours]
    default: name
    synonyms: {alphabetical: name, most hours: most_hours, hardest working: most_hours,
               descending hours: most_hours, fewest hours: fewest_hours,
               least training: fewest_hours, ascending hours: fewest_hours}
owner: "@athletics-analytics"
---*/
SELECT
    pID,
    pName,
    HS AS training_hours,
    yCard
FROM Player
WHERE 1 = 1
{% if card %}AND yCard = :card
{% endif %}{% if min_hours %}AND HS >= :min_hours
{% endif %}{% if max_hours %}AND HS <= :max_hours
{% endif %}ORDER BY
{% if sort == 'most_hours' %}HS DESC, pName
{% elif sort == 'fewest_hours' %}HS, pName
{% else %}pName
{% endif %}
