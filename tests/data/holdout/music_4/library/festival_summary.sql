/*---
title: Festival entries by category or result
description: >
  Music festival entries counted per category (default) or per result: entries, awards,
  nominations, distinct festivals. Optionally only groups with at least so many entries.
  Most entries first (default), fewest first, or by name.
examples:
  - festival entries per category
  - how many awarded vs nominated
  - categories with the most entries
keywords: [per category, by category, each category, per result, by result, each result,
           count, counts, how many, breakdown, most common, frequency, festival, festivals,
           entries, awarded, nominated]
params:
  by:
    type: choice
    choices: [category, result]
    default: category
    synonyms: {categories: category, award category: category, results: result,
               outcome: result, outcomes: result}
  min_entries: {type: int, optional: true, min: 1, label: at least (entries)}
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {most common: most, most frequent: most, descending: most, least common: fewest,
               ascending: fewest, alphabetical: name, by name: name}
owner: "@music-insights"
---*/
SELECT {% if by == 'result' %}f.Result{% else %}f.Category{% endif %} AS grp,
       COUNT(*) AS entries,
       COUNT(*) FILTER (WHERE f.Result = 'Awarded') AS awarded,
       COUNT(*) FILTER (WHERE f.Result = 'Nominated') AS nominated,
       COUNT(DISTINCT f.Music_Festival) AS festivals
FROM music_festival AS f
GROUP BY grp
{% if min_entries is not none and min_entries is not false %}HAVING COUNT(*) >= :min_entries
{% endif %}ORDER BY
{% if sort == 'fewest' %}entries, grp
{% elif sort == 'name' %}grp
{% else %}entries DESC, grp
{% endif %}
