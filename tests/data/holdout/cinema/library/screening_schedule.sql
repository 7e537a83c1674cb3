/*---
title: Screening schedule
description: >
  One row per scheduled screening (a film at a cinema): cinema, county, film title, director,
  date (day and month as entered), show times per day and ticket price. Optionally one cinema,
  one county, one film, one director, one month, or a price within bounds (inclusive). By
  cinema (default), cheapest first or most expensive first.
examples:
  - full screening schedule with prices
  - where and when is The Case of the Smart Dummy on
  - screenings in May
  - tickets under 10 euro
  - what's on in county clare
keywords: [schedule, screening, screenings, showing, shows, on, date, dates, when, where,
           price, prices, ticket, tickets, show times, listings, timetable]
params:
  cinema: {type: string, optional: true, label: cinema name}
  location:
    type: choice
    optional: true
    label: county
    choices: [County Clare, County Cork, County Dublin, County Laois, County Louth,
              County Tipperary, County Wicklow]
    synonyms: {clare: County Clare, cork: County Cork, dublin: County Dublin,
               laois: County Laois, louth: County Louth, tipperary: County Tipperary,
               tipp: County Tipperary, wicklow: County Wicklow}
  film: {type: string, optional: true, label: film title}
  director: {type: string, optional: true, label: director}
  month:
    type: choice
    optional: true
    label: month
    choices: [May, June, July, August]
    synonyms: {jun: June, jul: July, aug: August}
  min_price: {type: number, optional: true, min: 0, label: price at least}
  max_price: {type: number, optional: true, min: 0, label: price at most}
  sort:
    type: choice
    choices: [cinema, cheapest, priciest]
    default: cinema
    synonyms: {by cinema: cinema, cheapest first: cheapest, lowest price: cheapest,
               most expensive: priciest, highest price: priciest, priciest first: priciest}
owner: "@cinema-insights"
---*/
SELECT c.Name AS cinema, c.Location AS location, f.Title AS title, f.Directed_by AS director,
       s."Date" AS date, s.Show_times_per_day AS show_times_per_day, s.Price AS price
FROM schedule AS s
JOIN cinema AS c ON c.Cinema_ID = s.Cinema_ID
JOIN film AS f ON f.Film_ID = s.Film_ID
WHERE 1 = 1
{% if cinema %}AND c.Name = :cinema
{% endif %}{% if location %}AND c.Location = :location
{% endif %}{% if film %}AND f.Title = :film
{% endif %}{% if director %}AND f.Directed_by = :director
{% endif %}{% if month %}AND lower(split_part(s."Date", ' ', 2)) = lower(left(:month, length(split_part(s."Date", ' ', 2))))
{% endif %}{% if min_price is not none %}AND s.Price >= :min_price
{% endif %}{% if max_price is not none %}AND s.Price <= :max_price
{% endif %}ORDER BY
{% if sort == 'cheapest' %}s.Price, c.Name, f.Title
{% elif sort == 'priciest' %}s.Price DESC, c.Name, f.Title
{% else %}c.Name, f.Title
{% endif %}
