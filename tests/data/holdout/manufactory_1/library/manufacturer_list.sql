/*---
title: Manufacturers
description: >
  Every manufacturer (supplier) with its code, headquarter city, founder and annual revenue.
  Optionally only one headquarter city, one founder or a revenue range; highest revenue first
  by default, or lowest revenue first, or by name; cut to the first n.
examples:
  - list our suppliers with their revenue
  - manufacturers headquartered in Paris
  - which companies did Mary found
  - suppliers making at least 120 in revenue
  - the three biggest manufacturers by revenue
  - manufacturers a to z
keywords: [manufacturer, manufacturers, maker, makers, supplier, suppliers, company, companies,
           vendor, vendors, brand, headquarter, headquarters, hq, city, founder, founded, revenue,
           turnover, sales, biggest, largest, smallest, ranking, list]
params:
  headquarter: {type: string, optional: true, label: headquarter city}
  founder: {type: string, optional: true, label: founder's name}
  min_revenue: {type: number, optional: true, min: 0, label: revenue at least}
  max_revenue: {type: number, optional: true, min: 0, label: revenue at most}
  sort:
    type: choice
    choices: [highest_revenue, lowest_revenue, name]
    default: highest_revenue
    synonyms: {biggest: highest_revenue, largest: highest_revenue, top: highest_revenue,
               revenue descending: highest_revenue, smallest: lowest_revenue,
               revenue ascending: lowest_revenue, alphabetical: name, a to z: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n manufacturers}
owner: "@procurement-analytics"
---*/
SELECT
    Code,
    Name,
    Headquarter,
    Founder,
    Revenue
FROM Manufacturers
WHERE 1 = 1
{% if headquarter %}AND Headquarter = :headquarter
{% endif %}{% if founder %}AND Founder = :founder
{% endif %}{% if min_revenue %}AND Revenue >= :min_revenue
{% endif %}{% if max_revenue %}AND Revenue <= :max_revenue
{% endif %}ORDER BY
{% if sort == 'lowest_revenue' %}Revenue, Name
{% elif sort == 'name' %}Name
{% else %}Revenue DESC, Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
