/*---
title: Resolution time of an assignee
description: Days each ticket of one assignee took to resolve; unresolved ones show as open.
examples:
  - resolution time for Marisol Vega
  - how fast does kenji watanabe close tickets
params:
  assignee: {type: string}
---*/
SELECT t.ticket_id,
       CASE WHEN t.resolved_at IS NULL THEN 'open'
            ELSE CAST(date_diff('day', t.opened_at, t.resolved_at) AS VARCHAR) END AS days_to_resolve
FROM support.tickets AS t
WHERE lower(t.assignee) = lower(:assignee)
ORDER BY t.ticket_id
