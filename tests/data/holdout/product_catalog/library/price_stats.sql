/*---
title: Price statistics
description: >
  Average, lowest and highest price of the catalog entries in dollars, euros and pounds, and
  the number of entries: over the whole catalog (default) or per catalog level.
examples:
  - average price of our products
  - price range in each currency
  - mean price per catalog level
  - what is the highest and lowest price in pounds
keywords: [average, mean, avg, min, max, minimum, maximum, lowest, highest, range, stats,
           statistics, summary, price, prices, dollars, euros, pounds, overall, per level]
params:
  by:
    type: choice
    choices: [overall, level]
    default: overall
    synonyms: {total: overall, all entries: overall, per level: level, by level: level,
               each level: level}
owner: "@catalog-data"
---*/
SELECT
{% if by == 'level' %}e.catalog_level_number, s.catalog_level_name,
{% endif %}COUNT(*) AS entries,
       ROUND(AVG(e.price_in_dollars), 2) AS avg_dollars, MIN(e.price_in_dollars) AS min_dollars,
       MAX(e.price_in_dollars) AS max_dollars,
       ROUND(AVG(e.price_in_euros), 2) AS avg_euros, MIN(e.price_in_euros) AS min_euros,
       MAX(e.price_in_euros) AS max_euros,
       ROUND(AVG(e.price_in_pounds), 2) AS avg_pounds, MIN(e.price_in_pounds) AS min_pounds,
       MAX(e.price_in_pounds) AS max_pounds
FROM Catalog_Contents AS e
LEFT JOIN Catalog_Structure AS s ON s.catalog_level_number = e.catalog_level_number
{% if by == 'level' %}GROUP BY e.catalog_level_number, s.catalog_level_name
ORDER BY e.catalog_level_number
{% endif %}
