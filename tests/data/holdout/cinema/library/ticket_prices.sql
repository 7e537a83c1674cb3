/*---
title: Ticket price summary
description: >
  Number of screenings and the lowest, highest and average ticket price: one overall row
  (default), or one row per cinema or per county. Optionally only one county.
examples:
  - average ticket price
  - price range per cinema
  - what do tickets cost by county
keywords: [price, prices, ticket, tickets, ticket price, average price, cost, pricing,
           cheapest, most expensive, range]
params:
  by:
    type: choice
    choices: [overall, cinema, location]
    default: overall
    synonyms: {in total: overall, per cinema: cinema, by cinema: cinema, per venue: cinema,
               per county: location, by county: location, by location: location}
  location:
    type: choice
    optional: true
    label: county
    choices: [County Clare, County Cork, County Dublin, County Laois, County Louth,
              County Tipperary, County Wicklow]
    synonyms: {clare: County Clare, cork: County Cork, dublin: County Dublin,
               laois: County Laois, louth: County Louth, tipperary: County Tipperary,
               tipp: County Tipperary, wicklow: County Wicklow}
owner: "@cinema-insights"
---*/
SELECT
{% if by == 'cinema' %}c.Name AS cinema,
{% elif by == 'location' %}c.Location AS location,
{% endif %}COUNT(*) AS screenings, MIN(s.Price) AS min_price, MAX(s.Price) AS max_price,
       ROUND(AVG(s.Price), 2) AS avg_price
FROM schedule AS s
JOIN cinema AS c ON c.Cinema_ID = s.Cinema_ID
WHERE 1 = 1
{% if location %}AND c.Location = :location
{% endif %}{% if by == 'cinema' %}GROUP BY c.Name ORDER BY c.Name
{% elif by == 'location' %}GROUP BY c.Location ORDER BY c.Location
{% endif %}
