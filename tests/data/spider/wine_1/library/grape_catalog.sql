/*---
title: Grape varieties
description: The grape varieties we track and whether each is a red or a white grape.
examples:
  - what colour is Viognier
  - list the red grapes
  - all grape varieties
keywords: [grape, grapes, variety, varieties, varietal, colour, color, red, white, catalog]
params:
  color:
    type: choice
    choices: [Red, White]
    optional: true
    synonyms: {red: Red, reds: Red, white: White, whites: White}
owner: "@wine-analytics"
---*/
SELECT g.ID AS grape_id, g.Grape AS grape, g.Color AS color
FROM grapes AS g
{% if color %}WHERE g.Color = :color
{% endif %}ORDER BY g.Grape
