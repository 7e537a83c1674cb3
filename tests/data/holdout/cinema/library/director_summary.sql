/*---
title: Directors
description: >
  One row per director: number of films, their titles, how many screening slots (cinema and
  film pairs) are scheduled for those films and the total show times per day across them.
  Most films first (default), or most show times first, or by name.
examples:
  - list of directors and how many films each
  - which director gets the most screenings
  - directors ranked by daily show times
keywords: [director, directors, directed, filmmaker, films per director, number of films,
           show times, showtimes, screenings, shows]
params:
  sort:
    type: choice
    choices: [films, show_times, name]
    default: films
    synonyms: {most films: films, by films: films, most show times: show_times,
               most showtimes: show_times, most screenings: show_times,
               most shows: show_times, by show times: show_times, by name: name,
               alphabetical: name}
owner: "@cinema-insights"
---*/
SELECT f.Directed_by AS director, COUNT(DISTINCT f.Film_ID) AS films,
       string_agg(DISTINCT f.Title, ', ') AS titles, COUNT(s.Film_ID) AS screenings,
       COALESCE(SUM(s.Show_times_per_day), 0) AS show_times_per_day
FROM film AS f
LEFT JOIN schedule AS s ON s.Film_ID = f.Film_ID
GROUP BY f.Directed_by
ORDER BY
{% if sort == 'show_times' %}COALESCE(SUM(s.Show_times_per_day), 0) DESC, f.Directed_by
{% elif sort == 'name' %}f.Directed_by
{% else %}COUNT(DISTINCT f.Film_ID) DESC, f.Directed_by
{% endif %}
