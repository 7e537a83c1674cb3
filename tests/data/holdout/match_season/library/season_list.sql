/*---
title: Match seasons (draft picks by season)
description: >
  One row per match season: season, the season's player, position, country, team, draft
  pick number, draft class and college. Optionally one position (Defender, Midfielder,
  Forward), college, country, team or draft class, or a range of seasons (inclusive).
  By season (default), by college A-Z, or by draft pick (earliest pick first).
examples:
  - who played each season and for which team
  - forwards and their draft picks
  - players out of Virginia
  - seasons 2000 to 2005 with college and country
keywords: [season, seasons, match season, player, players, position, positions, country,
           team, draft, draft pick, pick number, draft class, college, colleges, university,
           school, roster, who played]
params:
  position:
    type: choice
    choices: [Defender, Midfielder, Forward]
    optional: true
    synonyms: {defender: Defender, defenders: Defender, defence: Defender, defense: Defender,
               defensive: Defender, back: Defender, midfielder: Midfielder,
               midfielders: Midfielder, midfield: Midfielder, forward: Forward,
               forwards: Forward, striker: Forward, strikers: Forward, attacker: Forward}
  college: {type: string, optional: true, label: college}
  country: {type: string, optional: true, label: country}
  team: {type: string, optional: true, label: team}
  draft_class: {type: string, optional: true, label: draft class}
  from_season: {type: int, optional: true, min: 1900, max: 2100, label: from season}
  to_season: {type: int, optional: true, min: 1900, max: 2100, label: to season}
  sort:
    type: choice
    choices: [season, college, draft_pick]
    default: season
    synonyms: {by season: season, chronological: season, by college: college,
               college alphabetical: college, by pick: draft_pick, earliest pick: draft_pick,
               highest pick: draft_pick, pick number: draft_pick}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@league-analytics"
---*/
SELECT m.Season AS season, m.Player AS player, m.Position AS position, c.Country_name AS country,
       t.Name AS team, m.Draft_Pick_Number AS draft_pick_number, m.Draft_Class AS draft_class,
       m.College AS college
FROM match_season AS m
LEFT JOIN country AS c ON c.Country_id = m.Country
LEFT JOIN team AS t ON t.Team_id = m.Team
WHERE 1 = 1
{% if position %}AND m.Position = :position
{% endif %}{% if college %}AND lower(m.College) = lower(:college)
{% endif %}{% if country %}AND lower(c.Country_name) = lower(:country)
{% endif %}{% if team %}AND lower(t.Name) = lower(:team)
{% endif %}{% if draft_class %}AND lower(m.Draft_Class) = lower(:draft_class)
{% endif %}{% if from_season is not none and from_season is not false %}AND m.Season >= :from_season
{% endif %}{% if to_season is not none and to_season is not false %}AND m.Season <= :to_season
{% endif %}ORDER BY
{% if sort == 'college' %}m.College, m.Season
{% elif sort == 'draft_pick' %}m.Draft_Pick_Number, m.Season
{% else %}m.Season
{% endif %}{% if n %}LIMIT :n
{% endif %}
