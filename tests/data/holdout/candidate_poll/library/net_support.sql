/*---
title: Net support
description: >
  Each candidate's net support: support rate minus oppose rate, with both rates and whether
  the candidate is ahead (more support than opposition) or behind. Optionally only candidates
  who are ahead or only those who are behind. Best net support first.
examples:
  - net support by candidate
  - which candidates are underwater
  - who has more people for them than against
  - favourability margin per candidate
keywords: [net, net support, margin, favourability, favorability, underwater, ahead, behind,
           against, more opposed, gap, difference, lead, trailing]
params:
  standing:
    type: choice
    optional: true
    label: ahead or behind
    choices: [ahead, behind]
    synonyms: {underwater: behind, trailing: behind, net negative: behind,
               more opposed: behind, net positive: ahead, leading: ahead}
owner: "@polling-analytics"
---*/
SELECT p.Name AS candidate, c.Support_rate AS support_rate, c.Oppose_rate AS oppose_rate,
       ROUND(c.Support_rate - c.Oppose_rate, 2) AS net_support,
       CASE WHEN c.Support_rate > c.Oppose_rate THEN 'ahead'
            WHEN c.Support_rate < c.Oppose_rate THEN 'behind' ELSE 'level' END AS standing
FROM candidate AS c
LEFT JOIN people AS p ON p.People_ID = c.People_ID
WHERE 1 = 1
{% if standing == 'ahead' %}AND c.Support_rate > c.Oppose_rate
{% elif standing == 'behind' %}AND c.Support_rate < c.Oppose_rate
{% endif %}ORDER BY net_support DESC, p.Name
