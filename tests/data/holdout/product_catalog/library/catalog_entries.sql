/*---
title: Catalog entries and prices
description: >
  One row per catalog entry (a product such as Cola or Dr Pepper): entry id, name, product
  stock number, catalog level (number and name), the catalog it is listed in, and its price
  in dollars, euros and pounds. Optionally one entry, one stock number, one level, one
  catalog, or prices within bounds (inclusive) in a currency (dollars by default). By entry
  id (default), name, most or least expensive first in that currency; optionally the first n.
examples:
  - list every product in the catalog with prices
  - how much is Root beer in euros
  - products under 500 dollars
  - the 3 most expensive entries in pounds
  - which product has stock number 26 op
  - entries at the Sub-Category level
keywords: [entry, entries, product, products, item, items, drink, drinks, price, prices,
           cost, costs, dollars, euros, pounds, usd, eur, gbp, expensive, cheap, cheapest,
           stock number, sku]
params:
  entry: {type: string, optional: true, label: entry name}
  stock_number: {type: string, optional: true, label: product stock number}
  level: {type: string, optional: true, label: level name}
  catalog: {type: string, optional: true, label: catalog name}
  currency:
    type: choice
    choices: [dollars, euros, pounds]
    default: dollars
    synonyms: {dollar: dollars, usd: dollars, euro: euros, eur: euros,
               pound: pounds, gbp: pounds, sterling: pounds}
  min_price: {type: number, optional: true, min: 0, label: price at least}
  max_price: {type: number, optional: true, min: 0, label: price at most}
  sort:
    type: choice
    choices: [id, name, most_expensive, cheapest]
    default: id
    synonyms: {by id: id, by name: name, alphabetical: name, a-z: name,
               most expensive: most_expensive, priciest: most_expensive,
               highest price: most_expensive, cheapest: cheapest, least expensive: cheapest,
               lowest price: cheapest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@catalog-data"
---*/
SELECT e.catalog_entry_id, e.catalog_entry_name, e.product_stock_number,
       e.catalog_level_number, s.catalog_level_name, c.catalog_name,
       e.price_in_dollars, e.price_in_euros, e.price_in_pounds
FROM Catalog_Contents AS e
LEFT JOIN Catalog_Structure AS s ON s.catalog_level_number = e.catalog_level_number
LEFT JOIN Catalogs AS c ON c.catalog_id = s.catalog_id
WHERE 1 = 1
{% if entry %}AND e.catalog_entry_name = :entry
{% endif %}{% if stock_number %}AND e.product_stock_number = :stock_number
{% endif %}{% if level %}AND s.catalog_level_name = :level
{% endif %}{% if catalog %}AND c.catalog_name = :catalog
{% endif %}{% if min_price is not none %}AND {% if currency == 'euros' %}e.price_in_euros{% elif currency == 'pounds' %}e.price_in_pounds{% else %}e.price_in_dollars{% endif %} >= :min_price
{% endif %}{% if max_price is not none %}AND {% if currency == 'euros' %}e.price_in_euros{% elif currency == 'pounds' %}e.price_in_pounds{% else %}e.price_in_dollars{% endif %} <= :max_price
{% endif %}ORDER BY
{% if sort in ('most_expensive', 'cheapest') %}{% if currency == 'euros' %}e.price_in_euros{% elif currency == 'pounds' %}e.price_in_pounds{% else %}e.price_in_dollars{% endif %}{% if sort == 'most_expensive' %} DESC{% endif %}, e.catalog_entry_id
{% elif sort == 'name' %}e.catalog_entry_name
{% else %}e.catalog_entry_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
