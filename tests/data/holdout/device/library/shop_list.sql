/*---
title: Shops
description: >
  One row per shop: name, location, open date (day and month as recorded) and open year.
  Optionally one shop, shops in one location, opened in one year, or opened after / before
  a year (strict). Sorted by open year, oldest first (default), newest first, or by name
  or location; optionally only the first n.
examples:
  - list all shops with their location and open year
  - shops in Dinas
  - which shops opened after 2010
  - when did Best Buy open
  - the newest shop
keywords: [shop, shops, store, stores, outlet, outlets, branch, branches, location,
           located, where, town, open date, opened, opening, open year, year opened, newest,
           oldest]
params:
  shop: {type: string, optional: true, label: shop name}
  location: {type: string, optional: true}
  opened_in: {type: int, optional: true, min: 1900, max: 2100, label: opened in year}
  opened_after: {type: int, optional: true, min: 1900, max: 2100, label: opened after year}
  opened_before: {type: int, optional: true, min: 1900, max: 2100, label: opened before year}
  sort:
    type: choice
    choices: [oldest, newest, name, location]
    default: oldest
    synonyms: {open year: oldest, earliest: oldest, first opened: oldest, latest: newest,
               most recent: newest, recently opened: newest, alphabetical: name,
               by name: name, shop name: name, by location: location}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-analytics"
---*/
SELECT s.Shop_ID AS shop_id, s.Shop_Name AS shop_name, s.Location AS location,
       s.Open_Date AS open_date, s.Open_Year AS open_year
FROM shop AS s
WHERE 1 = 1
{% if shop %}AND s.Shop_Name = :shop
{% endif %}{% if location %}AND s.Location = :location
{% endif %}{% if opened_in %}AND s.Open_Year = :opened_in
{% endif %}{% if opened_after %}AND s.Open_Year > :opened_after
{% endif %}{% if opened_before %}AND s.Open_Year < :opened_before
{% endif %}ORDER BY
{% if sort == 'newest' %}s.Open_Year DESC, s.Shop_Name
{% elif sort == 'name' %}s.Shop_Name
{% elif sort == 'location' %}s.Location, s.Shop_Name
{% else %}s.Open_Year, s.Shop_Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
