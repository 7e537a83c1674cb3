/*---
title: Exhibitions
description: >
  One row per exhibition: year, theme, the artist and their country, and the ticket price.
  Optionally one artist's exhibitions, artists from one country, themes containing a word,
  one year or a range of years (inclusive), or ticket prices above or below an amount
  (strict). By year (default), newest first, most or least expensive, or by theme;
  optionally only the first n.
examples:
  - list all exhibitions with their artist
  - exhibitions since 2006
  - christmas themed shows
  - most expensive exhibition tickets
  - exhibitions by artists from the United States
keywords: [exhibition, exhibitions, show, shows, theme, themes, themed, year, when, artist,
           ticket, ticket price, price, cost, admission, entry fee, expensive, cheap,
           cheapest, latest, recent]
params:
  artist: {type: string, optional: true, label: artist name}
  country: {type: string, optional: true, label: artist's country}
  theme_contains: {type: string, optional: true, label: theme contains}
  year: {type: int, optional: true, label: year}
  from_year: {type: int, optional: true, label: from year (inclusive)}
  to_year: {type: int, optional: true, label: to year (inclusive)}
  min_price: {type: number, optional: true, label: ticket price above}
  max_price: {type: number, optional: true, label: ticket price below}
  sort:
    type: choice
    choices: [year, newest, price, cheapest, theme]
    default: year
    synonyms: {chronological: year, oldest first: year, earliest: year,
               latest: newest, most recent: newest, newest first: newest, recent: newest,
               most expensive: price, expensive: price, highest price: price,
               ticket price: price, lowest price: cheapest, least expensive: cheapest,
               cheap: cheapest, alphabetical: theme}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@gallery-insights"
---*/
SELECT e.Exhibition_ID AS exhibition_id, e.Year AS year, e.Theme AS theme,
       a.Name AS artist, a.Country AS artist_country, e.Ticket_Price AS ticket_price
FROM exhibition AS e
LEFT JOIN artist AS a ON a.Artist_ID = e.Artist_ID
WHERE 1 = 1
{% if artist %}AND lower(a.Name) = lower(:artist)
{% endif %}{% if country %}AND lower(a.Country) = lower(:country)
{% endif %}{% if theme_contains %}AND e.Theme ILIKE '%' || :theme_contains || '%'
{% endif %}{% if year is not none %}AND e.Year = :year
{% endif %}{% if from_year is not none %}AND e.Year >= :from_year
{% endif %}{% if to_year is not none %}AND e.Year <= :to_year
{% endif %}{% if min_price is not none %}AND e.Ticket_Price > :min_price
{% endif %}{% if max_price is not none %}AND e.Ticket_Price < :max_price
{% endif %}ORDER BY
{% if sort == 'newest' %}e.Year DESC
{% elif sort == 'price' %}e.Ticket_Price DESC
{% elif sort == 'cheapest' %}e.Ticket_Price ASC
{% elif sort == 'theme' %}e.Theme
{% else %}e.Year ASC
{% endif %}, e.Exhibition_ID
{% if n %}LIMIT :n{% endif %}
