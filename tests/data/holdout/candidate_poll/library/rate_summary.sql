/*---
title: Poll rate summary
description: >
  Support, consider, oppose and unsure rates summarised across candidates, overall (default),
  per sex or per poll source: number of candidates, highest, lowest and average of each rate,
  and who has the top support, the lowest opposition and the highest unsure rate in the group.
  Optionally one sex.
examples:
  - highest and lowest poll rates overall
  - average support for men vs women
  - best and worst rates per pollster
  - who is least opposed within each sex
keywords: [summary, overall, average, mean, highest, lowest, maximum, minimum, max, min,
           range, rates, support, consider, oppose, unsure, uncertain, per sex, by gender,
           gender, sex, each, across, statistics, stats]
params:
  by:
    type: choice
    choices: [overall, sex, poll_source]
    default: overall
    synonyms: {all candidates: overall, across all: overall, per sex: sex, by sex: sex,
               gender: sex, by gender: sex, each gender: sex, each sex: sex,
               per pollster: poll_source, by poll source: poll_source,
               per poll source: poll_source}
  sex:
    type: choice
    optional: true
    label: sex
    choices: [M, F]
    synonyms: {male: M, males: M, men: M, man: M, female: F, females: F, women: F,
               woman: F}
owner: "@polling-analytics"
---*/
SELECT
{% if by == 'sex' %}p.Sex AS sex,
{% elif by == 'poll_source' %}c.Poll_Source AS poll_source,
{% endif %}COUNT(*) AS candidates,
       MAX(c.Support_rate) AS max_support, MIN(c.Support_rate) AS min_support,
       ROUND(AVG(c.Support_rate), 3) AS avg_support,
       MAX(c.Consider_rate) AS max_consider, MIN(c.Consider_rate) AS min_consider,
       ROUND(AVG(c.Consider_rate), 3) AS avg_consider,
       MAX(c.Oppose_rate) AS max_oppose, MIN(c.Oppose_rate) AS min_oppose,
       ROUND(AVG(c.Oppose_rate), 3) AS avg_oppose,
       MAX(c.Unsure_rate) AS max_unsure, MIN(c.Unsure_rate) AS min_unsure,
       ROUND(AVG(c.Unsure_rate), 3) AS avg_unsure,
       arg_max(p.Name, c.Support_rate) AS top_supported,
       arg_min(p.Name, c.Oppose_rate) AS least_opposed,
       arg_max(p.Name, c.Unsure_rate) AS most_unsure
FROM candidate AS c
LEFT JOIN people AS p ON p.People_ID = c.People_ID
WHERE 1 = 1
{% if sex %}AND p.Sex = :sex
{% endif %}{% if by != 'overall' %}GROUP BY 1 ORDER BY 1
{% endif %}
