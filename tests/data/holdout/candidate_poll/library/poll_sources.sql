/*---
title: Poll sources
description: >
  One row per poll source (pollster): how many candidates it polled, its fieldwork dates, the
  candidates' names and their average support and oppose rates. Sources that polled the most
  candidates first.
examples:
  - which pollsters do we have
  - how many candidates did each poll cover
  - pollster that covered the most candidates
  - average support by poll source
keywords: [poll source, poll sources, source, sources, pollster, pollsters, poll, polls,
           survey, surveys, resource, provider, covered, coverage, most candidates]
params: {}
owner: "@polling-analytics"
---*/
SELECT c.Poll_Source AS poll_source, COUNT(*) AS candidates,
       string_agg(DISTINCT c."Date", '; ') AS fieldwork_dates,
       string_agg(p.Name, '; ' ORDER BY c.Candidate_ID) AS candidate_names,
       ROUND(AVG(c.Support_rate), 3) AS avg_support, ROUND(AVG(c.Oppose_rate), 3) AS avg_oppose
FROM candidate AS c
LEFT JOIN people AS p ON p.People_ID = c.People_ID
GROUP BY c.Poll_Source
ORDER BY candidates DESC, poll_source
