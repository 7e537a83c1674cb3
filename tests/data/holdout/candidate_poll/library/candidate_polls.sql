/*---
title: Candidate poll results
description: >
  One row per candidate in our poll tracker: candidate id, name, sex, the poll that measured
  them (source and fieldwork dates), and their support, consider, oppose and unsure rates (as
  fractions, 0.25 = 25 %). Optionally one candidate, one poll source or one sex. In candidate
  id order (default), by name, or by any rate (highest or lowest first); optionally the top n.
examples:
  - poll numbers for every candidate
  - what are Hubert Henno's poll numbers
  - candidates polled by Newsweek
  - who has the strongest support
  - least opposed candidate
  - female candidates and their rates
keywords: [candidate, candidates, poll, polls, polling, rate, rates, support, consider,
           oppose, opposition, unsure, undecided, uncertain, percentage, numbers, standing, id]
params:
  candidate: {type: string, optional: true, label: candidate name}
  poll_source: {type: string, optional: true, label: poll source}
  sex:
    type: choice
    optional: true
    label: sex
    choices: [M, F]
    synonyms: {male: M, males: M, men: M, man: M, female: F, females: F, women: F,
               woman: F}
  sort:
    type: choice
    choices: [candidate_id, name, most_support, least_support, most_oppose, least_oppose,
              most_unsure, least_unsure]
    default: candidate_id
    synonyms: {by id: candidate_id, alphabetical: name, by name: name,
               highest support: most_support, most support: most_support,
               strongest: most_support, lowest support: least_support,
               highest oppose: most_oppose, most opposed: most_oppose,
               lowest oppose: least_oppose, least opposed: least_oppose,
               most unsure: most_unsure, highest unsure: most_unsure,
               lowest unsure: least_unsure, by unsure: least_unsure}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@polling-analytics"
---*/
SELECT c.Candidate_ID AS candidate_id, p.Name AS candidate, p.Sex AS sex,
       c.Poll_Source AS poll_source, c."Date" AS fieldwork_dates, c.Support_rate AS support_rate,
       c.Consider_rate AS consider_rate, c.Oppose_rate AS oppose_rate,
       c.Unsure_rate AS unsure_rate
FROM candidate AS c
LEFT JOIN people AS p ON p.People_ID = c.People_ID
WHERE 1 = 1
{% if candidate %}AND p.Name = :candidate
{% endif %}{% if poll_source %}AND c.Poll_Source = :poll_source
{% endif %}{% if sex %}AND p.Sex = :sex
{% endif %}ORDER BY
{% if sort == 'name' %}p.Name
{% elif sort == 'most_support' %}c.Support_rate DESC, c.Candidate_ID
{% elif sort == 'least_support' %}c.Support_rate, c.Candidate_ID
{% elif sort == 'most_oppose' %}c.Oppose_rate DESC, c.Candidate_ID
{% elif sort == 'least_oppose' %}c.Oppose_rate, c.Candidate_ID
{% elif sort == 'most_unsure' %}c.Unsure_rate DESC, c.Candidate_ID
{% elif sort == 'least_unsure' %}c.Unsure_rate, c.Candidate_ID
{% else %}c.Candidate_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
