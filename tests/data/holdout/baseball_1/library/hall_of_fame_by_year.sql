/*---
title: Hall of Fame voting by year
description: >
  One row per Hall of Fame voting year: the number of candidates considered (ballot
  entries), how many were inducted, the names of those inducted, and the most ballots
  cast in any vote that year. Optionally one category (player, manager,
  pioneer/executive, umpire), one voting body (BBWAA, Veterans, ...), one year or a range
  of years (inclusive). By year (default), fewest or most inducted first.
examples:
  - hall of fame inductions per year
  - who went into Cooperstown in 1999
  - years with the biggest hall of fame class
  - veterans committee inductees since 1990
keywords: [hall of fame, hof, cooperstown, inducted, induction, inductee, inductees,
           enter, entered, elected, ballot, ballots, votes, candidates, class, year,
           each year, per year, fewest, least, most]
params:
  category:
    type: choice
    optional: true
    choices: [Player, Manager, Pioneer/Executive, Umpire]
    synonyms: {as a player: Player, managers: Manager, executives: Pioneer/Executive,
               pioneers: Pioneer/Executive, executive: Pioneer/Executive, umpires: Umpire}
  voted_by: {type: string, optional: true, label: voting body such as BBWAA or Veterans}
  year: {type: int, optional: true, min: 1936, max: 2015, label: voting year}
  from_year: {type: int, optional: true, min: 1936, max: 2015, label: first year}
  to_year: {type: int, optional: true, min: 1936, max: 2015, label: last year}
  sort:
    type: choice
    choices: [year, fewest_inducted, most_inducted]
    default: year
    synonyms: {by year: year, chronological: year, fewest: fewest_inducted,
               least: fewest_inducted, smallest class: fewest_inducted,
               most: most_inducted, biggest class: most_inducted,
               largest class: most_inducted}
owner: "@baseball-data"
---*/
SELECT
    h.yearid AS year,
    COUNT(*) AS candidates,
    COUNT(*) FILTER (WHERE h.inducted = 'Y') AS inducted,
    string_agg(p.name_first || ' ' || p.name_last, ', ' ORDER BY p.name_last, p.name_first)
        FILTER (WHERE h.inducted = 'Y') AS inductees,
    MAX(h.ballots) AS most_ballots
FROM hall_of_fame AS h
LEFT JOIN player AS p ON p.player_id = h.player_id
WHERE 1 = 1
{% if category %}AND h.category = :category
{% endif %}{% if voted_by %}AND h.votedby = :voted_by
{% endif %}{% if year is not none and year is not false %}AND h.yearid = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND h.yearid >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND h.yearid <= :to_year
{% endif %}GROUP BY h.yearid
ORDER BY
{% if sort == 'fewest_inducted' %}inducted, candidates, year
{% elif sort == 'most_inducted' %}inducted DESC, year
{% else %}year
{% endif %}
