/*---
title: Event types
description: >
  One row per event name (kind of event): how many times it was held, by how many parties,
  and by how many different members in charge. Optionally only event names held at least so
  many times (inclusive). Most held first.
examples:
  - what kinds of events do the parties hold
  - how often was each event held
  - event names used at least 3 times
keywords: [event type, event types, kind of event, event name, event names, how often,
           times held, frequency, recurring, records]
params:
  min_events: {type: int, optional: true, min: 1, label: held at least (times)}
owner: "@politics-desk"
---*/
SELECT Event_Name AS event_name, COUNT(*) AS times_held,
       COUNT(DISTINCT Party_ID) AS parties, COUNT(DISTINCT Member_in_charge_ID) AS members_in_charge
FROM party_events
GROUP BY Event_Name
{% if min_events is not none %}HAVING COUNT(*) >= :min_events
{% endif %}ORDER BY times_held DESC, event_name
