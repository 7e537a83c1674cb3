/*---
title: Programme per cinema
description: >
  One row per cinema, including cinemas with nothing scheduled: location, the number of films
  scheduled, their titles, total show times per day and the lowest and highest ticket price.
  Optionally one cinema or one county, and only cinemas with at least / at most that many
  films scheduled (bounds inclusive; 0 as the upper bound gives the cinemas with nothing on).
  Most show times first (default), or by cinema name.
examples:
  - daily show count per cinema
  - what is Codling showing
  - which cinemas have nothing on the schedule
  - films scheduled at each venue
keywords: [cinema, cinemas, venue, programme, program, lineup, line-up, showing, playing,
           show times, showtimes, shows per day, screenings, films per cinema]
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
  min_films: {type: int, optional: true, min: 0, label: at least (films)}
  max_films: {type: int, optional: true, min: 0, label: at most (films)}
  sort:
    type: choice
    choices: [show_times, name]
    default: show_times
    synonyms: {most shows: show_times, most show times: show_times, busiest: show_times,
               by name: name, alphabetical: name}
owner: "@cinema-insights"
---*/
SELECT c.Name AS cinema, c.Location AS location, COUNT(s.Film_ID) AS films,
       string_agg(f.Title, ', ' ORDER BY f.Title) AS titles,
       COALESCE(SUM(s.Show_times_per_day), 0) AS show_times_per_day,
       MIN(s.Price) AS min_price, MAX(s.Price) AS max_price
FROM cinema AS c
LEFT JOIN schedule AS s ON s.Cinema_ID = c.Cinema_ID
LEFT JOIN film AS f ON f.Film_ID = s.Film_ID
WHERE 1 = 1
{% if cinema %}AND c.Name = :cinema
{% endif %}{% if location %}AND c.Location = :location
{% endif %}GROUP BY c.Cinema_ID, c.Name, c.Location
HAVING 1 = 1
{% if min_films is not none %}AND COUNT(s.Film_ID) >= :min_films
{% endif %}{% if max_films is not none %}AND COUNT(s.Film_ID) <= :max_films
{% endif %}ORDER BY
{% if sort == 'name' %}c.Name
{% else %}COALESCE(SUM(s.Show_times_per_day), 0) DESC, c.Name
{% endif %}
