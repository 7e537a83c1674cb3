/*---
title: Campus fees
description: >
  One row per campus: the campus fee on record (one amount per campus, in dollars), the
  academic year that fee is for (1996 for all but Channel Islands, 2003), the average fee
  across all campuses and how far this campus is above (positive) or below (negative) it.
  Optionally one campus by name, the campuses of one county, or only the campuses whose fee
  is above or below the system average. By campus name (default), highest or lowest fee
  first.
examples:
  - campus fee at each CSU campus
  - what does Sonoma State charge in campus fees
  - which campuses charge less than the system average
  - most expensive campus fees
keywords: [fee, fees, campus fee, campusfee, charge, charges, cost, costs, price, tuition,
           expensive, cheap, cheapest, dollars, average, mean, above, below, higher, lower,
           greater, less, more than, compared, campus, campuses, university, universities,
           how many, number, count]
params:
  campus: {type: string, optional: true, label: campus name}
  county: {type: string, optional: true, label: county}
  relative_to_average:
    type: choice
    optional: true
    choices: [above, below]
    synonyms: {above average: above, higher than average: above, greater than average: above,
               more than average: above, above the average: above, over the average: above,
               below average: below, lower than average: below, less than average: below,
               under the average: below, cheaper than average: below}
  sort:
    type: choice
    choices: [campus, highest, lowest]
    default: campus
    synonyms: {by campus: campus, alphabetical: campus, highest: highest, highest fee: highest,
               most expensive: highest, priciest: highest, lowest: lowest,
               lowest fee: lowest, cheapest: lowest, least expensive: lowest}
owner: "@csu-institutional-research"
---*/
WITH system_fee AS (
    SELECT AVG(f.CampusFee) AS average_fee FROM csu_fees AS f
)
SELECT
    c.Campus AS campus,
    c.County AS county,
    f.Year AS fee_year,
    f.CampusFee AS campus_fee,
    ROUND(s.average_fee, 2) AS system_average_fee,
    ROUND(f.CampusFee - s.average_fee, 2) AS difference_from_average
FROM csu_fees AS f
JOIN Campuses AS c ON c.Id = f.Campus
CROSS JOIN system_fee AS s
WHERE 1 = 1
{% if campus %}AND c.Campus = :campus
{% endif %}{% if county %}AND c.County = :county
{% endif %}{% if relative_to_average == 'above' %}AND f.CampusFee > s.average_fee
{% elif relative_to_average == 'below' %}AND f.CampusFee < s.average_fee
{% endif %}ORDER BY
{% if sort == 'highest' %}f.CampusFee DESC, c.Campus
{% elif sort == 'lowest' %}f.CampusFee, c.Campus
{% else %}c.Campus
{% endif %}
