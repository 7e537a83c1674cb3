/*---
"title": "Tickets of a priority"
'description': Tickets of one priority and who holds them.
"examples":
  - P1 tickets
  - show the p2 tickets
"params":
  "priority": {"type": "string", "values": none}
---*/
SELECT t.ticket_id, t.assignee
FROM support.tickets t
WHERE :priority = t.priority
