/*---
title: Wine list
description: >
  Wines with name, winery, grape and its colour, appellation, county and area, vintage year,
  price, score and cases made. Filters: vintage (exact, before or after a year), score above,
  price above or below, grape colour, grape, winery, appellation, county, area. Sorted by
  score (best first) unless asked by price (cheapest first), name or year (oldest first);
  optionally only the first N.
examples:
  - wines from Paso Robles
  - Syrah under 30 dollars
  - best scoring white wines
  - 2007 vintage wines by Brander, by year
  - wines rated above 95 sorted by name
  - cheapest wines from Sonoma county
  - which Pinot Noir from the Central Coast area scored over 92
  - top 20 wines
keywords: [wine, wines, bottle, bottles, label, list, vintage, year, price, priced, cost,
           score, scored, rating, rated, points, grape, varietal, colour, color, red, white,
           winery, producer, appellation, appelation, county, area, region, cases]
params:
  year: {type: int, optional: true, min: 1900, max: 2100, label: vintage}
  made_before: {type: int, optional: true, min: 1900, max: 2100, label: vintage before}
  made_after: {type: int, optional: true, min: 1900, max: 2100, label: vintage after}
  score_above: {type: int, optional: true, min: 0, max: 100, label: score higher than}
  price_above: {type: number, optional: true, min: 0, label: price higher than}
  price_below: {type: number, optional: true, min: 0, label: price lower than}
  color:
    type: choice
    choices: [Red, White]
    optional: true
    synonyms: {red: Red, reds: Red, white: White, whites: White}
  grape: {type: string, optional: true, label: grape variety}
  winery: {type: string, optional: true}
  appelation: {type: string, optional: true, label: appellation}
  county: {type: string, optional: true}
  area: {type: string, optional: true}
  sort:
    type: choice
    choices: [score, price, name, year]
    default: score
    synonyms: {alphabetical: name, alphabetically: name, cheapest: price, vintage: year}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many wines}
owner: "@wine-analytics"
---*/
SELECT
    w.Name AS wine,
    w.Winery AS winery,
    w.Grape AS grape,
    g.Color AS color,
    w.Appelation AS appelation,
    a.County AS county,
    a.Area AS area,
    w."Year" AS vintage,
    w.Price AS price,
    w.Score AS score,
    w.Cases AS cases
FROM wine AS w
LEFT JOIN grapes AS g ON g.Grape = w.Grape
LEFT JOIN appellations AS a ON a.Appelation = w.Appelation
WHERE TRUE
{% if year %}  AND w."Year" = :year
{% endif %}{% if made_before %}  AND w."Year" < :made_before
{% endif %}{% if made_after %}  AND w."Year" > :made_after
{% endif %}{% if score_above %}  AND w.Score > :score_above
{% endif %}{% if price_above %}  AND w.Price > :price_above
{% endif %}{% if price_below %}  AND w.Price < :price_below
{% endif %}{% if color %}  AND g.Color = :color
{% endif %}{% if grape %}  AND w.Grape = :grape
{% endif %}{% if winery %}  AND w.Winery = :winery
{% endif %}{% if appelation %}  AND w.Appelation = :appelation
{% endif %}{% if county %}  AND a.County = :county
{% endif %}{% if area %}  AND a.Area = :area
{% endif %}ORDER BY
{% if sort == 'price' %}    w.Price, w.Name
{% elif sort == 'name' %}    w.Name
{% elif sort == 'year' %}    w."Year", w.Name
{% else %}    w.Score DESC, w.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
