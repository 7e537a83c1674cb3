/*---
title: Parties
description: >
  One row per party: party id, party name, its region, the number of members and the number
  of party events it held. Optionally one party by name or the parties of one region, and
  only parties with at least so many members or at least so many events (inclusive). Most
  members first (default), most events first, or by name; optionally the top n.
examples:
  - list the parties with their member counts
  - which party has the most members
  - how many events has each party held
  - parties in Japan
  - parties with at least 3 events
keywords: [party, parties, party name, political party, members per party, membership,
           member count, size, events per party, region, biggest, largest]
params:
  party: {type: string, optional: true, label: party name}
  region: {type: string, optional: true, label: region name}
  min_members: {type: int, optional: true, min: 0, label: at least (members)}
  min_events: {type: int, optional: true, min: 0, label: at least (events)}
  sort:
    type: choice
    choices: [most_members, most_events, name]
    default: most_members
    synonyms: {biggest: most_members, largest: most_members, most members: most_members,
               most events: most_events, busiest: most_events, most active: most_events,
               by name: name, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@politics-desk"
---*/
SELECT p.Party_ID AS party_id, p.Party_name AS party, r.Region_name AS region,
       (SELECT COUNT(*) FROM member AS m WHERE m.Party_ID = p.Party_ID) AS members,
       (SELECT COUNT(*) FROM party_events AS e WHERE e.Party_ID = p.Party_ID) AS events
FROM party AS p
LEFT JOIN region AS r ON r.Region_ID = p.Region_ID
WHERE 1 = 1
{% if party %}AND p.Party_name = :party
{% endif %}{% if region %}AND r.Region_name = :region
{% endif %}{% if min_members is not none %}AND (SELECT COUNT(*) FROM member AS m2 WHERE m2.Party_ID = p.Party_ID) >= :min_members
{% endif %}{% if min_events is not none %}AND (SELECT COUNT(*) FROM party_events AS e2 WHERE e2.Party_ID = p.Party_ID) >= :min_events
{% endif %}ORDER BY
{% if sort == 'most_events' %}events DESC, p.Party_name
{% elif sort == 'name' %}p.Party_name
{% else %}members DESC, p.Party_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
