/*---
title: Drinking window
description: >
  Wines grouped by when they are ready to drink ("now" or from a given year), with how many
  wines and cases; optionally only wines ready by a given year.
examples:
  - which wines are ready to drink now
  - what can we open by 2012
  - cellar ageing windows
keywords: [drink, drinking, ready, ready to drink, open, cellar, ageing, aging, window,
           mature, maturity]
params:
  ready_by: {type: int, optional: true, min: 2000, max: 2100, label: ready to drink by year}
owner: "@wine-analytics"
---*/
SELECT
    w.Drink AS drink_from,
    COUNT(*) AS wines,
    SUM(w.Cases) AS cases
FROM wine AS w
{% if ready_by %}WHERE w.Drink = 'now' OR TRY_CAST(w.Drink AS INTEGER) <= :ready_by
{% endif %}GROUP BY w.Drink
ORDER BY w.Drink
