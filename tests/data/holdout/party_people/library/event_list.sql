/*---
title: Party events
description: >
  One row per party event: event id, event name (as recorded, e.g. "Annaual Meeting"), the
  party that held it, that party's region, and the member in charge. Optionally one event
  name, one party, one region, or the events one member is in charge of. By event id.
examples:
  - list all party events
  - who is in charge of the Conference
  - budget meetings and which party held them
  - events held by parties in Japan
  - which events is Hon Bruce Billson running
keywords: [event, events, party events, meeting, meetings, conference, annual meeting,
           budget meeting, election meeting, held, organised, in charge, run by, happened]
params:
  event_name: {type: string, optional: true, label: event name}
  party: {type: string, optional: true, label: party name}
  region: {type: string, optional: true, label: region name}
  member: {type: string, optional: true, label: member in charge}
owner: "@politics-desk"
---*/
SELECT e.Event_ID AS event_id, e.Event_Name AS event_name, p.Party_name AS party,
       (SELECT string_agg(DISTINCT r.Region_name, '; ') FROM region AS r
        WHERE r.Region_ID = p.Region_ID) AS region,
       m.Member_Name AS member_in_charge
FROM party_events AS e
LEFT JOIN party AS p ON p.Party_ID = e.Party_ID
LEFT JOIN member AS m ON m.Member_ID = e.Member_in_charge_ID
WHERE 1 = 1
{% if event_name %}AND e.Event_Name = :event_name
{% endif %}{% if party %}AND p.Party_name = :party
{% endif %}{% if region %}AND p.Region_ID IN (SELECT r2.Region_ID FROM region AS r2 WHERE r2.Region_name = :region)
{% endif %}{% if member %}AND m.Member_Name = :member
{% endif %}ORDER BY e.Event_ID
