/*---
# The support team's backlog; the tickets live in their own schema.
title: Ticket backlog of a team
description: Tickets a support team opened over a period and how many are still open.
examples:
  - ticket backlog for Identity Platform this month
  - open tickets of the billing ops team
params:
  team: {type: string}     # compared with support.tickets.team
  opened: {type: date_range, default: this month}
owner: "@support-analytics"
allowed_channels: []
max_rows: 500
---*/
SELECT t.priority,
       COUNT(*) AS opened,
       COUNT(*) FILTER (WHERE t.resolved_at IS NULL) AS still_open
FROM support.tickets t
WHERE t.team = :team
  AND t.opened_at BETWEEN :opened_start AND :opened_end
GROUP BY t.priority
ORDER BY t.priority
