/*---
title: Draft classes
description: >
  Match-season players per draft class (e.g. 2000 MLS SuperDraft, Project-40): players,
  best, worst and average pick. Or per pick band (1-5, 6-10, 11-20, 21 and later) with
  `by: pick_band`.
examples:
  - picks per draft class
  - how many players were top 5 picks
  - average pick by draft
keywords: [draft, drafts, draft class, draft classes, superdraft, college draft, pick,
           picks, pick band, top 5 pick, first round, average pick, lottery]
params:
  by:
    type: choice
    choices: [draft_class, pick_band]
    default: draft_class
    synonyms: {class: draft_class, draft: draft_class, band: pick_band, bands: pick_band,
               pick range: pick_band}
owner: "@league-analytics"
---*/
SELECT {% if by == 'pick_band' %}CASE WHEN m.Draft_Pick_Number <= 5 THEN '1-5'
            WHEN m.Draft_Pick_Number <= 10 THEN '6-10'
            WHEN m.Draft_Pick_Number <= 20 THEN '11-20' ELSE '21 and later' END{% else %}m.Draft_Class{% endif %} AS grp,
       COUNT(*) AS players, MIN(m.Draft_Pick_Number) AS best_pick,
       MAX(m.Draft_Pick_Number) AS worst_pick, ROUND(AVG(m.Draft_Pick_Number), 1) AS average_pick,
       MIN(m.Season) AS first_season
FROM match_season AS m
GROUP BY grp
ORDER BY {% if by == 'pick_band' %}best_pick{% else %}first_season, grp{% endif %}
