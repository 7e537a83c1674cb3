/*---
title: Famous releases by year
description: >
  Artists' famous titles counted by the year of their release (the year is read from the
  release date as written, e.g. "June 23, 2008" or "2009"), with the titles listed.
  Optionally one year.
examples:
  - famous releases per year
  - which famous titles came out in 2008
  - release year breakdown
keywords: [release year, released in, per year, by year, year, years, releases, famous titles,
           re-release, re-releases, calendar]
params:
  year: {type: int, optional: true, min: 1900, max: 2100, label: release year}
owner: "@music-insights"
---*/
SELECT CAST(regexp_extract(a.Famous_Release_date, '(\d{4})', 1) AS INTEGER) AS release_year,
       COUNT(*) AS releases,
       string_agg(a.Famous_Title || ' (' || a.Artist || ')', '; ' ORDER BY a.Artist_ID) AS titles
FROM artist AS a
WHERE 1 = 1
{% if year is not none and year is not false %}AND CAST(regexp_extract(a.Famous_Release_date, '(\d{4})', 1) AS INTEGER) = :year
{% endif %}GROUP BY release_year
ORDER BY release_year
