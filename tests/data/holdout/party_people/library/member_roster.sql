/*---
title: Members
description: >
  One row per member: member id, name (as recorded, often with "Hon"), their party, their
  years in office as recorded (e.g. "1996–present") and the number of party events they are
  in charge of. Optionally one member, the members of one party, or only current members
  (still in office) or former ones. By name (default) or most events in charge first.
examples:
  - list the members and their parties
  - who is in the Convention Peoples Party
  - which party is Anthony Albanese in
  - members still in office
  - which member runs the most events
keywords: [member, members, mp, mps, member name, roster, membership list, belongs,
           in office, present, current, former, in charge, organiser, organizer, responsible]
params:
  member: {type: string, optional: true, label: member name}
  party: {type: string, optional: true, label: party name}
  status:
    type: choice
    choices: [current, former]
    optional: true
    synonyms: {still in office: current, sitting: current, serving: current, present: current,
               ex: former, retired: former, left: former, past: former}
  sort:
    type: choice
    choices: [name, most_events]
    default: name
    synonyms: {alphabetical: name, by name: name, most events: most_events,
               in charge of most: most_events, busiest: most_events}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@politics-desk"
---*/
SELECT m.Member_ID AS member_id, m.Member_Name AS member, p.Party_name AS party,
       m.In_office AS in_office,
       (SELECT COUNT(*) FROM party_events AS e WHERE e.Member_in_charge_ID = m.Member_ID)
           AS events_in_charge
FROM member AS m
LEFT JOIN party AS p ON p.Party_ID = m.Party_ID
WHERE 1 = 1
{% if member %}AND m.Member_Name = :member
{% endif %}{% if party %}AND p.Party_name = :party
{% endif %}{% if status == 'current' %}AND m.In_office LIKE '%present'
{% elif status == 'former' %}AND m.In_office NOT LIKE '%present'
{% endif %}ORDER BY
{% if sort == 'most_events' %}events_in_charge DESC, m.Member_Name
{% else %}m.Member_Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
